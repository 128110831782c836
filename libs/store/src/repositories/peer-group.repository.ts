import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { PeerGroupEntity } from '../entities/peer-group.entity';

@Injectable()
export class PeerGroupRepository {
  constructor(@InjectRepository(PeerGroupEntity) private readonly groups: Repository<PeerGroupEntity>) {}

  /** A load names its peer group; the first load creates it, later ones leave its name alone. */
  async ensure(group: PeerGroupEntity): Promise<PeerGroupEntity> {
    const existing = await this.groups.findOneBy({ code: group.code });
    if (existing) return existing;
    await this.groups.insert(group);
    return group;
  }

  async find(code: string): Promise<PeerGroupEntity | null> {
    return this.groups.findOneBy({ code });
  }

  async list(family?: string): Promise<PeerGroupEntity[]> {
    return this.groups.find({ where: family ? { family } : {}, order: { family: 'ASC', year: 'ASC', code: 'ASC' } });
  }
}
