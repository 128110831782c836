import { BadRequestException, Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  AuditEntryView,
  AuthUser,
  CopyForwardResponse,
  DepartmentScorecardResponse,
  DutyView,
  NotificationView,
  OwnershipResponse,
  TaskImportResponse,
  TaskView,
} from '@cchc/domain';
import { AuditRepository } from '@cchc/store';
import { CurrentUser, Roles, ScopedTo } from '../auth/access.decorators';
import { UnitParamDto } from '../indices/indices.dto';
import {
  AssignBodyDto,
  AuditQueryDto,
  CheckDayDto,
  CopyForwardDto,
  CreateTaskDto,
  DepartmentScorecardQueryDto,
  DutyQueryDto,
  DutyRosterDto,
  EditTaskDto,
  LeaveDto,
  LeaveParamDto,
  NotificationQueryDto,
  OwnershipQueryDto,
  TaskImportDto,
  TaskListQueryDto,
  TaskUpdateDto,
} from './accountability.dto';
import { DepartmentScorecardService } from './department-scorecard.service';
import { DutyService } from './duty.service';
import { OwnershipService } from './ownership.service';
import { TaskImportService } from './task-import.service';
import { TasksService } from './tasks.service';

@ApiTags('accountability')
@Controller('units')
export class OwnershipController {
  constructor(
    private readonly ownership: OwnershipService,
    private readonly departments: DepartmentScorecardService,
    private readonly dutyRoster: DutyService,
  ) {}

  @Get(':code/ownership')
  @ScopedTo({ param: 'code' })
  @ApiOperation({ summary: 'The framework tree with each node’s owner, target, achieved score and points lost; unassigned nodes listed' })
  tree(@Param() params: UnitParamDto, @Query() query: OwnershipQueryDto): Promise<OwnershipResponse> {
    return this.ownership.tree(params.code, query.family, query.year);
  }

  @Put(':code/ownership')
  @Roles('admin', 'director')
  @ScopedTo({ param: 'code' })
  @ApiOperation({ summary: 'Assign nodes to a lead department, supporting departments, a responsible person and a target' })
  assign(@CurrentUser() user: AuthUser, @Param() params: UnitParamDto, @Body() body: AssignBodyDto): Promise<OwnershipResponse> {
    return this.ownership.assign(user.username, params.code, body.family, body.year, body.assignments.map((a) => ({ ...a, target: a.target ?? null })));
  }

  @Post(':code/ownership/copy-forward')
  @HttpCode(200)
  @Roles('admin', 'director')
  @ScopedTo({ param: 'code' })
  @ApiOperation({ summary: 'Copy last year’s assignments to the next framework where node codes match' })
  copyForward(@CurrentUser() user: AuthUser, @Param() params: UnitParamDto, @Body() body: CopyForwardDto): Promise<CopyForwardResponse> {
    return this.ownership.copyForward(user.username, params.code, body.family, body.fromYear, body.toYear);
  }

  @Get(':code/duty')
  @ScopedTo({ param: 'code' })
  @ApiOperation({ summary: 'Who is on duty at the one-stop counter this week (substitutes for leave), with the roster' })
  duty(@Param() params: UnitParamDto, @Query() query: DutyQueryDto): Promise<DutyView> {
    return this.dutyRoster.week(params.code, query.from);
  }

  @Put(':code/duty')
  @Roles('admin', 'director')
  @ScopedTo({ param: 'code' })
  @ApiOperation({ summary: 'Replace the duty roster: primary and backup officer per weekday for a date range' })
  roster(@CurrentUser() user: AuthUser, @Param() params: UnitParamDto, @Body() body: DutyRosterDto): Promise<DutyView> {
    return this.dutyRoster.replaceRoster(user.username, params.code, body.roster.map((slot) => ({ ...slot, validTo: slot.validTo ?? null })));
  }

  @Post(':code/duty/leaves')
  @Roles('admin', 'director')
  @ScopedTo({ param: 'code' })
  @ApiOperation({ summary: 'Record a leave, with a substitute or else the backup stepping in' })
  leave(@CurrentUser() user: AuthUser, @Param() params: UnitParamDto, @Body() body: LeaveDto): Promise<DutyView> {
    return this.dutyRoster.addLeave(user.username, params.code, { ...body, substitute: body.substitute ?? null });
  }

