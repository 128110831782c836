import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A dated set of units ranked against each other ("63 tỉnh 2024", "34 tỉnh 2025", "khối sở tỉnh X
 * 2022"). Ranks are only meaningful inside one, so every score row names its peer group.
 */
@Entity({ name: 'peer_groups' })
export class PeerGroupEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 256 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  family!: string;

  @Column({ type: 'integer' })
  year!: number;
}
