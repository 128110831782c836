import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Written with TypeORM's Table API so the same migration runs on SQLite and PostgreSQL. */
export class EtlJobsAndUnits1700000000001 implements MigrationInterface {
  name = 'EtlJobsAndUnits1700000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const timestamp = queryRunner.connection.driver.normalizeType({ type: Date });
    await queryRunner.createTable(
      new Table({
        name: 'etl_jobs',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'file_name', type: 'varchar', length: '512' },
          { name: 'checksum', type: 'varchar', length: '64' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'profile', type: 'varchar', length: '64', isNullable: true },
          { name: 'agency', type: 'varchar', length: '64', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'started_at', type: timestamp },
          { name: 'finished_at', type: timestamp, isNullable: true },
          { name: 'rows_read', type: 'integer', default: 0 },
          { name: 'rows_loaded', type: 'integer', default: 0 },
          { name: 'rows_rejected', type: 'integer', default: 0 },
          { name: 'message', type: 'text', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'IDX_etl_jobs_checksum', columnNames: ['checksum'] }),
          new TableIndex({ name: 'IDX_etl_jobs_status', columnNames: ['status'] }),
        ],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'etl_job_errors',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'job_id', type: 'varchar', length: '36' },
          { name: 'line', type: 'integer' },
          { name: 'column', type: 'varchar', length: '128' },
          { name: 'value', type: 'text' },
          { name: 'reason_vi', type: 'text' },
          { name: 'reason_en', type: 'text' },
        ],
        indices: [new TableIndex({ name: 'IDX_etl_job_errors_job', columnNames: ['job_id'] })],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'units',
        columns: [
          { name: 'code', type: 'varchar', length: '128', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'name', type: 'varchar', length: '256' },
          { name: 'name_en', type: 'varchar', length: '256', isNullable: true },
          { name: 'parent_code', type: 'varchar', length: '128', isNullable: true },
          { name: 'valid_from', type: 'varchar', length: '10', isNullable: true },
          { name: 'valid_to', type: 'varchar', length: '10', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_units_parent', columnNames: ['parent_code'] })],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('units', true);
    await queryRunner.dropTable('etl_job_errors', true);
    await queryRunner.dropTable('etl_jobs', true);
  }
}
