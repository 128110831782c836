import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { INDEX_FAMILIES, type IndexFamily } from '@cchc/domain';

export class FamilyParamDto {
  @ApiProperty({ enum: INDEX_FAMILIES })
  @IsIn(INDEX_FAMILIES)
  family!: IndexFamily;
}

export class YearQueryDto {
  @ApiProperty({ example: 2022 })
  @Type(() => Number)
  @IsInt()
  @Min(1990)
  @Max(2100)
  year!: number;
}

export class FrameworkParamsDto extends IntersectionType(FamilyParamDto, YearQueryDto) {}

export class ScoresQueryDto extends YearQueryDto {
  @ApiPropertyOptional({ description: 'Peer group code; every group of the year when omitted' })
  @IsOptional()
  @Matches(/^[\p{L}\p{N}._-]{1,64}$/u)
  peerGroup?: string;
}

export class UnitParamDto {
  @ApiProperty({ example: 'SVHTTDL' })
  @Matches(/^[\p{L}\p{N}._-]{1,64}$/u)
  code!: string;
}
