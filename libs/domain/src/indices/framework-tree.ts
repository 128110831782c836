// Walks a framework's node tree in document order, the order reports and scorecards list nodes in.
import type { Framework, FrameworkNode } from './framework';

export interface FrameworkNodeEntry {
  node: FrameworkNode;
  parentCode: string | null;
  /** 0 for top-level nodes. */
  depth: number;
}

export function flattenNodes(framework: Pick<Framework, 'nodes'>): FrameworkNodeEntry[] {
  const entries: FrameworkNodeEntry[] = [];
  const visit = (nodes: readonly FrameworkNode[], parentCode: string | null, depth: number) => {
    for (const node of nodes) {
      entries.push({ node, parentCode, depth });
      if (node.children) visit(node.children, node.code, depth + 1);
    }
  };
  visit(framework.nodes, null, 0);
  return entries;
}

/** Nodes without children: the ones data is entered or measured for. */
export function leafNodes(framework: Pick<Framework, 'nodes'>): FrameworkNode[] {
  return flattenNodes(framework)
    .map((entry) => entry.node)
    .filter((node) => !node.children);
}

/** How a node appears in lists (scorecards, ownership): who it is, where it sits, what it is worth. */
export interface NodePlace {
  code: string;
  nameVi: string;
  nameEn: string;
  parentCode: string | null;
  depth: number;
  maxPoints: number;
}

export function nodePlace({ node, parentCode, depth }: FrameworkNodeEntry): NodePlace {
  return { code: node.code, nameVi: node.nameVi, nameEn: node.nameEn, parentCode, depth, maxPoints: node.maxPoints };
}
