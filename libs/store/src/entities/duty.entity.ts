import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity({ name: 'duty_slots' })
export class DutySlotEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ name: 'agency_code', type: 'varchar', length: 64 })
  agencyCode!: string;

  @Column({ type: 'integer' })
  weekday!: number;

  @Column({ name: 'primary_officer', type: 'varchar', length: 256 })
  primary!: string;

  @Column({ name: 'backup_officer', type: 'varchar', length: 256 })
  backup!: string;

  @Column({ name: 'valid_from', type: 'varchar', length: 10 })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'varchar', length: 10, nullable: true })
  validTo!: string | null;
}

@Entity({ name: 'duty_leaves' })
export class DutyLeaveEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Index()
  @Column({ name: 'agency_code', type: 'varchar', length: 64 })
  agencyCode!: string;

  @Column({ type: 'varchar', length: 256 })
  officer!: string;

  @Column({ name: 'from_date', type: 'varchar', length: 10 })
  from!: string;

  @Column({ name: 'to_date', type: 'varchar', length: 10 })
  to!: string;

  @Column({ type: 'varchar', length: 256, nullable: true })
  substitute!: string | null;
}
