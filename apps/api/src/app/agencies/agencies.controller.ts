import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AgencySummary } from '@cchc/domain';
import { AgenciesService } from '@cchc/analytics';

@ApiTags('agencies')
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @ApiOperation({ summary: 'Agencies of the installation with their departments' })
  list(): Promise<AgencySummary[]> {
    return this.agencies.list();
  }
}
