// Reads an untrusted JSON document into the Framework type, field by field; the rules that relate
// fields to each other (sums, unique codes, year order) are in framework-rules.ts.
import {
  AGGREGATIONS,
  BAND_KINDS,
  CONFIDENCES,
  DIRECTIONS,
  INDEX_FAMILIES,
  NODE_SOURCES,
  type BandGroup,
  type FrameworkBands,
  type FrameworkDecision,
  type Framework,
  type FrameworkNode,
  type FrameworkScale,
  type SurveyScale,
} from './framework';
import {
  JsonFields,
  boolean,
  finiteNumber,
  integerBetween,
  isoDate,
  nullable,
  numberBetween,
  oneOf,
  positiveNumber,
  text,
  textList,
  type JsonIssue,
  type Parse,
} from './json-fields';

const FRAMEWORK_KEYS = [
  'family', 'version', 'yearFrom', 'yearTo', 'decision', 'scale', 'direction', 'aggregation', 'bands', 'survey',
  'confidence', 'notes', 'nodes',
] as const satisfies ReadonlyArray<keyof Framework>;
const NODE_KEYS = [
  'code', 'nameVi', 'nameEn', 'maxPoints', 'minPoints', 'weight', 'direction', 'source', 'formula', 'aggregation',
  'children', 'questions', 'negative', 'threshold', 'confidence', 'notes',
] as const satisfies ReadonlyArray<keyof FrameworkNode>;

const year = integerBetween(1000, 9999);

/** Codes become column headers and URL segments, so they stay plain. */
const code: Parse<string> = (value) =>
  typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value)
    ? { value }
    : { problem: 'must be letters, digits, ".", "_" or "-", starting with a letter or digit' };

const percentageThreshold: Parse<number> = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= 100
    ? { value }
    : { problem: 'must be a percentage above 0 and at most 100' };

/** The framework, or undefined when any field is unreadable (each problem is then in `issues`). */
export function readFramework(json: unknown, issues: JsonIssue[]): Framework | undefined {
  const fields = JsonFields.of(json, '', FRAMEWORK_KEYS, issues);
  if (!fields) return undefined;
  return complete<Framework>(issues, () => ({
    family: fields.required('family', oneOf(INDEX_FAMILIES)),
    version: fields.required('version', text),
    yearFrom: fields.required('yearFrom', year),
    yearTo: fields.required('yearTo', nullable(year)),
    decision: readDecision(fields, issues),
    scale: readScale(fields, issues),
    direction: fields.required('direction', oneOf(DIRECTIONS)),
    aggregation: fields.required('aggregation', oneOf(AGGREGATIONS)),
    bands: readBands(fields, issues),
    survey: readSurvey(fields, issues),
    confidence: fields.required('confidence', oneOf(CONFIDENCES)),
    notes: fields.optional('notes', text),
    nodes: readNodes(fields.list('nodes', 'required'), issues),
  }));
}

/**
 * Builds an object from fields that are undefined where unreadable, and returns it only when no new
 * issue was recorded meanwhile: then every required field is present and the cast is sound. Absent
 * optional fields are left out, not set to undefined, so the result equals what the file says.
 */
function complete<T>(issues: JsonIssue[], build: () => { [K in keyof T]: T[K] | undefined }): T | undefined {
  const before = issues.length;
  const draft = build();
  if (issues.length !== before) return undefined;
  return Object.fromEntries(Object.entries(draft).filter(([, value]) => value !== undefined)) as T;
}

function readDecision(fields: JsonFields, issues: JsonIssue[]): FrameworkDecision | undefined {
  const decision = fields.object('decision', ['number', 'date', 'issuer'], 'optional');
  return decision && complete<FrameworkDecision>(issues, () => ({
    number: decision.required('number', text),
    date: decision.required('date', isoDate),
    issuer: decision.required('issuer', text),
  }));
}

function readScale(fields: JsonFields, issues: JsonIssue[]): FrameworkScale | undefined {
  const scale = fields.object('scale', ['min', 'max', 'decimals'], 'required');
  return scale && complete<FrameworkScale>(issues, () => ({
    min: scale.required('min', finiteNumber),
    max: scale.required('max', finiteNumber),
    decimals: scale.required('decimals', integerBetween(0, 6)),
  }));
}

function readBands(fields: JsonFields, issues: JsonIssue[]): FrameworkBands | undefined {
  const bands = fields.object('bands', ['kind', 'groups'], 'optional');
  return bands && complete<FrameworkBands>(issues, () => ({
    kind: bands.required('kind', oneOf(BAND_KINDS)),
    groups: bands.list('groups', 'required')?.map(({ value, path }) => readBandGroup(value, path, issues)) as
      | BandGroup[]
      | undefined,
  }));
}

function readBandGroup(value: unknown, path: string, issues: JsonIssue[]): BandGroup | undefined {
  const group = JsonFields.of(value, path, ['code', 'nameVi', 'nameEn', 'from'], issues);
  return group && complete<BandGroup>(issues, () => ({
    code: group.required('code', code),
    nameVi: group.required('nameVi', text),
    nameEn: group.required('nameEn', text),
    from: group.required('from', finiteNumber),
  }));
}

function readSurvey(fields: JsonFields, issues: JsonIssue[]): SurveyScale | undefined {
  const survey = fields.object('survey', ['answerMin', 'answerMax', 'satisfiedFrom'], 'optional');
  return survey && complete<SurveyScale>(issues, () => ({
    answerMin: survey.required('answerMin', integerBetween(0, 100)),
    answerMax: survey.required('answerMax', integerBetween(0, 100)),
    satisfiedFrom: survey.required('satisfiedFrom', numberBetween(0, 100)),
  }));
}

/** Items that fail stay undefined in the array; the enclosing complete() then discards the whole. */
function readNodes(items: Array<{ value: unknown; path: string }> | undefined, issues: JsonIssue[]) {
  return items?.map(({ value, path }) => readNode(value, path, issues)) as FrameworkNode[] | undefined;
}

function readNode(value: unknown, path: string, issues: JsonIssue[]): FrameworkNode | undefined {
  const node = JsonFields.of(value, path, NODE_KEYS, issues);
  return node && complete<FrameworkNode>(issues, () => ({
    code: node.required('code', code),
    nameVi: node.required('nameVi', text),
    nameEn: node.required('nameEn', text),
    maxPoints: node.required('maxPoints', positiveNumber),
    minPoints: node.optional('minPoints', finiteNumber),
    weight: node.optional('weight', positiveNumber),
    direction: node.required('direction', oneOf(DIRECTIONS)),
    source: node.required('source', oneOf(NODE_SOURCES)),
    formula: node.optional('formula', text),
    aggregation: node.optional('aggregation', oneOf(AGGREGATIONS)),
    children: readNodes(node.list('children', 'optional'), issues),
    questions: node.optional('questions', textList),
    negative: node.optional('negative', boolean),
    threshold: node.optional('threshold', percentageThreshold),
    confidence: node.optional('confidence', oneOf(CONFIDENCES)),
    notes: node.optional('notes', text),
  }));
}
