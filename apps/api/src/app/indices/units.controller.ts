import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UnitScorecardResponse, UnitSummary, UnitTrendsResponse } from '@cchc/domain';
import { UnitRepository } from '@cchc/store';
import { ScopedTo } from '../auth/access.decorators';
import { IndexScoresService } from '@cchc/analytics';
import { FamilyParamDto, UnitParamDto, YearQueryDto } from './indices.dto';

@ApiTags('units')
@Controller('units')
export class UnitsController {
  constructor(
    private readonly indices: IndexScoresService,
    private readonly units: UnitRepository,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Provinces, agencies and departments with their validity dates and successors (2025 merger)' })
  list(): Promise<UnitSummary[]> {
    return this.units.all();
  }

  @Get(':code/scorecard')
  @ScopedTo({ unitParam: 'code' })
  @ApiOperation({ summary: "Every index of a unit in a year: total, rank, and each component's points achieved, max and lost" })
  scorecard(@Param() params: UnitParamDto, @Query() query: YearQueryDto): Promise<UnitScorecardResponse> {
    return this.indices.scorecard(params.code, query.year);
  }

  @Get(':code/trends')
  @ScopedTo({ unitParam: 'code' })
  @ApiOperation({ summary: 'Score and rank by year for one family, with methodology-break markers' })
  trends(@Param() params: UnitParamDto, @Query() query: FamilyParamDto): Promise<UnitTrendsResponse> {
    return this.indices.trends(params.code, query.family);
  }
}
