// Internal estimate of an agency's Decision 766 score from its own ratios (on-time share, online
// share, digitised share …). The official score is computed live by the Government Office; this is
// labelled as an estimate wherever it is shown.
import type { Framework, FrameworkNode } from './framework';
import { leafNodes } from './framework-tree';
import { roundScore } from './round-score';

/** Ratios in % (0–100) by leaf code; null or absent: not measurable from our data. */
export type D766Ratios = Readonly<Record<string, number | null | undefined>>;

export interface D766Leaf {
  code: string;
  ratio: number | null;
  threshold: number;
  maxPoints: number;
  /** min(max, ratio × max ÷ threshold), half-up to 2 decimals; null without a ratio. */
  points: number | null;
}

export interface D766Group {
  code: string;
  nameVi: string;
  nameEn: string;
  maxPoints: number;
  /** Sum of the rounded points of its estimated leaves, so the figures shown add up. */
  points: number;
  /** Maximum of the leaves that could be estimated: the base `points` is out of. */
  estimatedMaxPoints: number;
  leaves: D766Leaf[];
}

export interface D766Estimate {
  estimate: true;
  /** Points of the estimated leaves only; read together with estimatedMaxPoints. */
  total: number;
  estimatedMaxPoints: number;
  maxPoints: number;
  groups: D766Group[];
  /** Leaves without a ratio; their points are neither counted nor assumed. */
  notEstimated: string[];
}

/**
 * Most transparency and satisfaction sub-indicators cannot be measured from dossier exports, so a
 * missing ratio does not void the estimate (as a missing component voids a published total): the
 * estimate covers what was measured and says so. A ratio outside 0–100 or for an unknown leaf throws.
 */
export function estimateD766(framework: Framework, ratios: D766Ratios): D766Estimate {
  assertRatios(framework, ratios);
  const groups = framework.nodes.map((group): D766Group => {
    const leaves = leafNodes({ nodes: [group] }).map((leaf) => leafPoints(leaf, ratios[leaf.code] ?? null));
    const estimated = leaves.filter((leaf) => leaf.points !== null);
    return {
      code: group.code,
      nameVi: group.nameVi,
      nameEn: group.nameEn,
      maxPoints: group.maxPoints,
      points: sum(estimated.map((leaf) => leaf.points ?? 0)),
      estimatedMaxPoints: sum(estimated.map((leaf) => leaf.maxPoints)),
      leaves,
    };
  });
  return {
    estimate: true,
    total: sum(groups.map((group) => group.points)),
    estimatedMaxPoints: sum(groups.map((group) => group.estimatedMaxPoints)),
    maxPoints: framework.scale.max,
    groups,
    notEstimated: groups.flatMap((group) => group.leaves.filter((leaf) => leaf.ratio === null).map((leaf) => leaf.code)),
  };
}

function leafPoints(leaf: FrameworkNode, ratio: number | null): D766Leaf {
  // validated: every d766 leaf has a threshold
  const threshold = leaf.threshold ?? 100;
  const points = ratio === null ? null : roundScore(Math.min(leaf.maxPoints, (ratio * leaf.maxPoints) / threshold), 2);
  return { code: leaf.code, ratio, threshold, maxPoints: leaf.maxPoints, points };
}

/** Rounded points add up exactly in hundredths; the rounding only clears binary drift. */
function sum(values: readonly number[]): number {
  return roundScore(values.reduce((a, b) => a + b, 0), 2);
}

function assertRatios(framework: Framework, ratios: D766Ratios): void {
  const leaves = new Set(leafNodes(framework).map((leaf) => leaf.code));
  for (const [code, ratio] of Object.entries(ratios)) {
    if (!leaves.has(code)) throw new RangeError(`766 estimate: no sub-indicator "${code}" in ${framework.version}`);
    if (ratio !== null && ratio !== undefined && !(ratio >= 0 && ratio <= 100)) {
      throw new RangeError(`766 estimate: ratio of "${code}" is ${ratio}, not a percentage from 0 to 100`);
    }
  }
}
