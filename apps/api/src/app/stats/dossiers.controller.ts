import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ScopedTo } from '../auth/access.decorators';
import type { DossierBreakdownResponse, DossierStatsResponse } from '@cchc/domain';
import { DossierStatsService } from '@cchc/analytics';
import { DossierBreakdownQueryDto, DossierStatsQueryDto } from './stats.query.dto';

@ApiTags('dossiers')
@ScopedTo({ query: 'agency' })
@Controller('dossiers')
export class DossiersController {
  constructor(private readonly stats: DossierStatsService) {}

  @Get('stats')
  @ApiOperation({ summary: 'Official one-stop-shop figures of an agency for a reporting period' })
  get(@Query() query: DossierStatsQueryDto): Promise<DossierStatsResponse> {
    return this.stats.stats(query);
  }

  @Get('stats/breakdown')
  @ApiOperation({ summary: 'The same figures by month, department, procedure or field' })
  breakdown(@Query() query: DossierBreakdownQueryDto): Promise<DossierBreakdownResponse> {
    return this.stats.breakdown(query);
  }
}
