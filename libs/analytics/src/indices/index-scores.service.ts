import { Injectable, NotFoundException } from '@nestjs/common';
import {
  bandOf,
  computeTotal,
  flattenNodes,
  nodePlace,
  INDEX_FAMILIES,
  pointsLost,
  rankChange,
  rankPeers,
  type Framework,
  type IndexFamily,
  type IndexFamilySummary,
  type IndexScoresResponse,
  type ScorecardNode,
  type TrendPoint,
  type UnitIndexResult,
  type UnitScorecardResponse,
  type UnitTrendsResponse,
} from '@cchc/domain';
import { ClickhouseRepository, peerGroupsOfUnitsSql, scoredYearsSql, scoreRowsSql, unitGroupsSql, type ScoreRow, type UnitGroupRow } from '@cchc/clickhouse';
import { AccountabilityRepository, PeerGroupRepository } from '@cchc/store';
import { FrameworkCatalog } from './framework-catalog';

/** Reserved node codes of the load (see the scores ETL kind): the file's own total and rank. */
const FILE_TOTAL = '_total';
const FILE_RANK = '_rank';

export const FAMILY_NAMES: Record<IndexFamily, { nameVi: string; nameEn: string }> = {
  par: { nameVi: 'Chỉ số cải cách hành chính (PAR INDEX)', nameEn: 'Public Administration Reform Index (PAR INDEX)' },
  sipas: { nameVi: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)', nameEn: 'Satisfaction Index of Public Administrative Services (SIPAS)' },
  papi: { nameVi: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)', nameEn: 'Provincial Governance and Public Administration Performance Index (PAPI)' },
  ddci: { nameVi: 'Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI)', nameEn: 'Department and District Competitiveness Index (DDCI)' },
  d766: { nameVi: 'Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766)', nameEn: 'Service index for citizens and businesses (Decision 766)' },
};

interface GroupResult {
  year: number;
  code: string;
  framework: Framework;
  units: Map<string, UnitIndexResult>;
  rows: Map<string, ScoreRow[]>;
}

/**
 * Published scores → totals, ranks, bands, changes and points lost. Totals and ranks are computed on
 * read from the components with the framework of each year, so a corrected framework or score file
 * changes every figure consistently; a peer group is small (tens of units), and only whole peer
 * groups are read.
 */
@Injectable()
export class IndexScoresService {
  constructor(
    private readonly clickhouse: ClickhouseRepository,
    private readonly frameworks: FrameworkCatalog,
    private readonly peerGroups: PeerGroupRepository,
    private readonly accountability: AccountabilityRepository,
  ) {}

  async families(): Promise<IndexFamilySummary[]> {
    const scored = await this.clickhouse.query<{ family: string; years: number[]; peer_groups: string[] }>(scoredYearsSql(this.table));
    const groups = await this.peerGroups.list();
    return INDEX_FAMILIES.map((family) => {
      const loaded = scored.find((row) => row.family === family);
      return {
        family,
        ...FAMILY_NAMES[family],
        frameworks: this.frameworks.ofFamily(family).map((f) => ({
          version: f.version,
          yearFrom: f.yearFrom,
          yearTo: f.yearTo,
          decision: f.decision ?? null,
          confidence: f.confidence,
        })),
        years: [...(loaded?.years ?? [])].map(Number).sort((a, b) => a - b),
        peerGroups: groups
          .filter((g) => g.family === family && (loaded?.peer_groups ?? []).includes(g.code))
          .map((g) => ({ code: g.code, name: g.name, year: g.year })),
      };
    });
  }

  framework(family: IndexFamily, year: number): Framework {
    const framework = this.frameworks.forYear(family, year);
    if (!framework) throw notFound('no_framework', `Không có khung chỉ số ${family} cho năm ${year}`, `No ${family} framework for ${year}`);
    return framework;
  }

  async scores(family: IndexFamily, year: number, peerGroup?: string): Promise<IndexScoresResponse> {
    const groups = await this.groups(family, [year], peerGroup ? [peerGroup] : []);
    if (peerGroup && groups.length === 0) throw notFound('unknown_peer_group', `Không có khối xếp hạng "${peerGroup}" năm ${year}`, `No peer group "${peerGroup}" in ${year}`);
    await this.addChanges(family, year, groups);
    const names = new Map((await this.peerGroups.list(family)).map((g) => [g.code, g.name]));
    return {
      family,
      year,
      peerGroups: groups.map((g) => ({ code: g.code, name: names.get(g.code) ?? g.code })),
      units: groups.flatMap((g) => [...g.units.values()]),
    };
  }

