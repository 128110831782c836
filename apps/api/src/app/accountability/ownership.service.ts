import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { copyForward, flattenNodes, nodePlace, type CopyForwardResponse, type IndexFamily, type NodeOwner, type OwnershipResponse, type ScorecardNode } from '@cchc/domain';
import { AgenciesService, FrameworkCatalog, IndexScoresService } from '@cchc/analytics';
import { AccountabilityRepository, type NodeAssignmentEntity } from '@cchc/store';

export interface AssignmentInput extends NodeOwner {
  nodeCode: string;
}

/** Who answers for each node of an index for an agency and year, beside what the node scored. */
@Injectable()
export class OwnershipService {
  constructor(
    private readonly repository: AccountabilityRepository,
    private readonly frameworks: FrameworkCatalog,
    private readonly scores: IndexScoresService,
    private readonly agencies: AgenciesService,
  ) {}

  async tree(unit: string, family: IndexFamily, year: number): Promise<OwnershipResponse> {
    await this.agencies.require(unit);
    const framework = this.framework(family, year);
    const owners = new Map((await this.repository.assignmentsOf(unit, family, year)).map((a) => [a.nodeCode, toOwner(a)]));
    const scored = await this.scoredNodes(unit, family, year);
    const nodes = flattenNodes(framework).map((entry) => ({
      ...nodePlace(entry),
      achieved: scored.get(entry.node.code)?.achieved ?? null,
      lost: scored.get(entry.node.code)?.lost ?? null,
      owner: owners.get(entry.node.code) ?? null,
    }));
    return { unitCode: unit, family, year, frameworkVersion: framework.version, nodes, unassigned: nodes.filter((n) => !n.owner).map((n) => n.code) };
  }

  async assign(actor: string, unit: string, family: IndexFamily, year: number, assignments: readonly AssignmentInput[]): Promise<OwnershipResponse> {
    await this.agencies.require(unit);
    const codes = new Set(flattenNodes(this.framework(family, year)).map((e) => e.node.code));
    const unknown = assignments.filter((a) => !codes.has(a.nodeCode)).map((a) => a.nodeCode);
    if (unknown.length > 0) {
      throw new BadRequestException({ code: 'unknown_node', message: `Không có tiêu chí ${unknown.join(', ')} trong khung ${family} ${year}`, messageEn: `No node ${unknown.join(', ')} in the ${family} ${year} framework` });
    }
    await this.repository.saveAssignments(actor, assignments.map((a) => toEntity(unit, family, year, a)));
    return this.tree(unit, family, year);
  }

  /** Next year's framework gets last year's owners where the node code is the same. */
  async copyForward(actor: string, unit: string, family: IndexFamily, fromYear: number, toYear: number): Promise<CopyForwardResponse> {
    const previous = (await this.repository.assignmentsOf(unit, family, fromYear)).map((a) => ({ nodeCode: a.nodeCode, ...toOwner(a) }));
    const result = copyForward(previous, this.framework(family, toYear));
    await this.repository.saveAssignments(actor, result.copied.map((a) => toEntity(unit, family, toYear, { ...a, supportingDepartments: [...a.supportingDepartments] })));
    return { copied: result.copied.map((a) => a.nodeCode), unassigned: result.unassigned, dropped: result.dropped.map((a) => a.nodeCode) };
  }

  private framework(family: IndexFamily, year: number) {
    const framework = this.frameworks.forYear(family, year);
    if (!framework) throw new NotFoundException({ code: 'no_framework', message: `Không có khung chỉ số ${family} cho năm ${year}`, messageEn: `No ${family} framework for ${year}` });
    return framework;
  }

  /** The unit's scored nodes that year, empty when it has no scores yet (ownership comes first). */
  private async scoredNodes(unit: string, family: IndexFamily, year: number): Promise<Map<string, ScorecardNode>> {
    try {
      const card = await this.scores.scorecard(unit, year);
      return new Map((card.families.find((f) => f.family === family)?.nodes ?? []).map((n) => [n.code, n]));
    } catch (error) {
      if (error instanceof NotFoundException) return new Map();
      throw error;
    }
  }
}

function toOwner(a: NodeAssignmentEntity): NodeOwner {
  return {
    leadDepartment: a.leadDepartment,
    supportingDepartments: JSON.parse(a.supportingDepartments) as string[],
    responsiblePerson: a.responsiblePerson,
    target: a.targetKind && a.targetValue !== null ? { kind: a.targetKind, value: a.targetValue } : null,
  };
}

function toEntity(agencyCode: string, family: string, year: number, a: AssignmentInput): Omit<NodeAssignmentEntity, 'id'> {
  return {
    agencyCode,
    family,
    year,
    nodeCode: a.nodeCode,
    leadDepartment: a.leadDepartment,
    supportingDepartments: JSON.stringify(a.supportingDepartments),
    responsiblePerson: a.responsiblePerson,
    targetKind: a.target?.kind ?? null,
    targetValue: a.target?.value ?? null,
  };
}
