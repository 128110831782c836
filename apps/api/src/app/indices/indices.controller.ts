import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { D766EstimateResponse, Framework, IndexFamilySummary, IndexScoresResponse } from '@cchc/domain';
import { D766EstimateService, IndexScoresService } from '@cchc/analytics';
import { ScopedTo } from '../auth/access.decorators';
import { StatsQueryDto } from '../stats/stats.query.dto';
import { FamilyParamDto, FrameworkParamsDto, ScoresQueryDto } from './indices.dto';

@ApiTags('indices')
@Controller('indices')
export class IndicesController {
  constructor(
    private readonly indices: IndexScoresService,
    private readonly d766: D766EstimateService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Index families, their framework versions, and the years and peer groups with scores' })
  list(): Promise<IndexFamilySummary[]> {
    return this.indices.families();
  }

  @Get('d766/estimate')
  @ScopedTo({ query: 'agency' })
  @ApiOperation({ summary: 'Internal estimate of the Decision 766 index of an agency for a period (calendar periods by default), from its loaded dossiers, catalogue and feedback' })
  estimate(@Query() query: StatsQueryDto): Promise<D766EstimateResponse> {
    return this.d766.estimate(query);
  }

  @Get(':family/frameworks/:year')
  @ApiOperation({ summary: 'The framework (component tree, maxima, bands) in force for a family and year' })
  framework(@Param() params: FrameworkParamsDto): Framework {
    return this.indices.framework(params.family, params.year);
  }

  @Get(':family/scores')
  @ApiOperation({ summary: 'Totals, ranks ("15/15"), bands and changes of every unit of the year, ranked within its peer group' })
  scores(@Param() params: FamilyParamDto, @Query() query: ScoresQueryDto): Promise<IndexScoresResponse> {
    return this.indices.scores(params.family, query.year, query.peerGroup);
  }
}