  async scorecard(unit: string, year: number): Promise<UnitScorecardResponse> {
    const places = await this.unitGroups(unit, '', year);
    const families: UnitScorecardResponse['families'] = [];
    for (const family of INDEX_FAMILIES) {
      // a unit ranked in several peer groups of a year is shown in the first, by code
      const place = places.find((p) => p.family === family);
      if (!place) continue;
      const [group] = await this.groups(family, [year], [place.peer_group]);
      const result = group?.units.get(unit);
      if (!group || !result) continue;
      await this.addChanges(family, year, [group]);
      const owners = new Map((await this.accountability.assignmentsOf(unit, family, year)).map((a) => [a.nodeCode, a.leadDepartment]));
      families.push({
        family,
        ...FAMILY_NAMES[family],
        result,
        scale: { min: group.framework.scale.min, max: group.framework.scale.max },
        nodes: scorecardNodes(group.framework, group.rows.get(unit) ?? []).map((node) => ({ ...node, ownerDepartment: owners.get(node.code) ?? null })),
      });
    }
    if (families.length === 0) throw notFound('no_scores', `Đơn vị "${unit}" chưa có điểm chỉ số năm ${year}`, `No index scores for "${unit}" in ${year}`);
    return { unitCode: unit, year, families };
  }

  async trends(unit: string, family: IndexFamily): Promise<UnitTrendsResponse> {
    const places = await this.unitGroups(unit, family, 0);
    const years = [...new Set(places.map((p) => p.year))].sort((a, b) => a - b);
    // every year's peer group in one read; a unit ranked in several groups of a year shows the first
    const groups = places.length === 0 ? [] : await this.groups(family, years, [...new Set(places.map((p) => p.peer_group))]);
    const points: TrendPoint[] = [];
    let previous: { framework: string; peers: string[]; rank: number | null; total: number | null } | null = null;
    for (const year of years) {
      const place = places.find((p) => p.year === year)!;
      const group = groups.find((g) => g.year === year && g.code === place.peer_group);
      const result = group?.units.get(unit);
      if (!group || !result) continue;
      const current = { framework: result.frameworkVersion, peers: [...group.units.keys()], rank: result.rank, total: result.total };
      const change = previous ? rankChange(previous, current) : null;
      const breakReason = change?.rank.reason === 'methodology-changed' || change?.rank.reason === 'peer-group-changed' ? change.rank.reason : null;
      points.push({
        year,
        total: result.total,
        rank: result.rank,
        peerCount: result.peerCount,
        peerGroup: group.code,
        frameworkVersion: result.frameworkVersion,
        methodologyBreak: breakReason !== null,
        breakReason,
      });
      previous = current;
    }
    if (points.length === 0) throw notFound('no_scores', `Đơn vị "${unit}" chưa có điểm ${family}`, `No ${family} scores for "${unit}"`);
    return { unitCode: unit, family, points };
  }

  private get table() {
    return (name: string) => this.clickhouse.table(name);
  }

  private async unitGroups(unit: string, family: string, year: number): Promise<UnitGroupRow[]> {
    const rows = await this.clickhouse.query<UnitGroupRow>(unitGroupsSql(this.table), { unit, family, year });
    return rows.map((row) => ({ ...row, year: Number(row.year) }));
  }

  /** Every unit of the given peer groups (all groups of the year when none given), ranked within its group. */
  private async groups(family: IndexFamily, years: readonly number[], peerGroups: readonly string[]): Promise<GroupResult[]> {
    const { sql, params } = scoreRowsSql(this.table, { family, years, peerGroups });
    const rows = await this.clickhouse.query<ScoreRow>(sql, params);
    const byGroup = groupBy(rows, (row) => `${row.year}\u0000${row.peer_group}`);
    const results: GroupResult[] = [];
    for (const groupRows of byGroup.values()) {
      const { year, peer_group: code, framework_version: version } = groupRows[0]!;
      const framework = this.frameworks.version(family, version);
      if (!framework) continue; // scores of a framework file since removed: nothing to compute them by
      results.push(rankGroup(Number(year), code, framework, groupRows));
    }
    return results;
  }

