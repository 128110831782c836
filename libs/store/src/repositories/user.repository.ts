import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { UserEntity } from '../entities/user.entity';
import { AuditRepository } from './audit.repository';

@Injectable()
export class UserRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly audit: AuditRepository,
  ) {}

  find(username: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ username });
  }

  list(): Promise<UserEntity[]> {
    return this.users.find({ order: { username: 'ASC' } });
  }

  /** Creates the user unless one of that name exists (start-up seeding must not reset passwords). */
  async createIfMissing(actor: string, user: UserEntity): Promise<boolean> {
    return this.users.manager.transaction(async (manager) => {
      if (await manager.existsBy(UserEntity, { username: user.username })) return false;
      await manager.insert(UserEntity, user);
      await this.audit.record(manager, { actor, entity: 'user', entityId: user.username, action: 'create', before: null, after: withoutHash(user) });
      return true;
    });
  }
}

function withoutHash(user: UserEntity): Omit<UserEntity, 'passwordHash'> {
  const { passwordHash, ...rest } = user;
  return rest;
}
