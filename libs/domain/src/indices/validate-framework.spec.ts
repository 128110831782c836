import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FrameworkError, parseFramework } from './validate-framework';

const FILE = 'data/frameworks/papi/2018.json';

/** A small valid framework as parsed JSON; each test breaks one thing in a fresh copy. */
function valid(): any {
  return {
    family: 'papi',
    version: '2018',
    yearFrom: 2018,
    yearTo: null,
    scale: { min: 2, max: 20, decimals: 4 },
    direction: 'higher-better',
    aggregation: 'sum',
    confidence: 'verified',
    nodes: [
      { code: 'a', nameVi: 'Tham gia', nameEn: 'Participation', maxPoints: 10, minPoints: 1, direction: 'higher-better', source: 'survey' },
      { code: 'b', nameVi: 'Công khai', nameEn: 'Transparency', maxPoints: 10, minPoints: 1, direction: 'higher-better', source: 'survey' },
    ],
  };
}

function d766(): any {
  return {
    ...valid(),
    family: 'd766',
    scale: { min: 0, max: 20, decimals: 2 },
    nodes: [
      {
        code: 'g', nameVi: 'Nhóm', nameEn: 'Group', maxPoints: 20, direction: 'higher-better', source: 'computed', aggregation: 'sum',
        children: [
          { code: 'x', nameVi: 'X', nameEn: 'X', maxPoints: 12, direction: 'higher-better', source: 'computed', threshold: 80 },
          { code: 'y', nameVi: 'Y', nameEn: 'Y', maxPoints: 8, direction: 'higher-better', source: 'computed', threshold: 100 },
        ],
      },
    ],
  };
}

/** The messages of the FrameworkError that parsing `json` throws. */
function problems(json: unknown): string[] {
  try {
    parseFramework(json, FILE);
  } catch (error) {
    assert.ok(error instanceof FrameworkError);
    assert.equal(error.file, FILE);
    return error.message.split('\n');
  }
  assert.fail('the framework was accepted');
}

function refuses(json: unknown, expected: string): void {
  assert.deepEqual(problems(json), [`${FILE}: ${expected}`]);
}

describe('parseFramework accepts', () => {
  it('a valid file, unchanged (absent optional fields stay absent)', () => {
    assert.deepEqual(parseFramework(valid(), FILE), valid());
  });
  it('yearTo equal to yearFrom (a one-year framework)', () => {
    assert.equal(parseFramework({ ...valid(), yearTo: 2018 }, FILE).yearTo, 2018);
  });
  it('maxima that add up only in decimal arithmetic (0.1 + 0.2 = 0.3)', () => {
    const json = { ...valid(), scale: { min: 0, max: 0.3, decimals: 2 } };
    json.nodes[0].maxPoints = 0.1;
    json.nodes[1].maxPoints = 0.2;
    delete json.nodes[0].minPoints;
    delete json.nodes[1].minPoints;
    assert.equal(parseFramework(json, FILE).scale.max, 0.3);
  });
  it('a d766 leaf threshold of exactly 100%', () => {
    assert.equal(parseFramework(d766(), FILE).nodes[0].children?.[1].threshold, 100);
  });
});

