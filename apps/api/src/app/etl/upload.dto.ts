import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import type { EtlKind } from '@cchc/domain';

export class UploadDto {
  @ApiPropertyOptional({ enum: ['dossiers', 'procedures', 'feedback', 'agencies'], description: 'Detected from the header row when omitted' })
  @IsOptional()
  @IsIn(['dossiers', 'procedures', 'feedback', 'agencies'])
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
}
