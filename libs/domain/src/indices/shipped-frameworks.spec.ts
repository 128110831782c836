// Every framework file the repository ships must load, and its figures must match DOMAIN.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Framework, IndexFamily } from './framework';
import { frameworkFor } from './framework-lookup';
import { leafNodes } from './framework-tree';
import { parseFramework } from './validate-framework';

const ROOT = join(__dirname, '../../../..');
const DIR = join(ROOT, 'data/frameworks');

function loadAll(): Array<{ file: string; framework: Framework }> {
  return readdirSync(DIR, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = relative(ROOT, join(DIR, name));
      return { file, framework: parseFramework(JSON.parse(readFileSync(join(DIR, name), 'utf8')), file) };
    });
}

const shipped = loadAll();
const frameworks = shipped.map((entry) => entry.framework);
const byVersion = (family: IndexFamily, version: string) => {
  const found = frameworks.find((f) => f.family === family && f.version === version);
  assert.ok(found, `${family} ${version} is shipped`);
  return found;
};
const maxima = (framework: Framework) => framework.nodes.map((node) => node.maxPoints);

describe('shipped framework files', () => {
  it('are the six the issue asks for plus the pre-2022 PAR INDEX, and each one parses', () => {
    assert.deepEqual(
      shipped.map((entry) => entry.file),
      [
        'data/frameworks/d766/2022.json',
        'data/frameworks/ddci/2019.json',
        'data/frameworks/papi/2011-2017.json',
        'data/frameworks/papi/2018.json',
        'data/frameworks/par/2012-2021.json',
        'data/frameworks/par/2022-2030.json',
        'data/frameworks/sipas/2017-2021.json',
      ],
    );
  });
  it('sit in their family folder and are named after their version', () => {
    for (const { file, framework } of shipped) {
      assert.equal(basename(dirname(file)), framework.family, file);
      assert.equal(basename(file, '.json'), framework.version, file);
    }
  });
  it('never give one family two frameworks for the same year', () => {
    for (const family of ['par', 'sipas', 'papi', 'ddci', 'd766'] as const) {
      for (let year = 2009; year <= 2035; year++) assert.doesNotThrow(() => frameworkFor(frameworks, family, year));
    }
  });
  it('carry Vietnamese names with their diacritics', () => {
    for (const { framework } of shipped) {
      for (const node of framework.nodes) assert.match(node.nameVi, /[^\x00-\x7F]/, `${framework.family} ${node.code}`);
    }
  });
});

describe('PAR INDEX frameworks', () => {
  it('2012–2021: the 8 pre-2022 fields adding up to 100, then 2022–2030 from the next year on', () => {
    const before = byVersion('par', '2012-2021');
    assert.deepEqual([before.yearTo, before.nodes.length, maxima(before).reduce((a, b) => a + b, 0)], [2021, 8, 100]);
    assert.equal(frameworkFor(frameworks, 'par', 2021)?.version, '2012-2021');
    assert.equal(frameworkFor(frameworks, 'par', 2022)?.version, '2022-2030');
  });
});

describe('PAPI frameworks', () => {
  it('2011–2017: 6 dimensions of 1–10, aggregate 6–60', () => {
    const papi = byVersion('papi', '2011-2017');
    assert.deepEqual([papi.yearFrom, papi.yearTo], [2011, 2017]);
    assert.deepEqual(maxima(papi), [10, 10, 10, 10, 10, 10]); // 6 × 10 = 60
    assert.deepEqual([papi.scale.min, papi.scale.max], [6, 60]);
    assert.ok(papi.nodes.every((node) => node.minPoints === 1));
  });
  it('2018+: 8 dimensions, environmental governance and e-governance added, aggregate 10–80 as published', () => {
    const papi = byVersion('papi', '2018');
    assert.deepEqual([papi.yearFrom, papi.yearTo], [2018, null]);
    assert.deepEqual(maxima(papi), [10, 10, 10, 10, 10, 10, 10, 10]); // 8 × 10 = 80
    assert.deepEqual([papi.scale.min, papi.scale.max], [10, 80]);
    assert.deepEqual(papi.nodes.slice(6).map((node) => node.nameVi), ['Quản trị môi trường', 'Quản trị điện tử']);
  });
  it('quartile groups at the 75th, 50th and 25th percentiles', () => {
    for (const version of ['2011-2017', '2018']) {
      const { bands } = byVersion('papi', version);
      assert.equal(bands?.kind, 'quartile');
      assert.deepEqual(
        bands?.groups.map((group) => [group.code, group.from]),
        [['highest', 75], ['high-average', 50], ['low-average', 25], ['lowest', 0]],
      );
    }
  });
});

