import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { TASK_STATUSES, type TaskStatus } from '@cchc/domain';
import { FamilyParamDto, UnitParamDto, YearQueryDto } from '../indices/indices.dto';
import { PeriodQueryDto } from '../stats/stats.query.dto';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[\p{L}\p{N}._-]{1,64}$/u;

export class OwnershipQueryDto extends IntersectionType(FamilyParamDto, YearQueryDto) {}

export class TargetDto {
  @ApiProperty({ enum: ['points', 'percent', 'rank'] })
  @IsIn(['points', 'percent', 'rank'])
  kind!: 'points' | 'percent' | 'rank';

  @ApiProperty()
  @IsNumber()
  value!: number;
}

export class AssignmentDto {
  @ApiProperty({ example: 'procedure-reform' })
  @IsString()
  @Length(1, 128)
  nodeCode!: string;

  @ApiProperty({ example: 'Văn phòng Sở' })
  @IsString()
  @Length(1, 256)
  leadDepartment!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  supportingDepartments!: string[];

  @ApiProperty({ example: 'Phó Giám đốc Nguyễn Văn A' })
  @IsString()
  @Length(1, 256)
  responsiblePerson!: string;

  @ApiPropertyOptional({ type: TargetDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TargetDto)
  target?: TargetDto;
}

export class AssignBodyDto extends OwnershipQueryDto {
  @ApiProperty({ type: [AssignmentDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => AssignmentDto)
  assignments!: AssignmentDto[];
}

export class CopyForwardDto extends FamilyParamDto {
  @ApiProperty({ example: 2022 })
  @IsInt()
  @Min(1990)
  @Max(2100)
  fromYear!: number;

  @ApiProperty({ example: 2023 })
  @IsInt()
  @Min(1990)
  @Max(2100)
  toYear!: number;
}

export class DepartmentScorecardQueryDto extends IntersectionType(OwnershipQueryDto, PeriodQueryDto) {}

export class TaskListQueryDto {
  @ApiProperty({ example: 'SVHTTDL' })
  @Matches(CODE)
  agency!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 256)
  department?: string;
}

export class CreateTaskDto {
  @ApiProperty({ example: 'SVHTTDL' })
  @Matches(CODE)
  agency!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 16)
  family?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  year?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 128)
  nodeCode?: string;

  @ApiProperty({ example: 'Rà soát, đề xuất phương án đơn giản hóa TTHC lĩnh vực văn hóa' })
  @IsString()
  @Length(1, 4000)
  content!: string;

  @ApiProperty({ example: 'Phòng Quản lý Văn hóa' })
  @IsString()
  @Length(1, 256)
  leadDepartment!: string;

  @ApiProperty()
  @IsString()
  @Length(0, 256)
  leadPerson!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @IsString({ each: true })
  supportingDepartments!: string[];

  @ApiPropertyOptional({ example: '2023-05-04' })
  @IsOptional()
  @Matches(ISO_DATE)
  startDate?: string;

  @ApiProperty({ example: '2023-06-30' })
  @Matches(ISO_DATE)
  dueDate!: string;

  @ApiProperty()
  @IsString()
  @Length(0, 256)
  accountableHead!: string;

  @ApiProperty()
  @IsString()
  @Length(0, 4000)
  deliverable!: string;

  @ApiProperty({ type: [String] })
  @IsArray()
  @IsString({ each: true })
  evidence!: string[];

  @ApiProperty({ example: 'Kế hoạch 63/KH-SVHTTDL ngày 04/5/2023' })
  @IsString()
  @Length(1, 512)
  assigningDocument!: string;
}

/**
 * The fields of a task that may change, each optional; null is refused (skipNullProperties: false)
 * except for the start date, which null clears.
 */
export class EditTaskDto extends PartialType(
  PickType(CreateTaskDto, [
    'content',
    'leadDepartment',
    'leadPerson',
    'supportingDepartments',
    'dueDate',
    'accountableHead',
    'deliverable',
    'evidence',
    'assigningDocument',
  ] as const),
  { skipNullProperties: false },
) {
  @ApiPropertyOptional({ example: '2023-05-04', nullable: true })
  @IsOptional()
  @Matches(ISO_DATE)
  startDate?: string | null;
}

export class TaskUpdateDto {
  @ApiProperty({ enum: TASK_STATUSES })
  @IsIn(TASK_STATUSES)
  status!: TaskStatus;

  @ApiProperty()
  @IsString()
  @Length(1, 4000)
  comment!: string;

  @ApiPropertyOptional({ example: '2023-06-10' })
  @IsOptional()
  @Matches(ISO_DATE)
  date?: string;
}

export class TaskImportDto {
  @ApiProperty({ example: 'Kế hoạch 63/KH-SVHTTDL ngày 04/5/2023' })
  @IsString()
  @Length(1, 512)
  document!: string;
}

export class AuditQueryDto {
  @ApiPropertyOptional({ enum: ['user', 'assignment', 'task', 'duty'] })
  @IsOptional()
  @IsIn(['user', 'assignment', 'task', 'duty'])
  entity?: string;

  @ApiPropertyOptional({ example: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class CheckDayDto {
  @ApiPropertyOptional({ example: '2023-07-01' })
  @IsOptional()
  @Matches(ISO_DATE)
  day?: string;
}

export class NotificationQueryDto extends TaskListQueryDto {
  @ApiPropertyOptional({ example: '2023-07-01' })
  @IsOptional()
  @Matches(ISO_DATE)
  day?: string;
}

export class DutyQueryDto {
  @ApiPropertyOptional({ example: '2023-06-12', description: 'First day of the week shown (today by default)' })
  @IsOptional()
  @Matches(ISO_DATE)
  from?: string;
}

export class DutySlotDto {
  @ApiProperty({ example: 1, description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday!: number;

  @ApiProperty()
  @IsString()
  @Length(1, 256)
  primary!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 256)
  backup!: string;

  @ApiProperty({ example: '2023-01-01' })
  @Matches(ISO_DATE)
  validFrom!: string;

  @ApiPropertyOptional({ example: '2023-12-31', nullable: true })
  @IsOptional()
  @Matches(ISO_DATE)
  validTo?: string | null;
}

export class DutyRosterDto {
  @ApiProperty({ type: [DutySlotDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => DutySlotDto)
  roster!: DutySlotDto[];
}

export class LeaveParamDto extends UnitParamDto {
  @ApiProperty()
  @IsUUID()
  id!: string;
}

export class LeaveDto {
  @ApiProperty()
  @IsString()
  @Length(1, 256)
  officer!: string;

  @ApiProperty({ example: '2023-06-12' })
  @Matches(ISO_DATE)
  from!: string;

  @ApiProperty({ example: '2023-06-14' })
  @Matches(ISO_DATE)
  to!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 256)
  substitute?: string | null;
}
