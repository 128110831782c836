import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { EtlJobStatus, EtlKind } from '@cchc/domain';

@Entity({ name: 'etl_jobs' })
export class EtlJobEntity {
  /** Also the ClickHouse load id of the rows this job wrote. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'file_name', type: 'varchar', length: 512 })
  fileName!: string;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  checksum!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: EtlKind;

  @Column({ type: 'varchar', length: 64, nullable: true })
  profile!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  agency!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  status!: EtlJobStatus;

  @Column({ name: 'started_at', type: Date })
  startedAt!: Date;

  @Column({ name: 'finished_at', type: Date, nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'rows_read', type: 'integer', default: 0 })
  rowsRead!: number;

  @Column({ name: 'rows_loaded', type: 'integer', default: 0 })
  rowsLoaded!: number;

  @Column({ name: 'rows_rejected', type: 'integer', default: 0 })
  rowsRejected!: number;

  @Column({ type: 'text', nullable: true })
  message!: string | null;
}
