import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { ConfigModule, testInstallation, type TestInstallation } from '@cchc/config';
import { EtlJobRepository, MAX_STORED_ERRORS } from './repositories/etl-job.repository';
import { PeerGroupRepository } from './repositories/peer-group.repository';
import { UnitRepository } from './repositories/unit.repository';
import { StoreModule } from './store.module';
import { createTestPostgres, type TestPostgres } from './testing';

async function openStore(installation: TestInstallation): Promise<INestApplicationContext> {
  @Module({ imports: [ConfigModule.forRoot(installation.config), StoreModule] })
  class TestModule {}
  return NestFactory.createApplicationContext(TestModule, { logger: false });
}

function storeScenarios(name: string, setup: () => Promise<{ installation: TestInstallation; cleanup?: () => Promise<void> } | null>) {
  describe(`relational store on ${name}`, () => {
    let app: INestApplicationContext | undefined;
    let installation: TestInstallation | undefined;
    let cleanup: (() => Promise<void>) | undefined;
    let skipReason: string | undefined;

    before(async () => {
      const ready = await setup();
      if (!ready) {
        skipReason = `${name} unavailable`;
        return;
      }
      ({ installation, cleanup } = ready);
      app = await openStore(installation);
    });
    after(async () => {
      await app?.close();
      await cleanup?.();
      installation?.dispose();
    });

    it('records a job, finds it by checksum once done, and caps stored row errors', async (t) => {
      if (!app) return t.skip(skipReason);
      const jobs = app.get(EtlJobRepository);
      await jobs.create({
        id: '00000000-0000-4000-8000-000000000001',
        fileName: 'a.csv',
        checksum: 'abc',
        kind: 'dossiers',
        profile: 'canonical',
        agency: null,
        status: 'running',
        startedAt: new Date('2023-06-14T10:00:00Z'),
        finishedAt: null,
        rowsRead: 0,
        rowsLoaded: 0,
        rowsRejected: 0,
        message: null,
      });
      assert.equal(await jobs.findLoaded('abc', 'dossiers', null), null);
      await jobs.update('00000000-0000-4000-8000-000000000001', { status: 'done', rowsLoaded: 5, finishedAt: new Date() });
      assert.equal((await jobs.findLoaded('abc', 'dossiers', null))?.rowsLoaded, 5);

      const error = { line: 2, column: 'Ngày tiếp nhận', value: '31/02/2023', reasonVi: 'Ngày không hợp lệ', reasonEn: 'Invalid date' };
      const kept = await jobs.addErrors('00000000-0000-4000-8000-000000000001', Array(MAX_STORED_ERRORS + 5).fill(error), 0);
      assert.equal(kept, MAX_STORED_ERRORS);
      assert.equal(await jobs.addErrors('00000000-0000-4000-8000-000000000001', [error], kept), 0);
      assert.equal(await jobs.countErrors('00000000-0000-4000-8000-000000000001'), MAX_STORED_ERRORS);
      assert.deepEqual((await jobs.listErrors('00000000-0000-4000-8000-000000000001', 1))[0], error);
    });

    it('upserts units and groups departments under their agency', async (t) => {
      if (!app) return t.skip(skipReason);
      const units = app.get(UnitRepository);
      const base = { nameEn: null, validFrom: null, validTo: null };
      await units.upsertAll([
        { code: 'SVHTTDL', kind: 'agency', name: 'Sở VHTTDL', parentCode: null, ...base },
        { code: 'SVHTTDL/VP', kind: 'department', name: 'Văn phòng Sở', parentCode: 'SVHTTDL', ...base },
      ]);
      await units.upsertAll([{ code: 'SVHTTDL', kind: 'agency', name: 'Sở Văn hóa, Thể thao và Du lịch', parentCode: null, ...base }]);
      assert.deepEqual(await units.agencies(), [
        { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', nameEn: null, departments: ['Văn phòng Sở'] },
      ]);
    });

    it('creates a peer group on first use and keeps its name on later loads', async (t) => {
      if (!app) return t.skip(skipReason);
      const groups = app.get(PeerGroupRepository);
      const first = await groups.ensure({ code: 'par-2022-tinh-mau', name: 'Khối sở Tỉnh Mẫu 2022', family: 'par', year: 2022 });
      const again = await groups.ensure({ code: 'par-2022-tinh-mau', name: 'another name', family: 'par', year: 2022 });
      assert.deepEqual({ ...again }, { ...first });
      await groups.ensure({ code: 'papi-2024-63', name: '63 tỉnh 2024', family: 'papi', year: 2024 });
      assert.deepEqual((await groups.list('par')).map((g) => g.code), ['par-2022-tinh-mau']);
      assert.equal((await groups.find('papi-2024-63'))?.name, '63 tỉnh 2024');
      assert.equal(await groups.find('nope'), null);
    });
  });
}

storeScenarios('SQLite', async () => ({ installation: testInstallation() }));

let postgres: TestPostgres | undefined;
storeScenarios('PostgreSQL', async () => {
  const created = await createTestPostgres();
  if ('unavailable' in created) {
    console.log(`# ${created.unavailable}`);
    return null;
  }
  postgres = created;
  return { installation: testInstallation({ DATABASE_URL: created.url }), cleanup: () => postgres!.drop() };
});