describe('PAR INDEX framework for departments', () => {
  const par = byVersion('par', '2022-2030');
  it('has the 8 fields with their 2022–2030 names, summing to 100 points', () => {
    assert.deepEqual(
      par.nodes.map((node) => node.nameVi),
      [
        'Chỉ đạo, điều hành',
        'Cải cách thể chế',
        'Cải cách thủ tục hành chính',
        'Cải cách tổ chức bộ máy',
        'Cải cách chế độ công vụ',
        'Cải cách tài chính công',
        'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
        'Tác động của cải cách hành chính',
      ],
    );
    assert.equal(maxima(par).reduce((a, b) => a + b, 0), 100); // 12 + 9 + 14 + 8 + 13 + 8 + 14 + 22
  });
  it('marks its maxima as unverified editable defaults', () => {
    assert.equal(par.confidence, 'unverified');
    assert.ok(par.nodes.every((node) => node.confidence === 'unverified'));
    assert.deepEqual(par.decision, { number: '876/QĐ-BNV', date: '2022-11-10', issuer: 'Bộ Nội vụ' });
  });
});

describe('SIPAS framework', () => {
  const sipas = byVersion('sipas', '2017-2021');
  it('has the 5 service elements, each on 0–100%, overall = mean', () => {
    assert.deepEqual(sipas.nodes.map((node) => node.nameEn), [
      'Access to the service',
      'The administrative procedure',
      'The civil servant handling the case',
      'The result of the service',
      'Handling of comments, complaints and petitions',
    ]);
    assert.equal(sipas.aggregation, 'mean');
    assert.ok(sipas.nodes.every((node) => node.maxPoints === 100 && (node.questions?.length ?? 0) > 0));
  });
  it('counts answers from 4 on a 1–5 scale as satisfied', () => {
    assert.deepEqual(sipas.survey, { answerMin: 1, answerMax: 5, satisfiedFrom: 4 });
  });
});

describe('DDCI framework (Đồng Tháp 2019)', () => {
  const ddci = byVersion('ddci', '2019');
  it('has the 9 components of QĐ 843/QĐ-UBND, weighted to a total out of 100', () => {
    assert.equal(ddci.nodes.length, 9);
    assert.equal(ddci.nodes[8].nameEn, 'Land access and stability of land use');
    assert.equal(ddci.aggregation, 'weighted-sum');
    assert.equal(ddci.scale.max, 100);
    assert.equal(ddci.decision?.number, '843/QĐ-UBND');
  });
  it('normalises every indicator to 1–10 and flags informal charges as negative', () => {
    assert.ok(leafNodes(ddci).every((node) => node.minPoints === 1 && node.maxPoints === 10));
    const informal = ddci.nodes.find((node) => node.code === 'informal-charges');
    assert.ok(informal?.children?.every((node) => node.negative === true));
  });
});

describe('Decision 766 framework', () => {
  const d766 = byVersion('d766', '2022');
  it('has 5 groups of 18, 20, 22, 22 and 18 points', () => {
    assert.deepEqual(maxima(d766), [18, 20, 22, 22, 18]); // = 100
    assert.deepEqual(d766.decision, { number: '766/QĐ-TTg', date: '2022-06-23', issuer: 'Thủ tướng Chính phủ' });
  });
  it('gives the thresholds DOMAIN.md lists: online share 50%, digitised 80%, procedures online 80%, satisfaction 90%', () => {
    const threshold = (code: string) => leafNodes(d766).find((node) => node.code === code)?.threshold;
    assert.equal(threshold('dossiers-online'), 50);
    assert.equal(threshold('dossiers-digitised'), 80);
    assert.equal(threshold('procedures-online'), 80);
    assert.equal(threshold('procedures-payment-integrated'), 80);
    assert.equal(threshold('procedure-satisfaction'), 90);
  });
});
