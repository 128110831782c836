import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Peer groups for rankings, and the successor of a unit that merged away (2025: 63 → 34 provinces). */
export class PeerGroups1700000000002 implements MigrationInterface {
  name = 'PeerGroups1700000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'peer_groups',
        columns: [
          { name: 'code', type: 'varchar', length: '64', isPrimary: true },
          { name: 'name', type: 'varchar', length: '256' },
          { name: 'family', type: 'varchar', length: '16' },
          { name: 'year', type: 'integer' },
        ],
      }),
      true,
    );
    await queryRunner.addColumn('units', new TableColumn({ name: 'successor_code', type: 'varchar', length: '128', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('units', 'successor_code');
    await queryRunner.dropTable('peer_groups', true);
  }
}
