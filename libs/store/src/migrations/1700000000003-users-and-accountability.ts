import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Users, node ownership, "5 rõ" tasks and their updates, notifications, audit log (SQLite and PostgreSQL). */
export class UsersAndAccountability1700000000003 implements MigrationInterface {
  name = 'UsersAndAccountability1700000000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const text = (name: string, isNullable = false) => ({ name, type: 'text', isNullable });
    const varchar = (name: string, length: number, isNullable = false) => ({ name, type: 'varchar', length: String(length), isNullable });
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          { name: 'username', type: 'varchar', length: '64', isPrimary: true },
          varchar('display_name', 256),
          varchar('role', 16),
          varchar('agency_code', 64, true),
          varchar('department', 256, true),
          varchar('password_hash', 512),
        ],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'node_assignments',
        columns: [
          id,
          varchar('agency_code', 64),
          varchar('family', 16),
          { name: 'year', type: 'integer' },
          varchar('node_code', 128),
          varchar('lead_department', 256),
          text('supporting_departments'),
          varchar('responsible_person', 256),
          varchar('target_kind', 16, true),
          { name: 'target_value', type: 'double precision', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'UQ_node_assignments', columnNames: ['agency_code', 'family', 'year', 'node_code'], isUnique: true })],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'tasks',
        columns: [
          id,
          varchar('agency_code', 64),
          varchar('family', 16, true),
          { name: 'year', type: 'integer', isNullable: true },
          varchar('node_code', 128, true),
          text('content'),
          varchar('lead_department', 256),
          varchar('lead_person', 256),
          text('supporting_departments'),
          varchar('start_date', 10, true),
          varchar('due_date', 10),
          varchar('accountable_head', 256),
          text('deliverable'),
          text('evidence'),
          varchar('assigning_document', 512),
          varchar('status', 16),
          varchar('last_update', 10),
        ],
        indices: [new TableIndex({ name: 'IDX_tasks_agency', columnNames: ['agency_code'] })],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'task_updates',
        columns: [id, varchar('task_id', 36), varchar('status', 16), text('comment'), varchar('date', 10), varchar('author', 64)],
        indices: [new TableIndex({ name: 'IDX_task_updates_task', columnNames: ['task_id'] })],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [id, varchar('task_id', 36), varchar('kind', 16), varchar('day', 10), varchar('agency_code', 64), varchar('department', 256)],
        indices: [
          new TableIndex({ name: 'UQ_notifications', columnNames: ['task_id', 'kind', 'day'], isUnique: true }),
          new TableIndex({ name: 'IDX_notifications_agency', columnNames: ['agency_code'] }),
        ],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_log',
        columns: [id, varchar('at', 32), varchar('actor', 64), varchar('entity', 32), varchar('entity_id', 64), varchar('action', 16), text('before', true), text('after', true)],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'notifications', 'task_updates', 'tasks', 'node_assignments', 'users']) await queryRunner.dropTable(table, true);
  }
}