describe('parseFramework refuses, naming the JSON path', () => {
  it('a document that is not an object', () => {
    refuses([], 'must be an object');
    refuses(null, 'must be an object');
  });
  it('a maximum that is not a positive number', () => {
    for (const bad of [-3, 0, '10', null, Number.NaN]) {
      const json = valid();
      json.nodes[1].maxPoints = bad;
      refuses(json, 'nodes[1].maxPoints: must be a positive number');
    }
  });
  it('a missing or empty name', () => {
    const json = valid();
    delete json.nodes[0].nameVi;
    json.nodes[1].nameEn = '  ';
    assert.deepEqual(problems(json), [
      `${FILE}: nodes[0].nameVi: is required`,
      `${FILE}: nodes[1].nameEn: must be a non-empty string`,
    ]);
  });
  it('a misspelt field instead of ignoring it', () => {
    const json = valid();
    json.nodes[0].maxPoint = json.nodes[0].maxPoints;
    delete json.nodes[0].maxPoints;
    assert.deepEqual(problems(json), [`${FILE}: nodes[0].maxPoint: is not a known field`, `${FILE}: nodes[0].maxPoints: is required`]);
  });
  it('an unknown field at the top', () => refuses({ ...valid(), year: 2018 }, 'year: is not a known field'));
  it('an unknown family, direction, source or confidence', () => {
    refuses({ ...valid(), family: 'pci' }, 'family: must be one of par, sipas, papi, ddci, d766');
    refuses({ ...valid(), direction: 'up' }, 'direction: must be one of higher-better, lower-better');
    refuses({ ...valid(), confidence: 'V' }, 'confidence: must be one of verified, secondary, unverified');
    const json = valid();
    json.nodes[0].source = 'published';
    refuses(json, 'nodes[0].source: must be one of self-assessed, appraised, survey, computed');
  });
  it('yearFrom after yearTo, and years that are not integers', () => {
    refuses({ ...valid(), yearTo: 2017 }, 'yearTo: must not be before yearFrom (2018)');
    refuses({ ...valid(), yearTo: '2020' }, 'yearTo: must be an integer from 1000 to 9999 or null');
    refuses({ ...valid(), yearFrom: 2018.5 }, 'yearFrom: must be an integer from 1000 to 9999');
  });
  it('a decision date that is not a real day', () => {
    const decision = { number: '876/QĐ-BNV', date: '2022-02-30', issuer: 'Bộ Nội vụ' };
    refuses({ ...valid(), decision }, 'decision.date: must be a date written YYYY-MM-DD');
    refuses({ ...valid(), decision: { ...decision, date: '10/11/2022' } }, 'decision.date: must be a date written YYYY-MM-DD');
    assert.equal(parseFramework({ ...valid(), decision: { ...decision, date: '2024-02-29' } }, FILE).decision?.date, '2024-02-29');
  });
  it('a scale whose maximum is not above its minimum', () => {
    const json = valid();
    json.scale.min = 20;
    refuses(json, 'scale.max: must be greater than scale.min');
  });
  it('scale decimals outside 0–6', () => {
    refuses({ ...valid(), scale: { min: 2, max: 20, decimals: 7 } }, 'scale.decimals: must be an integer from 0 to 6');
  });
  it('an empty node list', () => refuses({ ...valid(), nodes: [] }, 'nodes: must be a non-empty array'));
  it('a code unfit for a column header', () => {
    const json = valid();
    json.nodes[0].code = 'tham gia';
    refuses(json, 'nodes[0].code: must be letters, digits, ".", "_" or "-", starting with a letter or digit');
  });
  it('a code used twice anywhere in the tree', () => {
    const json = valid();
    json.nodes[1] = {
      ...json.nodes[1],
      aggregation: 'sum',
      children: [
        { code: 'a', nameVi: 'x', nameEn: 'x', maxPoints: 4, direction: 'higher-better', source: 'survey' },
        { code: 'b2', nameVi: 'y', nameEn: 'y', maxPoints: 6, direction: 'higher-better', source: 'survey' },
      ],
    };
    refuses(json, 'nodes[1].children[0].code: duplicates the code of nodes[0] ("a")');
  });
  it("children whose maxima do not add up to their parent's under a sum", () => {
    const json = valid();
    json.nodes[0] = {
      ...json.nodes[0],
      aggregation: 'sum',
      children: [
        { code: 'a1', nameVi: 'x', nameEn: 'x', maxPoints: 4, direction: 'higher-better', source: 'survey' },
        { code: 'a2', nameVi: 'y', nameEn: 'y', maxPoints: 5, direction: 'higher-better', source: 'survey' },
      ],
    };
    refuses(json, "nodes[0].maxPoints: must equal the sum of its children's maxPoints (10 ≠ 9)");
  });
  it("top-level maxima that do not add up to the scale's maximum", () => {
    const json = valid();
    json.nodes[1].maxPoints = 9;
    refuses(json, "scale.max: must equal the sum of the top-level nodes' maxPoints (20 ≠ 19)");
  });
  it('minPoints not below maxPoints', () => {
    const json = valid();
    json.nodes[0].minPoints = 10;
    refuses(json, 'nodes[0].minPoints: must be below maxPoints');
  });
  it('children without an aggregation, and an aggregation without children', () => {
    const json = valid();
    json.nodes[0].children = [{ code: 'a1', nameVi: 'x', nameEn: 'x', maxPoints: 10, direction: 'higher-better', source: 'survey' }];
    json.nodes[1].aggregation = 'sum';
    assert.deepEqual(problems(json), [
      `${FILE}: nodes[0].aggregation: is required on a node with children`,
      `${FILE}: nodes[1].aggregation: is only used on a node with children`,
    ]);
  });
  it('a weighted-sum child without a weight, and a weight under a sum', () => {
    const weighted = { ...valid(), aggregation: 'weighted-sum' };
    weighted.nodes[0].weight = 2;
    refuses(weighted, 'nodes[1].weight: is required under a weighted-sum');
    const summed = valid();
    summed.nodes[0].weight = 2;
    refuses(summed, 'nodes[0].weight: is only used under a weighted-sum');
  });
  it("a child of a mean on another scale than its parent's", () => {
    const json = { ...valid(), aggregation: 'mean', scale: { min: 1, max: 10, decimals: 2 } };
    json.nodes[1].maxPoints = 5;
    refuses(json, "nodes[1].maxPoints: must equal 10, the parent's maximum, under a mean");
  });
  it('several problems at once, one line each', () => {
    const json = valid();
    json.nodes[0].maxPoints = -1;
    json.nodes[1].direction = 'down';
    json.version = '';
    assert.deepEqual(problems(json), [
      `${FILE}: version: must be a non-empty string`,
      `${FILE}: nodes[0].maxPoints: must be a positive number`,
      `${FILE}: nodes[1].direction: must be one of higher-better, lower-better`,
    ]);
  });
});

