import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { DOSSIER_COHORTS, DOSSIER_LIST_MAX_LIMIT } from '@cchc/domain';
import type { BreakdownDimension, DossierBreakdownQuery, DossierCohort, DossierListQuery, DossierStatsQuery, FeedbackStatsQuery, StatsQuery } from '@cchc/domain';

export class PeriodQueryDto {
  @ApiProperty({ example: '2023-H1', description: '2023, 2023-Q1…Q4, 2023-H1/H2, 2023-9M, 2023-06' })
  @IsString()
  @Matches(/^\s*\d{4}(-(Q[1-4]|H[12]|9M|\d{2}))?\s*$/i, { message: 'period must look like 2023, 2023-Q1, 2023-H1, 2023-9M or 2023-06' })
  period!: string;

  @ApiPropertyOptional({ description: 'Calendar periods instead of the official Decree 09/2019 windows' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  calendar?: boolean;
}

export class StatsQueryDto extends PeriodQueryDto implements StatsQuery {
  @ApiProperty({ example: 'SVHTTDL' })
  @IsString()
  @Length(1, 64)
  agency!: string;
}

export class FeedbackStatsQueryDto extends StatsQueryDto implements FeedbackStatsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 256)
  department?: string;
}

export class DossierStatsQueryDto extends FeedbackStatsQueryDto implements DossierStatsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 64)
  procedure?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 256)
  field?: string;
}

export class DossierBreakdownQueryDto extends DossierStatsQueryDto implements DossierBreakdownQuery {
  @ApiProperty({ enum: ['month', 'department', 'procedure', 'field'] })
  @IsIn(['month', 'department', 'procedure', 'field'])
  by!: BreakdownDimension;
}

export class DossierListQueryDto extends DossierStatsQueryDto implements DossierListQuery {
  @ApiProperty({ enum: DOSSIER_COHORTS, description: 'The figure of the official table whose dossiers to list' })
  @IsIn(DOSSIER_COHORTS)
  status!: DossierCohort;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;

  @ApiPropertyOptional({ default: 50, maximum: DOSSIER_LIST_MAX_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(DOSSIER_LIST_MAX_LIMIT)
  limit?: number;
}
