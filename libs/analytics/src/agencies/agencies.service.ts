import { Injectable, NotFoundException } from '@nestjs/common';
import type { AgencySummary } from '@cchc/domain';
import { ClickhouseRepository, loadedAgenciesSql, TABLES } from '@cchc/clickhouse';
import { UnitRepository } from '@cchc/store';

@Injectable()
export class AgenciesService {
  constructor(
    private readonly units: UnitRepository,
    private readonly clickhouse: ClickhouseRepository,
  ) {}

  /**
   * The directory's agencies, plus any agency that only appears in loaded dossiers (named by its
   * code). Those come from the committed-loads list, a few rows per file, never from the facts.
   */
  async list(): Promise<AgencySummary[]> {
    const directory = await this.units.agencies();
    const known = new Set(directory.map((a) => a.code));
    const fromLoads = await this.clickhouse.query<{ agency: string }>(loadedAgenciesSql((name) => this.clickhouse.table(name)), { kind: 'dossiers' });
    const extra = fromLoads
      .filter((row) => !known.has(row.agency))
      .map((row) => ({ code: row.agency, name: row.agency, nameEn: null, departments: [] }));
    return [...directory, ...extra].sort((a, b) => a.code.localeCompare(b.code));
  }

  /** The directory first, else one primary-key lookup in the facts. */
  async exists(code: string): Promise<boolean> {
    if (await this.units.hasAgency(code)) return true;
    const [found] = await this.clickhouse.query<{ found: number }>(
      `SELECT 1 AS found FROM ${this.clickhouse.table(TABLES.dossiers)} WHERE agency = {code:String} LIMIT 1`,
      { code },
    );
    return found !== undefined;
  }

  /** Every stats request checks its agency. */
  async require(code: string): Promise<void> {
    if (await this.exists(code)) return;
    throw new NotFoundException({
      code: 'unknown_agency',
      message: `Không có cơ quan "${code}"`,
      messageEn: `Unknown agency "${code}"`,
    });
  }
}
