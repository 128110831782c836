import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { qualified } from '../tables';
import { MIGRATIONS } from './index';
import { clusterStatements } from './cluster-ddl';

const table = (name: string) => qualified('cchc', name);

describe('cluster DDL: replicated local tables under a Distributed table of the same name', () => {
  it('turns the dossier table into ReplicatedReplacingMergeTree ON CLUSTER plus a Distributed table sharded by agency', () => {
    const dossiers = MIGRATIONS.find((m) => m.id === 1)!.statements({ table })[1]!;
    const [local, distributed] = clusterStatements(dossiers, 'cchc_cluster');
    assert.match(local!, /^CREATE TABLE IF NOT EXISTS `cchc`\.`dossiers_local` ON CLUSTER `cchc_cluster` \(/);
    assert.match(local!, /ENGINE = ReplicatedReplacingMergeTree\('\/clickhouse\/tables\/\{shard\}\/cchc\/dossiers_local', '\{replica\}', version\) ORDER BY/);
    assert.equal(
      distributed,
      "CREATE TABLE IF NOT EXISTS `cchc`.`dossiers` ON CLUSTER `cchc_cluster` AS `cchc`.`dossiers_local` ENGINE = Distributed(`cchc_cluster`, 'cchc', 'dossiers_local', cityHash64(agency))",
    );
  });

  it('distributes every table of every migration, keeping column lists and sort keys', () => {
    for (const migration of MIGRATIONS) {
      for (const statement of migration.statements({ table }).filter((s) => s.startsWith('CREATE'))) {
        const [local, distributed] = clusterStatements(statement, 'c');
        assert.match(local!, /ENGINE = Replicated(Replacing)?MergeTree\(/, statement.slice(0, 60));
        assert.match(local!, /ORDER BY \S/);
        assert.match(distributed!, /ENGINE = Distributed\(`c`, 'cchc', '\w+_local', \S+/);
        const columns = (s: string) => /\(([\s\S]*)\)\s*ENGINE/.exec(s)![1];
        assert.equal(columns(local!), columns(statement), 'same columns');
      }
    }
  });

  it('adds columns to the local tables and to the Distributed table over them', () => {
    const statement = 'ALTER TABLE `cchc`.`dossier_daily` ADD COLUMN IF NOT EXISTS sign Int8 DEFAULT 1, ADD COLUMN IF NOT EXISTS base Bool DEFAULT true';
    assert.deepEqual(clusterStatements(statement, 'c'), [
      'ALTER TABLE `cchc`.`dossier_daily_local` ON CLUSTER `c` ADD COLUMN IF NOT EXISTS sign Int8 DEFAULT 1, ADD COLUMN IF NOT EXISTS base Bool DEFAULT true',
      'ALTER TABLE `cchc`.`dossier_daily` ON CLUSTER `c` ADD COLUMN IF NOT EXISTS sign Int8 DEFAULT 1, ADD COLUMN IF NOT EXISTS base Bool DEFAULT true',
    ]);
  });

  it('refuses what it cannot distribute rather than guessing', () => {
    assert.throws(() => clusterStatements('DROP TABLE x', 'c'), /not a CREATE TABLE/);
    assert.throws(() => clusterStatements('CREATE TABLE IF NOT EXISTS `cchc`.`other` (a UInt8) ENGINE = MergeTree ORDER BY a', 'c'), /no sharding key/);
  });
});
