import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FrameworkNode } from './framework';
import { flattenNodes, leafNodes } from './framework-tree';

const node = (code: string, children?: FrameworkNode[]): FrameworkNode => ({
  code, nameVi: code, nameEn: code, maxPoints: 1, direction: 'higher-better', source: 'appraised',
  ...(children ? { aggregation: 'sum' as const, children } : {}),
});

describe('framework tree', () => {
  const nodes = [node('1', [node('1.1', [node('1.1.1'), node('1.1.2')]), node('1.2')]), node('2')];
  it('flattens depth-first in document order with parent and depth', () => {
    assert.deepEqual(
      flattenNodes({ nodes }).map(({ node: n, parentCode, depth }) => [n.code, parentCode, depth]),
      [['1', null, 0], ['1.1', '1', 1], ['1.1.1', '1.1', 2], ['1.1.2', '1.1', 2], ['1.2', '1', 1], ['2', null, 0]],
    );
  });
  it('lists the leaves', () => {
    assert.deepEqual(leafNodes({ nodes }).map((n) => n.code), ['1.1.1', '1.1.2', '1.2', '2']);
  });
});
