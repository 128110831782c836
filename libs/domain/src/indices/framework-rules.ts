// Rules that relate a framework's fields to each other once each field has been read: year order,
// unique codes, maxima that add up, and the fields each family's computation needs.
import type { Aggregation, Framework, FrameworkNode } from './framework';
import { childPath, type JsonIssue } from './json-fields';

/** Points are written with a few decimals (12.5); a sum off by less than this is binary drift. */
const SUM_TOLERANCE = 1e-9;

export function checkFramework(framework: Framework): JsonIssue[] {
  const issues: JsonIssue[] = [];
  const fail = (path: string, message: string) => issues.push({ path, message });
  if (framework.yearTo !== null && framework.yearTo < framework.yearFrom) {
    fail('yearTo', `must not be before yearFrom (${framework.yearFrom})`);
  }
  if (framework.scale.max <= framework.scale.min) fail('scale.max', 'must be greater than scale.min');
  checkBands(framework, fail);
  checkSurvey(framework, fail);
  checkChildren(framework, framework.nodes, 'nodes', framework.aggregation, framework.scale.max, fail);
  if (framework.family === 'd766' && framework.aggregation !== 'sum') fail('aggregation', 'must be sum: 766 points add up');
  if (framework.aggregation === 'sum') {
    checkSum(framework.nodes, framework.scale.max, 'scale.max', "the top-level nodes' maxPoints", fail);
  }
  checkUniqueCodes(framework.nodes, 'nodes', fail);
  return issues;
}

type Fail = (path: string, message: string) => void;

function checkBands(framework: Framework, fail: Fail): void {
  const { bands, scale } = framework;
  if (!bands) return;
  const seen = new Set<string>();
  bands.groups.forEach((group, index) => {
    const path = `bands.groups[${index}]`;
    if (seen.has(group.code)) fail(`${path}.code`, `duplicates "${group.code}"`);
    seen.add(group.code);
    const previous = bands.groups[index - 1];
    if (previous && group.from >= previous.from) fail(`${path}.from`, 'must be below the previous group\'s "from"');
    const [low, high] = bands.kind === 'quartile' ? [0, 100] : [scale.min, scale.max];
    if (group.from < low || group.from > high) fail(`${path}.from`, `must be from ${low} to ${high}`);
  });
  const last = bands.groups.length - 1;
  // Every ranked unit has a percentile, so quartile bands must leave none of them without a group.
  if (bands.kind === 'quartile' && bands.groups[last].from !== 0) fail(`bands.groups[${last}].from`, 'must be 0');
}

function checkSurvey(framework: Framework, fail: Fail): void {
  const { survey } = framework;
  if (!survey) return;
  if (survey.answerMax <= survey.answerMin) fail('survey.answerMax', 'must be greater than survey.answerMin');
  if (survey.satisfiedFrom < survey.answerMin || survey.satisfiedFrom > survey.answerMax) {
    fail('survey.satisfiedFrom', `must be from ${survey.answerMin} to ${survey.answerMax}`);
  }
}

function checkChildren(
  framework: Framework,
  nodes: readonly FrameworkNode[],
  path: string,
  aggregation: Aggregation,
  parentMax: number,
  fail: Fail,
): void {
  nodes.forEach((node, index) => {
    const at = childPath(path, index);
    checkNode(framework, node, at, fail);
    if (aggregation === 'weighted-sum' && node.weight === undefined) fail(`${at}.weight`, 'is required under a weighted-sum');
    if (aggregation !== 'weighted-sum' && node.weight !== undefined) fail(`${at}.weight`, 'is only used under a weighted-sum');
    if (aggregation === 'mean' && node.maxPoints !== parentMax) {
      fail(`${at}.maxPoints`, `must equal ${parentMax}, the parent's maximum, under a mean`);
    }
  });
}

function checkNode(framework: Framework, node: FrameworkNode, at: string, fail: Fail): void {
  if (node.minPoints !== undefined && node.minPoints >= node.maxPoints) fail(`${at}.minPoints`, 'must be below maxPoints');
  const { children, aggregation } = node;
  if (children && aggregation === undefined) fail(`${at}.aggregation`, 'is required on a node with children');
  if (!children && aggregation !== undefined) fail(`${at}.aggregation`, 'is only used on a node with children');
  if (children && aggregation) {
    checkChildren(framework, children, `${at}.children`, aggregation, node.maxPoints, fail);
    if (aggregation === 'sum') checkSum(children, node.maxPoints, `${at}.maxPoints`, "its children's maxPoints", fail);
  }
  checkFamilyFields(framework, node, at, fail);
}

function checkSum(nodes: readonly FrameworkNode[], max: number, path: string, what: string, fail: Fail): void {
  const sum = nodes.reduce((total, node) => total + node.maxPoints, 0);
  if (Math.abs(sum - max) > SUM_TOLERANCE) fail(path, `must equal the sum of ${what} (${max} ≠ ${+sum.toFixed(9)})`);
}

/** Each family-specific field is refused elsewhere, so a field put in the wrong file cannot go unnoticed. */
function checkFamilyFields(framework: Framework, node: FrameworkNode, at: string, fail: Fail): void {
  const { family } = framework;
  const leaf = !node.children;
  const only = (field: keyof FrameworkNode, owner: string) => {
    if (node[field] === undefined) return;
    if (family !== owner) fail(`${at}.${field}`, `is only used by ${owner} frameworks`);
    else if (!leaf) fail(`${at}.${field}`, 'is only used on leaves');
  };
  only('questions', 'sipas');
  only('negative', 'ddci');
  only('threshold', 'd766');
  if (!leaf) {
    if (family === 'd766' && node.aggregation !== 'sum') fail(`${at}.aggregation`, 'must be sum: 766 points add up');
    return;
  }
  if (family === 'd766' && node.threshold === undefined) fail(`${at}.threshold`, 'is required on every d766 leaf');
  // The normalised indicator runs from minPoints to maxPoints (1–10), so both ends must be stated.
  if (family === 'ddci' && node.minPoints === undefined) fail(`${at}.minPoints`, 'is required on every ddci indicator');
}

function checkUniqueCodes(nodes: readonly FrameworkNode[], path: string, fail: Fail): void {
  const codes = new Map<string, string>();
  const questions = new Map<string, string>();
  const visit = (list: readonly FrameworkNode[], at: string) =>
    list.forEach((node, index) => {
      const nodePath = childPath(at, index);
      const first = codes.get(node.code);
      if (first) fail(`${nodePath}.code`, `duplicates the code of ${first} ("${node.code}")`);
      else codes.set(node.code, nodePath);
      node.questions?.forEach((question, q) => {
        const owner = questions.get(question);
        if (owner) fail(`${nodePath}.questions[${q}]`, `"${question}" is already a question of ${owner}`);
        else questions.set(question, nodePath);
      });
      if (node.children) visit(node.children, `${nodePath}.children`);
    });
  visit(nodes, path);
}
