import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'etl_job_errors' })
export class EtlJobErrorEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ name: 'job_id', type: 'varchar', length: 36 })
  jobId!: string;

  @Column({ type: 'integer' })
  line!: number;

  @Column({ type: 'varchar', length: 128 })
  column!: string;

  @Column({ type: 'text' })
  value!: string;

  @Column({ name: 'reason_vi', type: 'text' })
  reasonVi!: string;

  @Column({ name: 'reason_en', type: 'text' })
  reasonEn!: string;
}
