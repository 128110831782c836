import { computeTotal, rankPeers, totalDisagreement, type Framework } from '@cchc/domain';

/** Reserved node codes under which a file's own total and rank are kept beside the components. */
export const FILE_TOTAL = '_total';
export const FILE_RANK = '_rank';

interface UnitScores {
  framework: Framework;
  peerGroup: string;
  year: number;
  unit: string;
  line: number;
  values: ReadonlyMap<string, number | null>;
  fileTotal: number | undefined;
  fileRank: number | undefined;
}

const MAX_LISTED = 20;

/**
 * Compares what a wide score file states (total, rank) with what its components give. Published
 * tables carry typos and late corrections; a load reports them as warnings and keeps the components,
 * from which the tracker computes its own totals and ranks.
 */
export class ScoreChecks {
  private readonly groups = new Map<string, UnitScores[]>();

  add(unit: UnitScores): void {
    const key = `${unit.peerGroup}\u0000${unit.year}`;
    const group = this.groups.get(key) ?? [];
    // a repeated unit keeps its last line, as the load does
    this.groups.set(key, [...group.filter((u) => u.unit !== unit.unit), unit]);
  }

  report(tolerance = 0.01): string[] {
    const totals: string[] = [];
    const ranks: string[] = [];
    for (const units of this.groups.values()) {
      const computed = units.map((u) => ({ ...u, total: computeTotal(u.framework, Object.fromEntries(u.values)).total }));
      for (const u of computed) {
        const disagreement = totalDisagreement(u.total, u.fileTotal ?? null, tolerance);
        if (disagreement) totals.push(`${u.unit} (dòng/line ${u.line}): ${disagreement.file} ≠ ${disagreement.computed}`);
      }
      if (!computed.some((u) => u.fileRank !== undefined)) continue;
      const byUnit = new Map(computed.map((u) => [u.unit, u]));
      for (const place of rankPeers(computed.map((u) => ({ unitCode: u.unit, total: u.total })), units[0]!.framework.direction)) {
        const u = byUnit.get(place.unitCode)!;
        if (u.fileRank !== undefined && u.fileRank !== place.rank) {
          ranks.push(`${u.unit} (dòng/line ${u.line}): ${u.fileRank} ≠ ${place.rank ?? '—'}`);
        }
      }
    }
    const list = (items: string[]) => items.slice(0, MAX_LISTED).join('; ') + (items.length > MAX_LISTED ? `; … (+${items.length - MAX_LISTED})` : '');
    const warnings: string[] = [];
    if (totals.length > 0) {
      warnings.push(
        `Tổng điểm trong tệp khác tổng các thành phần (sai lệch > ${tolerance}) / File total differs from the sum of its components (beyond ${tolerance}): ${list(totals)}`,
      );
    }
    if (ranks.length > 0) {
      warnings.push(`Xếp hạng trong tệp khác xếp hạng tính được / File rank differs from the computed rank: ${list(ranks)}`);
    }
    return warnings;
  }
}
