import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@cchc/domain';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 256 })
  displayName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  /** The agency a director or department head belongs to; null for admins and inspectors. */
  @Column({ name: 'agency_code', type: 'varchar', length: 64, nullable: true })
  agencyCode!: string | null;

  @Column({ type: 'varchar', length: 256, nullable: true })
  department!: string | null;

  /** scrypt$N$r$p$salt$hash, base64 parts: the parameters travel with the hash so they can be raised. */
  @Column({ name: 'password_hash', type: 'varchar', length: 512 })
  passwordHash!: string;
}
