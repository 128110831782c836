import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ETL_KINDS, INDEX_FAMILIES, type EtlKind, type IndexFamily } from '@cchc/domain';

export class UploadDto {
  @ApiPropertyOptional({ enum: ETL_KINDS, description: 'Detected from the header row when omitted' })
  @IsOptional()
  @IsIn(ETL_KINDS)
  kind?: EtlKind;

  @ApiPropertyOptional({ description: 'Agency code for files without a "Mã cơ quan" column' })
  @IsOptional()
  @IsString()
  @Matches(/^[\p{L}\p{N}._-]{1,64}$/u)
  agency?: string;

  @ApiPropertyOptional({ description: 'Mapping profile name; auto-detected when omitted' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  profile?: string;

  @ApiPropertyOptional({ description: 'yyyy-MM-dd: the date a procedure catalogue applies from, when the file has no "Ngày áp dụng" column' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date yyyy-MM-dd' })
  asOf?: string;

  @ApiPropertyOptional({ enum: INDEX_FAMILIES, description: 'Score files: the index family' })
  @IsOptional()
  @IsIn(INDEX_FAMILIES)
  family?: IndexFamily;

  @ApiPropertyOptional({ description: 'Score files: a framework version (default: the one in force each year)' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  framework?: string;

  @ApiPropertyOptional({ description: 'Score files: the peer group to rank in (created if new; default <family>-<year>)' })
  @IsOptional()
  @Matches(/^[\p{L}\p{N}._-]{1,64}$/u)
  peerGroup?: string;
}
