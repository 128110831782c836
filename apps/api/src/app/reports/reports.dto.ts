import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { REPORT_FORMATS, type CchcReportQuery, type Lang, type OfficialTable, type ReportFormat } from '@cchc/domain';
import { StatsQueryDto } from '../stats/stats.query.dto';

export class CchcReportQueryDto extends StatsQueryDto implements CchcReportQuery {
  @ApiPropertyOptional({
    example: 2022,
    description: "Index year; default the period's year − 1 when the agency has scores then, else its latest year with scores",
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1990)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(REPORT_FORMATS)
  format?: ReportFormat;

  @ApiPropertyOptional({ enum: ['vi', 'en'], default: 'vi' })
  @IsOptional()
  @IsIn(['vi', 'en'])
  lang?: Lang;
}

const Count = () => applyDecorators(IsOptional(), IsInt(), Min(0), Max(1_000_000_000));
const Rate = () => applyDecorators(IsOptional(), IsNumber({ allowNaN: false, allowInfinity: false }), Min(0), Max(100));

/** A filled official table (Biểu II.06a) as typed by hand; every figure optional, a check runs when its figures are there. */
export class OfficialTableDto implements OfficialTable {
  @ApiPropertyOptional({ example: 139 }) @Count() received?: number;
  @ApiPropertyOptional({ example: 55 }) @Count() receivedOnline?: number;
  @ApiPropertyOptional({ example: 70, description: 'Direct, or the combined direct-or-postal column when receivedPostal is left out' })
  @Count()
  receivedDirect?: number;
  @ApiPropertyOptional() @Count() receivedPostal?: number;
  @ApiPropertyOptional({ example: 11 }) @Count() carriedOver?: number;
  @ApiPropertyOptional() @Count() resolved?: number;
  @ApiPropertyOptional() @Count() resolvedEarly?: number;
  @ApiPropertyOptional() @Count() resolvedOnTime?: number;
  @ApiPropertyOptional() @Count() resolvedLate?: number;
  @ApiPropertyOptional() @Count() pending?: number;
  @ApiPropertyOptional() @Count() pendingWithinDeadline?: number;
  @ApiPropertyOptional() @Count() pendingOverdue?: number;
  @ApiPropertyOptional({ description: 'Returned to the applicant or withdrawn in the period' }) @Count() returnedOrWithdrawn?: number;
  @ApiPropertyOptional({ example: 82.48, description: 'Percent, as printed' }) @Rate() onlineRate?: number;
  @ApiPropertyOptional({ example: 17.52 }) @Rate() directPostalRate?: number;
  @ApiPropertyOptional({ description: '(early + on time) ÷ resolved' }) @Rate() onTimeRate?: number;
  @ApiPropertyOptional() @Rate() lateRate?: number;
}