  @Delete(':code/duty/leaves/:id')
  @Roles('admin', 'director')
  @ScopedTo({ param: 'code' })
  @ApiOperation({ summary: 'Withdraw a leave (cancelled, or recorded by mistake); the roster applies again on those days' })
  removeLeave(@CurrentUser() user: AuthUser, @Param() params: LeaveParamDto): Promise<DutyView> {
    return this.dutyRoster.removeLeave(user.username, params.code, params.id);
  }

  @Get(':code/departments')
  @ScopedTo({ param: 'code' })
  @ApiOperation({ summary: 'Department scorecard: nodes owned and points lost, tasks done/overdue/stale, dossier timeliness' })
  scorecard(@Param() params: UnitParamDto, @Query() query: DepartmentScorecardQueryDto): Promise<DepartmentScorecardResponse> {
    return this.departments.scorecard(params.code, query.family, query.year, query);
  }
}

@ApiTags('accountability')
@Controller()
export class TasksController {
  constructor(
    private readonly tasks: TasksService,
    private readonly importer: TaskImportService,
    private readonly audit: AuditRepository,
  ) {}

  @Get('tasks')
  @ScopedTo({ query: 'agency' })
  @ApiOperation({ summary: 'Tasks ("5 rõ") of an agency, with overdue and stale flags and their updates' })
  list(@Query() query: TaskListQueryDto): Promise<TaskView[]> {
    return this.tasks.list(query.agency, query.department);
  }

  @Post('tasks')
  @Roles('admin', 'director', 'department_head')
  @ScopedTo({ body: 'agency' })
  @ApiOperation({ summary: 'Create a task; a department head only for their own department' })
  async create(@CurrentUser() user: AuthUser, @Body() body: CreateTaskDto): Promise<TaskView> {
    const [task] = await this.tasks.create(user, [body]);
    return task!;
  }

  @Patch('tasks/:id')
  @Roles('admin', 'director', 'department_head')
  @ApiOperation({ summary: 'Change a task’s "5 rõ" (content, people, dates, deliverable, document); the same who-may rule as creating it' })
  edit(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: EditTaskDto): Promise<TaskView> {
    return this.tasks.edit(user, id, body);
  }

  @Post('tasks/:id/updates')
  @Roles('admin', 'director', 'department_head')
  @ApiOperation({ summary: 'Post a status update with a comment; the task’s last-update day moves with it' })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body() body: TaskUpdateDto): Promise<TaskView> {
    return this.tasks.addUpdate(user, id, body);
  }

  @Post('tasks/import')
  @Roles('admin', 'director')
  @ScopedTo({ query: 'agency' })
  @ApiConsumes('multipart/form-data')
  @UseInterceptors(FileInterceptor('file'))
  @ApiOperation({ summary: 'Import a task plan (STT, Nội dung nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời gian hoàn thành, Sản phẩm)' })
  import(
    @CurrentUser() user: AuthUser,
    @Query() query: TaskListQueryDto,
    @Body() body: TaskImportDto,
    @UploadedFile() file: Express.Multer.File | undefined,
  ): Promise<TaskImportResponse> {
    if (!file) throw new BadRequestException({ code: 'file_missing', message: 'Chưa chọn tệp (trường "file")', messageEn: 'No file in the "file" field' });
    return this.importer.import(user, file.path, query.agency, body.document);
  }

  @Post('tasks/check')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Run the daily overdue/stale check now, or for a given day (to catch up a missed run)' })
  async check(@Body() body: CheckDayDto): Promise<{ added: number }> {
    return { added: await this.tasks.check(body.day) };
  }

  @Get('notifications')
  @ScopedTo({ query: 'agency' })
  @ApiOperation({ summary: 'The overdue and stale notices of an agency for a day (today by default)' })
  notifications(@Query() query: NotificationQueryDto): Promise<NotificationView[]> {
    return this.tasks.notifications(query.agency, query.day);
  }

  @Get('audit')
  @Roles('admin', 'inspector')
  @ApiOperation({ summary: 'Changes to users, assignments, targets and tasks: who, when, before, after' })
  async auditLog(@Query() query: AuditQueryDto): Promise<AuditEntryView[]> {
    const entries = await this.audit.list(query.limit ?? 100, query.entity);
    return entries.map(({ at, actor, entity, entityId, action, before, after }) => ({
      at,
      actor,
      entity,
      entityId,
      action,
      before: before === null ? null : (JSON.parse(before) as unknown),
      after: after === null ? null : (JSON.parse(after) as unknown),
    }));
  }
}
