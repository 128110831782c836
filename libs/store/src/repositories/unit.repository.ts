import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AgencySummary, UnitSummary } from '@cchc/domain';
import { UnitEntity } from '../entities/unit.entity';

@Injectable()
export class UnitRepository {
  constructor(@InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>) {}

  /** Insert or replace by code, in one transaction so a directory file lands whole or not at all. */
  async upsertAll(units: UnitEntity[]): Promise<void> {
    await this.units.manager.transaction(async (manager) => {
      for (let i = 0; i < units.length; i += 200) {
        await manager.upsert(UnitEntity, units.slice(i, i + 200), ['code']);
      }
    });
  }

  async agencies(): Promise<AgencySummary[]> {
    const rows = await this.units.find({ where: [{ kind: 'agency' }, { kind: 'department' }], order: { code: 'ASC' } });
    const departments = new Map<string, string[]>();
    for (const row of rows) {
      if (row.kind !== 'department' || row.parentCode === null) continue;
      departments.set(row.parentCode, [...(departments.get(row.parentCode) ?? []), row.name]);
    }
    return rows
      .filter((row) => row.kind === 'agency')
      .map((row) => ({ code: row.code, name: row.name, nameEn: row.nameEn, departments: departments.get(row.code) ?? [] }));
  }

  /** Every unit, provinces and agencies before their departments, by code. */
  async all(): Promise<UnitSummary[]> {
    const rows = await this.units.find({ order: { code: 'ASC' } });
    const order = { province: 0, agency: 1, department: 2 };
    return rows
      .sort((a, b) => order[a.kind] - order[b.kind])
      .map(({ code, kind, name, nameEn, parentCode, validFrom, validTo, successorCode }) => ({
        code,
        kind,
        name,
        nameEn,
        parentCode,
        validFrom,
        validTo,
        successorCode: successorCode ?? null,
      }));
  }

  async hasAgency(code: string): Promise<boolean> {
    return this.units.existsBy({ code, kind: 'agency' });
  }

  async ping(): Promise<void> {
    await this.units.query('SELECT 1');
  }
}
