import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ScopedTo } from '../auth/access.decorators';
import type { ProcedureStatsResponse } from '@cchc/domain';
import { ProcedureStatsService } from '@cchc/analytics';
import { StatsQueryDto } from './stats.query.dto';

@ApiTags('procedures')
@ScopedTo({ query: 'agency' })
@Controller('procedures')
export class ProceduresController {
  constructor(private readonly stats: ProcedureStatsService) {}

  @Get('stats')
  @ApiOperation({ summary: 'Procedure catalogue figures of an agency, judged by the catalogue in force at the end of the period' })
  get(@Query() query: StatsQueryDto): Promise<ProcedureStatsResponse> {
    return this.stats.stats(query);
  }
}
