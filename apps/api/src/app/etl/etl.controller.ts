import {
  BadRequestException,
  Body,
  Controller,
  Get,
  Header,
  HttpException,
  HttpStatus,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import type { EtlJobDetail, EtlJobSummary } from '@cchc/domain';
import { InboxFullError, InboxService, toJobSummary } from '@cchc/etl';
import { EtlJobRepository } from '@cchc/store';
import { toCsv } from '../../services/http/csv';
import { Roles } from '../auth/access.decorators';
import { UploadDto } from './upload.dto';

const DETAIL_ERRORS = 200;

/** Original names are shown to users only; stored files get generated names (no path tricks). */
function displayName(original: string): string {
  const name = basename(original.replaceAll('\\', '/')).replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 200);
  return name === '' || name.startsWith('.') ? `upload${name}` : name;
}

@ApiTags('etl')
@Roles('admin')
@Controller('etl')
export class EtlController {
  constructor(
    private readonly jobs: EtlJobRepository,
    private readonly inbox: InboxService,
  ) {}

  @Get('jobs')
  @ApiOperation({ summary: 'Recent loads, newest first' })
  async list(): Promise<EtlJobSummary[]> {
    return (await this.jobs.list(200)).map(toJobSummary);
  }

  @Get('jobs/:id')
  @ApiOperation({ summary: 'One load with its first rejected rows' })
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<EtlJobDetail> {
    const job = await this.jobs.findById(id);
    if (!job) throw new NotFoundException({ code: 'unknown_job', message: `Không có lượt nạp ${id}`, messageEn: `Unknown load ${id}` });
    const errors = await this.jobs.listErrors(id, DETAIL_ERRORS + 1);
    return { ...toJobSummary(job), errors: errors.slice(0, DETAIL_ERRORS), errorsTruncated: errors.length > DETAIL_ERRORS };
  }

  @Get('jobs/:id/errors.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiOperation({ summary: 'Rejected rows of a load as CSV (line, column, value, reason in Vietnamese and English)' })
  async errorsCsv(@Param('id', ParseUUIDPipe) id: string): Promise<string> {
    if (!(await this.jobs.findById(id))) throw new NotFoundException({ code: 'unknown_job', message: `Không có lượt nạp ${id}`, messageEn: `Unknown load ${id}` });
    const errors = await this.jobs.listErrors(id);
    return toCsv([
      ['Dòng / Line', 'Cột / Column', 'Giá trị / Value', 'Lý do', 'Reason'],
      ...errors.map((e) => [e.line, e.column, e.value, e.reasonVi, e.reasonEn]),
    ]);
  }

  @Post('uploads')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({
    summary: 'Upload a dossier export, catalogue, feedback or agency file; loads it and returns the job. 507 inbox_full when it would take the inbox over INBOX_MAX_BYTES',
  })
  @UseInterceptors(FileInterceptor('file'))
  async upload(@UploadedFile() file: Express.Multer.File | undefined, @Body() body: UploadDto): Promise<EtlJobSummary> {
    if (!file) throw new BadRequestException({ code: 'file_missing', message: 'Chưa chọn tệp (trường "file")', messageEn: 'No file in the "file" field' });
    try {
      return await this.inbox.process(file.path, { fileName: displayName(file.originalname), kind: body.kind, agency: body.agency, profile: body.profile, asOf: body.asOf, family: body.family, framework: body.framework, peerGroup: body.peerGroup });
    } catch (error) {
      if (!(error instanceof InboxFullError)) throw error;
      // the refused upload must not take the space it was refused for
      await rm(file.path, { force: true });
      throw new HttpException({ code: 'inbox_full', message: error.vi, messageEn: error.en }, HttpStatus.INSUFFICIENT_STORAGE);
    }
  }
}
