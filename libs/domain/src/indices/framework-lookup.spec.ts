import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Framework, IndexFamily } from './framework';
import { frameworkFor } from './framework-lookup';

const framework = (family: IndexFamily, version: string, yearFrom: number, yearTo: number | null) =>
  ({ family, version, yearFrom, yearTo }) as Framework;

describe('frameworkFor', () => {
  const frameworks = [
    framework('papi', '2011-2017', 2011, 2017),
    framework('papi', '2018', 2018, null),
    framework('par', '2022-2030', 2022, 2030),
  ];
  it('includes both ends of a year range', () => {
    assert.equal(frameworkFor(frameworks, 'papi', 2011)?.version, '2011-2017');
    assert.equal(frameworkFor(frameworks, 'papi', 2017)?.version, '2011-2017');
    assert.equal(frameworkFor(frameworks, 'papi', 2018)?.version, '2018');
    assert.equal(frameworkFor(frameworks, 'par', 2030)?.version, '2022-2030');
  });
  it('keeps an open range open', () => assert.equal(frameworkFor(frameworks, 'papi', 2099)?.version, '2018'));
  it('is null before the first year, after a closed range, and for a family without frameworks', () => {
    assert.equal(frameworkFor(frameworks, 'papi', 2010), null);
    assert.equal(frameworkFor(frameworks, 'par', 2031), null);
    assert.equal(frameworkFor(frameworks, 'par', 2021), null);
    assert.equal(frameworkFor(frameworks, 'sipas', 2020), null);
  });
  it('throws when two frameworks of a family cover the same year', () => {
    const overlapping = [...frameworks, framework('papi', '2016-2018', 2016, 2018)];
    assert.throws(() => frameworkFor(overlapping, 'papi', 2018), /papi 2018: frameworks 2018, 2016-2018 all cover the year/);
    assert.equal(frameworkFor(overlapping, 'papi', 2015)?.version, '2011-2017');
  });
});
