// Where a unit's points went: for each node, its maximum minus what the unit achieved, largest first.
import type { Aggregation, Framework, FrameworkNode } from './framework';
import { flattenNodes, nodePlace, type NodePlace } from './framework-tree';
import { exactDifference } from './exact-difference';
import { computeTotal, type NodeScores } from './totals';
import { roundScore } from './round-score';

export interface NodeLoss extends NodePlace {
  achieved: number;
  /** maxPoints − achieved, on the node's own scale. */
  lost: number;
  /**
   * What the loss costs the framework's total. Equal to `lost` where points add up (PAR INDEX, 766);
   * smaller under a mean or a light weight (a DDCI component 5 points short at weight 0.05 costs 2.5
   * of 100), which is why the list is sorted by it.
   */
  lostOfTotal: number;
}

/**
 * Every node with a score (given or derived), sorted by the points of the total it lost, then in
 * framework order. Lower-better nodes are left out: they measure something to reduce, not points earned.
 */
export function pointsLost(framework: Framework, given: NodeScores): NodeLoss[] {
  const { scores } = computeTotal(framework, given);
  const factors = totalFactors(framework);
  const { decimals } = framework.scale;
  return flattenNodes(framework)
    .flatMap((entry, order) => {
      const { node } = entry;
      const achieved = scores[node.code];
      if (achieved === null || node.direction === 'lower-better') return [];
      const lost = exactDifference(node.maxPoints, achieved);
      const lostOfTotal = roundScore(lost * (factors.get(node.code) ?? 0), decimals);
      return [{ loss: { ...nodePlace(entry), achieved, lost, lostOfTotal }, order }];
    })
    .sort((a, b) => b.loss.lostOfTotal - a.loss.lostOfTotal || b.loss.lost - a.loss.lost || a.order - b.order)
    .map(({ loss }) => loss);
}

/** Points of the total that one point of each node is worth, multiplied down the tree. */
function totalFactors(framework: Framework): Map<string, number> {
  const factors = new Map<string, number>();
  const visit = (nodes: readonly FrameworkNode[], rule: Aggregation, parentMax: number, factor: number) => {
    const weights = nodes.reduce((sum, node) => sum + (node.weight ?? 0), 0);
    for (const node of nodes) {
      const own =
        rule === 'sum' ? 1 : rule === 'mean' ? 1 / nodes.length : (parentMax * (node.weight ?? 0)) / (weights * node.maxPoints);
      factors.set(node.code, factor * own);
      if (node.children && node.aggregation) visit(node.children, node.aggregation, node.maxPoints, factor * own);
    }
  };
  visit(framework.nodes, framework.aggregation, framework.scale.max, 1);
  return factors;
}