  /** Rank and score change against the previous year, in the peer group the unit was ranked in then. */
  private async addChanges(family: IndexFamily, year: number, groups: readonly GroupResult[]): Promise<void> {
    const units = groups.flatMap((g) => [...g.units.keys()]);
    const previousGroups = await this.clickhouse.query<{ peer_group: string }>(peerGroupsOfUnitsSql(this.table), { family, year: year - 1, units });
    const previous = previousGroups.length === 0 ? [] : await this.groups(family, [year - 1], previousGroups.map((row) => row.peer_group));
    const previousOf = new Map<string, { group: GroupResult; result: UnitIndexResult }>();
    for (const group of previous) for (const [unit, result] of group.units) if (!previousOf.has(unit)) previousOf.set(unit, { group, result });
    for (const group of groups) {
      for (const [unit, result] of group.units) {
        const before = previousOf.get(unit);
        const change = rankChange(
          before
            ? { framework: before.result.frameworkVersion, peers: [...before.group.units.keys()], rank: before.result.rank, total: before.result.total }
            : null,
          { framework: result.frameworkVersion, peers: [...group.units.keys()], rank: result.rank, total: result.total },
        );
        Object.assign(result, {
          rankChange: change.rank.value,
          rankChangeReason: change.rank.reason,
          scoreChange: change.score.value,
          scoreChangeReason: change.score.reason,
        });
      }
    }
  }
}

function rankGroup(year: number, code: string, framework: Framework, rows: readonly ScoreRow[]): GroupResult {
  const byUnit = groupBy(rows, (row) => row.unit_code);
  const totals = [...byUnit].map(([unit, unitRows]) => ({ unit, unitRows, ...computeTotal(framework, componentScores(framework, unitRows)) }));
  const byCode = new Map(totals.map((t) => [t.unit, t]));
  const units = new Map<string, UnitIndexResult>();
  // best first, as published; unranked units last
  for (const place of rankPeers(totals.map((t) => ({ unitCode: t.unit, total: t.total })), framework.direction)) {
    const t = byCode.get(place.unitCode)!;
    const band = framework.bands ? bandOf(framework.bands, place) : null;
    const fileValue = (code: string) => t.unitRows.find((r) => r.node_code === code)?.value ?? null;
    units.set(t.unit, {
      unitCode: t.unit,
      unitName: t.unitRows.find((r) => r.unit_name !== '')?.unit_name ?? t.unit,
      peerGroup: code,
      frameworkVersion: framework.version,
      total: t.total,
      missing: t.missing,
      rank: place.rank,
      peerCount: place.peerCount,
      rankedCount: place.rankedCount,
      percentile: place.percentile,
      quartileGroup: place.quartileGroup,
      band: band ? { code: band.code, nameVi: band.nameVi, nameEn: band.nameEn } : null,
      fileTotal: fileValue(FILE_TOTAL),
      fileRank: fileValue(FILE_RANK),
      rankChange: null,
      rankChangeReason: null,
      scoreChange: null,
      scoreChangeReason: null,
    });
  }
  return { year, code, framework, units, rows: byUnit };
}

/** The framework nodes' values of a unit; the file's own total and rank are not components. */
function componentScores(framework: Framework, rows: readonly ScoreRow[]): Record<string, number | null> {
  const codes = new Set(flattenNodes(framework).map((e) => e.node.code));
  return Object.fromEntries(rows.filter((r) => codes.has(r.node_code)).map((r) => [r.node_code, r.value]));
}

function scorecardNodes(framework: Framework, rows: readonly ScoreRow[]): Omit<ScorecardNode, 'ownerDepartment'>[] {
  const given = componentScores(framework, rows);
  const reasons = new Map(rows.filter((r) => r.value === null).map((r) => [r.node_code, r.missing_reason]));
  const losses = pointsLost(framework, given);
  const lossOf = new Map(losses.map((loss) => [loss.code, loss]));
  const scored = losses.map(
    (loss): Omit<ScorecardNode, 'ownerDepartment'> => ({ ...loss, missingReason: null }),
  );
  const missing = flattenNodes(framework)
    .filter(({ node }) => !lossOf.has(node.code) && node.direction !== 'lower-better')
    .map(
      (entry): Omit<ScorecardNode, 'ownerDepartment'> => ({
        ...nodePlace(entry),
        achieved: null,
        lost: null,
        lostOfTotal: null,
        missingReason: reasons.get(entry.node.code) ?? 'Chưa có điểm / not scored',
      }),
    );
  return [...scored, ...missing];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function notFound(code: string, message: string, messageEn: string): NotFoundException {
  return new NotFoundException({ code, message, messageEn });
}
