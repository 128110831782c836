import { Injectable } from '@nestjs/common';
import { vnDate, type DepartmentScorecardResponse, type IndexFamily } from '@cchc/domain';
import { AgenciesService, DossierStatsService } from '@cchc/analytics';
import { OwnershipService } from './ownership.service';
import { TasksService } from './tasks.service';

/**
 * The table an inspector uses to "criticise and clarify the responsibility of individuals and
 * collectives": per department, the index nodes it leads and the points lost on them, its tasks,
 * and the timeliness of the dossiers it handles.
 */
@Injectable()
export class DepartmentScorecardService {
  constructor(
    private readonly agencies: AgenciesService,
    private readonly ownership: OwnershipService,
    private readonly tasks: TasksService,
    private readonly dossiers: DossierStatsService,
  ) {}

  async scorecard(unit: string, family: IndexFamily, year: number, dossierPeriod: { period: string; calendar?: boolean }): Promise<DepartmentScorecardResponse> {
    await this.agencies.require(unit);
    const [tree, tasks, breakdown, directory] = await Promise.all([
      this.ownership.tree(unit, family, year),
      this.tasks.list(unit, undefined, vnDate(new Date())),
      this.dossiers.breakdown({ ...dossierPeriod, agency: unit, by: 'department' }),
      this.agencies.list(),
    ]);
    const departments = new Set([
      ...(directory.find((a) => a.code === unit)?.departments ?? []),
      ...tree.nodes.flatMap((n) => (n.owner ? [n.owner.leadDepartment] : [])),
      ...tasks.map((t) => t.leadDepartment),
      ...breakdown.rows.map((r) => r.key).filter(Boolean),
    ]);
    const rows = [...departments].sort().map((department) => {
      const owned = tree.nodes.filter((n) => n.owner?.leadDepartment === department);
      const own = tasks.filter((t) => t.leadDepartment === department);
      const dossiers = breakdown.rows.find((r) => r.key === department);
      return {
        department,
        nodesOwned: owned.map((n) => n.code),
        pointsLost: owned.reduce((sum, n) => sum + (n.lost ?? 0), 0),
        tasks: {
          total: own.length,
          done: own.filter((t) => t.status === 'done').length,
          overdue: own.filter((t) => t.overdue).length,
          stale: own.filter((t) => t.stale).length,
        },
        dossiers: { resolved: dossiers?.resolved ?? 0, onTimeRate: dossiers?.onTimeRate ?? null, pendingOverdue: dossiers?.pendingOverdue ?? 0 },
      };
    });
    return { agencyCode: unit, family, year, period: breakdown.period, rows };
  }
}
