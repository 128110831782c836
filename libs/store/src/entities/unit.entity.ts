import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type UnitKind = 'province' | 'agency' | 'department';

/** Provinces, agencies and departments; dated because units merge and rename (2025 merger). */
@Entity({ name: 'units' })
export class UnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  code!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: UnitKind;

  @Column({ type: 'varchar', length: 256 })
  name!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 256, nullable: true })
  nameEn!: string | null;

  @Index()
  @Column({ name: 'parent_code', type: 'varchar', length: 128, nullable: true })
  parentCode!: string | null;

  @Column({ name: 'valid_from', type: 'varchar', length: 10, nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_to', type: 'varchar', length: 10, nullable: true })
  validTo!: string | null;

  /** The unit that carries on after a merger (Bắc Giang → Bắc Ninh from 01/07/2025). */
  @Column({ name: 'successor_code', type: 'varchar', length: 128, nullable: true })
  successorCode?: string | null;
}