describe('parseFramework refuses bad bands', () => {
  const group = (code: string, from: number) => ({ code, nameVi: code, nameEn: code, from });
  it('quartile groups that leave the bottom without a group', () => {
    const bands = { kind: 'quartile', groups: [group('highest', 75), group('rest', 25)] };
    refuses({ ...valid(), bands }, 'bands.groups[1].from: must be 0');
  });
  it('lower bounds that do not decrease', () => {
    const bands = { kind: 'quartile', groups: [group('x', 50), group('y', 50), group('z', 0)] };
    refuses({ ...valid(), bands }, 'bands.groups[1].from: must be below the previous group\'s "from"');
  });
  it('a percentile above 100 and a threshold outside the scale', () => {
    refuses({ ...valid(), bands: { kind: 'quartile', groups: [group('x', 101), group('y', 0)] } }, 'bands.groups[0].from: must be from 0 to 100');
    refuses({ ...valid(), bands: { kind: 'threshold', groups: [group('A', 21)] } }, 'bands.groups[0].from: must be from 2 to 20');
  });
  it('a band code used twice', () => {
    const bands = { kind: 'threshold', groups: [group('A', 18), group('A', 16)] };
    refuses({ ...valid(), bands }, 'bands.groups[1].code: duplicates "A"');
  });
  it('an unknown band kind', () => {
    refuses({ ...valid(), bands: { kind: 'decile', groups: [group('A', 18)] } }, 'bands.kind: must be one of quartile, threshold');
  });
});

describe('parseFramework refuses bad survey scales', () => {
  it('a satisfied-from answer outside the scale', () => {
    refuses({ ...valid(), survey: { answerMin: 1, answerMax: 5, satisfiedFrom: 6 } }, 'survey.satisfiedFrom: must be from 1 to 5');
  });
  it('an empty scale', () => {
    refuses({ ...valid(), survey: { answerMin: 5, answerMax: 5, satisfiedFrom: 5 } }, 'survey.answerMax: must be greater than survey.answerMin');
  });
});

describe('parseFramework keeps family-specific fields in their family', () => {
  it('refuses a 766 threshold in a PAPI file', () => {
    const json = valid();
    json.nodes[0].threshold = 80;
    refuses(json, 'nodes[0].threshold: is only used by d766 frameworks');
  });
  it('refuses SIPAS questions and the DDCI negative flag elsewhere', () => {
    const json = valid();
    json.nodes[0].questions = ['q1'];
    json.nodes[1].negative = true;
    assert.deepEqual(problems(json), [
      `${FILE}: nodes[0].questions: is only used by sipas frameworks`,
      `${FILE}: nodes[1].negative: is only used by ddci frameworks`,
    ]);
  });
  it('requires a threshold on every d766 leaf, above 0 and at most 100', () => {
    const missing = d766();
    delete missing.nodes[0].children[0].threshold;
    refuses(missing, 'nodes[0].children[0].threshold: is required on every d766 leaf');
    for (const bad of [0, 100.01, -5]) {
      const json = d766();
      json.nodes[0].children[1].threshold = bad;
      refuses(json, 'nodes[0].children[1].threshold: must be a percentage above 0 and at most 100');
    }
  });
  it('refuses a d766 threshold on a group, and a d766 group that is not a sum', () => {
    const onGroup = d766();
    onGroup.nodes[0].threshold = 90;
    refuses(onGroup, 'nodes[0].threshold: is only used on leaves');
    const mean = d766();
    mean.nodes[0].aggregation = 'mean';
    mean.nodes[0].children[0].maxPoints = 20;
    mean.nodes[0].children[1].maxPoints = 20;
    refuses(mean, 'nodes[0].aggregation: must be sum: 766 points add up');
  });
  it('refuses a SIPAS question listed under two elements', () => {
    const json = { ...valid(), family: 'sipas', aggregation: 'mean', scale: { min: 0, max: 10, decimals: 2 } };
    json.nodes[0].questions = ['q1', 'q2'];
    json.nodes[1].questions = ['q3', 'q1'];
    refuses(json, 'nodes[1].questions[1]: "q1" is already a question of nodes[0]');
  });
  it('refuses an empty SIPAS question list', () => {
    const json = { ...valid(), family: 'sipas' };
    json.nodes[0].questions = [];
    refuses(json, 'nodes[0].questions: must be a non-empty array of non-empty strings');
  });
  it('requires minPoints on DDCI indicators (the bottom of the normalised range)', () => {
    const json = { ...valid(), family: 'ddci' };
    delete json.nodes[1].minPoints;
    refuses(json, 'nodes[1].minPoints: is required on every ddci indicator');
  });
});
