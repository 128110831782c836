import type { EtlKind, Framework, IndexFamily } from '@cchc/domain';
import { TABLES, type ClickhouseRepository, type IndexScoreInsert } from '@cchc/clickhouse';
import type { PeerGroupRepository } from '@cchc/store';
import { commitLoad, removeLoad } from '../loads';

export interface ScoresLoad {
  loadId: string;
  version: number;
  family: IndexFamily;
  /** The family's frameworks, or only the one the load names. */
  frameworks: readonly Framework[];
  /** The one of `frameworks` in force in a year. */
  frameworkFor(year: number): Framework | null;
  /** Explicit peer group code; otherwise one per family and year. */
  peerGroup: string | undefined;
}

const BATCH = 10_000;
export const CODE = /^[\p{L}\p{N}._-]{1,64}$/u;

/**
 * Writes index score rows of one load: batches under the load id (invisible until the commit marks
 * the load), peer groups created on first use, and removal of everything on abort.
 */
export class ScoreWriter {
  private readonly groups = new Set<string>();
  private batch: IndexScoreInsert[] = [];
  private written = 0;

  constructor(
    private readonly clickhouse: ClickhouseRepository,
    private readonly peerGroups: PeerGroupRepository,
    readonly load: ScoresLoad,
    private readonly kind: EtlKind,
  ) {}

  /** The row's own peer group, else the load's, else one per family and year; null when the code is unusable. */
  async peerGroupFor(year: number, column: string): Promise<string | null> {
    const code = column || this.load.peerGroup || `${this.load.family}-${year}`;
    if (!CODE.test(code)) return null;
    if (this.groups.has(code)) return code;
    await this.peerGroups.ensure({ code, name: column ? code : `${this.load.family.toUpperCase()} ${year}`, family: this.load.family, year });
    this.groups.add(code);
    return code;
  }

  async write(rows: readonly Omit<IndexScoreInsert, 'family' | 'load_id' | 'version'>[]): Promise<void> {
    const { family, loadId, version } = this.load;
    for (const row of rows) this.batch.push({ ...row, family, load_id: loadId, version });
    if (this.batch.length >= BATCH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const rows = this.batch;
    this.batch = [];
    await this.clickhouse.insert(TABLES.indexScores, rows);
    this.written += rows.length;
  }

  async commit(): Promise<void> {
    await this.flush();
    await commitLoad(this.clickhouse, { loadId: this.load.loadId, kind: this.kind, agency: '', rows: this.written });
  }

  async abort(): Promise<void> {
    this.batch = [];
    await removeLoad(this.clickhouse, this.load.loadId);
  }
}
