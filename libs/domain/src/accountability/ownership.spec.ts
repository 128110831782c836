import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseFramework } from '../indices/validate-framework';
import { copyForward, type NodeAssignment } from './ownership';

const framework = (version: string, codes: string[]) =>
  parseFramework(
    {
      family: 'par',
      version,
      yearFrom: Number(version),
      yearTo: Number(version),
      scale: { min: 0, max: 10 * codes.length, decimals: 2 },
      direction: 'higher-better',
      aggregation: 'sum',
      confidence: 'unverified',
      nodes: codes.map((code) => ({ code, nameVi: `Tiêu chí ${code}`, nameEn: code, maxPoints: 10, direction: 'higher-better', source: 'appraised' })),
    },
    'test.json',
  );

const assign = (nodeCode: string, leadDepartment: string): NodeAssignment => ({
  nodeCode,
  leadDepartment,
  supportingDepartments: [],
  responsiblePerson: 'Phó Giám đốc',
  target: null,
});

describe('copyForward: last year\'s owners carried to the new framework', () => {
  it('copies where the node code survives, lists the new nodes as unassigned and the dropped ones apart', () => {
    const previous = [assign('steering', 'Văn phòng Sở'), assign('legal-documents', 'Thanh tra Sở'), assign('impact', 'Văn phòng Sở')];
    const result = copyForward(previous, framework('2022', ['steering', 'institutional-reform', 'impact']));
    assert.deepEqual(result.copied.map((a) => [a.nodeCode, a.leadDepartment]), [
      ['steering', 'Văn phòng Sở'],
      ['impact', 'Văn phòng Sở'],
    ]);
    assert.deepEqual(result.unassigned, ['institutional-reform']);
    assert.deepEqual(result.dropped.map((a) => a.nodeCode), ['legal-documents']);
  });
  it('leaves every node unassigned in a first year', () => {
    assert.deepEqual(copyForward([], framework('2022', ['a', 'b'])).unassigned, ['a', 'b']);
  });
});
