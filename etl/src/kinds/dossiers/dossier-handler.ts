import type { RowError } from '@cchc/domain';
import { STAGING_PREFIX, TABLES, type ClickhouseRepository } from '@cchc/clickhouse';
import type { HeaderMatch } from '../../profiles/header-match';
import type { SourceRecord } from '../../source/record';
import type { KindHandler, PreparedLoad } from '../kind-handler';
import { dossierRowMapper, type DossierRow } from './dossier-row';

// chdb materialises each insert body in memory, so batches stay small enough to keep memory flat.
const BATCH_ROWS = 20_000;
const MAX_DUPLICATE_ERRORS = 1_000;

/**
 * Dossier rows go to a staging table of their own first; commit copies the survivors of in-file
 * de-duplication (last line wins) into `dossiers` in one INSERT … SELECT and marks the load committed.
 * Until then nothing of the file is visible; abort drops the staging table and any copied rows.
 */
export class DossierHandler implements KindHandler {
  private readonly staging: string;
  private readonly mapRow: ReturnType<typeof dossierRowMapper>;
  private batch: DossierRow[] = [];
  private stagingCreated = false;
  private readonly unknownStatuses = new Map<string, number>();
  private readonly agencies = new Set<string>();

  constructor(
    private readonly clickhouse: ClickhouseRepository,
    match: HeaderMatch,
    defaultAgency: string | null,
    private readonly loadId: string,
    private readonly version: number,
  ) {
    this.staging = `${STAGING_PREFIX}${loadId.replaceAll('-', '')}`;
    this.mapRow = dossierRowMapper(match, defaultAgency);
  }

  async add(record: SourceRecord): Promise<RowError[]> {
    const result = this.mapRow(record);
    if ('errors' in result) return result.errors;
    if (result.unknownStatus) this.unknownStatuses.set(result.unknownStatus, (this.unknownStatuses.get(result.unknownStatus) ?? 0) + 1);
    this.agencies.add(result.row.agency);
    this.batch.push(result.row);
    if (this.batch.length >= BATCH_ROWS) await this.flush();
    return [];
  }

  async prepare(): Promise<PreparedLoad> {
    await this.flush();
    if (!this.stagingCreated) return { rowsLoaded: 0, errors: [], errorCount: 0, warnings: [] };
    const staging = this.clickhouse.table(this.staging);
    const [counts] = await this.clickhouse.query<{ keys: string; duplicates: string }>(
      `SELECT uniqExact(agency, dossier_code) AS keys, count() - uniqExact(agency, dossier_code) AS duplicates FROM ${staging}`,
    );
    const duplicates = await this.clickhouse.query<{ dossier_code: string; line: number; kept: number }>(
      `SELECT dossier_code, line, kept FROM (
         SELECT dossier_code, groupArray(source_line) AS lines, max(source_line) AS kept
         FROM ${staging} GROUP BY agency, dossier_code HAVING count() > 1
       ) ARRAY JOIN lines AS line WHERE line != kept ORDER BY line LIMIT {limit:UInt32}`,
      { limit: MAX_DUPLICATE_ERRORS },
    );
    const errors = duplicates.map((d) => ({
      line: Number(d.line),
      column: 'Mã hồ sơ',
      value: d.dossier_code,
      reasonVi: `Mã hồ sơ trùng trong tệp; giữ dòng ${d.kept}`,
      reasonEn: `Duplicate dossier code in the file; line ${d.kept} kept`,
    }));
    const warnings = [...this.unknownStatuses].map(
      ([status, count]) => `Trạng thái lạ "${status}" (${count} dòng) đã được giữ nguyên / Unknown status "${status}" kept (${count} rows)`,
    );
    return { rowsLoaded: Number(counts?.keys ?? 0), errors, errorCount: Number(counts?.duplicates ?? 0), warnings };
  }

  async commit(): Promise<void> {
    const staging = this.clickhouse.table(this.staging);
    await this.clickhouse.command(
      `INSERT INTO ${this.clickhouse.table(TABLES.dossiers)}
       SELECT * FROM ${staging} ORDER BY agency, dossier_code, source_line DESC LIMIT 1 BY agency, dossier_code`,
    );
    const rows = await this.clickhouse.query<{ n: string }>(`SELECT count() AS n FROM ${staging}`);
    await this.clickhouse.insert(TABLES.loads, [
      {
        load_id: this.loadId,
        kind: 'dossiers',
        agency: [...this.agencies].sort().join(','),
        status: 'committed',
        rows: Number(rows[0]?.n ?? 0),
        updated_at: Date.now(),
      },
    ]);
    await this.dropStaging();
  }

  async abort(): Promise<void> {
    this.batch = [];
    await this.dropStaging();
    await removeLoad(this.clickhouse, this.loadId);
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    if (!this.stagingCreated) {
      await this.clickhouse.command(
        `CREATE TABLE IF NOT EXISTS ${this.clickhouse.table(this.staging)} AS ${this.clickhouse.table(TABLES.dossiers)}
         ENGINE = MergeTree ORDER BY tuple()`,
      );
      this.stagingCreated = true;
    }
    const rows = this.batch.map((row) => ({ ...row, load_id: this.loadId, version: this.version }));
    this.batch = [];
    await this.clickhouse.insert(this.staging, rows);
  }

  private async dropStaging(): Promise<void> {
    await this.clickhouse.command(`DROP TABLE IF EXISTS ${this.clickhouse.table(this.staging)}`);
    this.stagingCreated = false;
  }
}

/** Removes every trace of a load from the dossier facts (an aborted or interrupted commit). */
export async function removeLoad(clickhouse: ClickhouseRepository, loadId: string): Promise<void> {
  await clickhouse.command(`DELETE FROM ${clickhouse.table(TABLES.dossiers)} WHERE load_id = {loadId:UUID}`, { loadId });
}
