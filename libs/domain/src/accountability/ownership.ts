// Who answers for each index component: assignments of framework nodes to departments, carried from
// one year's framework to the next where the node still exists.
import type { Framework } from '../indices/framework';
import { flattenNodes } from '../indices/framework-tree';

export interface NodeAssignment {
  nodeCode: string;
  leadDepartment: string;
  supportingDepartments: readonly string[];
  responsiblePerson: string;
  target: { kind: 'points' | 'percent' | 'rank'; value: number } | null;
}

export interface CopyForward {
  /** Last year's assignments whose node code is in the new framework. */
  copied: NodeAssignment[];
  /** Nodes of the new framework nobody answers for yet, in framework order. */
  unassigned: string[];
  /** Last year's assignments whose node the new framework dropped. */
  dropped: NodeAssignment[];
}

/** Methodologies change yearly; only a node with the same code is the same commitment. */
export function copyForward(previous: readonly NodeAssignment[], next: Framework): CopyForward {
  const codes = flattenNodes(next).map((entry) => entry.node.code);
  const known = new Set(codes);
  const copied = previous.filter((a) => known.has(a.nodeCode));
  const assigned = new Set(copied.map((a) => a.nodeCode));
  return {
    copied,
    unassigned: codes.filter((code) => !assigned.has(code)),
    dropped: previous.filter((a) => !known.has(a.nodeCode)),
  };
}
