import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ScopedTo } from '../auth/access.decorators';
import type { DossierBreakdownResponse, DossierListResponse, DossierStatsResponse } from '@cchc/domain';
import { DossierListService, DossierStatsService } from '@cchc/analytics';
import { DossierBreakdownQueryDto, DossierListQueryDto, DossierStatsQueryDto } from './stats.query.dto';

@ApiTags('dossiers')
@ScopedTo({ query: 'agency' })
@Controller('dossiers')
export class DossiersController {
  constructor(
    private readonly stats: DossierStatsService,
    private readonly lists: DossierListService,
  ) {}

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

  @Get('list')
  @ApiOperation({ summary: 'The dossiers behind a figure (received, resolved, late, pending, overdue), a page at a time, with the total' })
  list(@Query() query: DossierListQueryDto): Promise<DossierListResponse> {
    return this.lists.list(query);
  }
}
