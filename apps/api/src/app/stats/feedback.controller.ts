import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ScopedTo } from '../auth/access.decorators';
import type { FeedbackStatsResponse } from '@cchc/domain';
import { FeedbackStatsService } from '@cchc/analytics';
import { FeedbackStatsQueryDto } from './stats.query.dto';

@ApiTags('feedback')
@ScopedTo({ query: 'agency' })
@Controller('feedback')
export class FeedbackController {
  constructor(private readonly stats: FeedbackStatsService) {}

  @Get('stats')
  @ApiOperation({ summary: 'Feedback and petitions (PAKN): received, answered on time or late, open overdue, satisfaction' })
  get(@Query() query: FeedbackStatsQueryDto): Promise<FeedbackStatsResponse> {
    return this.stats.stats(query);
  }
}
