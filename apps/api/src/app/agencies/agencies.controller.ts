import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AgencySummary, AuthUser } from '@cchc/domain';
import { AgenciesService } from '@cchc/analytics';
import { CurrentUser } from '../auth/access.decorators';

@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @ApiOperation({ summary: 'Agencies of the installation with their departments (only their own for a director or department head)' })
  async list(@CurrentUser() user: AuthUser): Promise<AgencySummary[]> {
    const all = await this.agencies.list();
    return user.agencyCode && (user.role === 'director' || user.role === 'department_head') ? all.filter((a) => a.code === user.agencyCode) : all;
  }
}
