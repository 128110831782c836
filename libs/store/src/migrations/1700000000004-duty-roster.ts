import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The one-stop counter's duty roster and the leaves that call in substitutes. */
export class DutyRoster1700000000004 implements MigrationInterface {
  name = 'DutyRoster1700000000004';

  async up(queryRunner: QueryRunner): Promise<void> {
    const varchar = (name: string, length: number, isNullable = false) => ({ name, type: 'varchar', length: String(length), isNullable });
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    await queryRunner.createTable(
      new Table({
        name: 'duty_slots',
        columns: [id, varchar('agency_code', 64), { name: 'weekday', type: 'integer' }, varchar('primary_officer', 256), varchar('backup_officer', 256), varchar('valid_from', 10), varchar('valid_to', 10, true)],
        indices: [new TableIndex({ name: 'IDX_duty_slots_agency', columnNames: ['agency_code'] })],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'duty_leaves',
        columns: [id, varchar('agency_code', 64), varchar('officer', 256), varchar('from_date', 10), varchar('to_date', 10), varchar('substitute', 256, true)],
        indices: [new TableIndex({ name: 'IDX_duty_leaves_agency', columnNames: ['agency_code'] })],
      }),
      true,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('duty_leaves', true);
    await queryRunner.dropTable('duty_slots', true);
  }
}
