import { BadRequestException, Body, Controller, Get, HttpCode, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { checkOfficialTable, type CchcReport, type CchcReportResponse, type ReportCheckResponse, type ReportFormat } from '@cchc/domain';
import { ScopedTo } from '../auth/access.decorators';
import { contentDisposition } from './content-disposition';
import { HTML_CSP, reportHtml } from './report-html';
import { reportDocx } from './report-docx';
import { reportXlsx } from './report-xlsx';
import { CchcReportQueryDto, OfficialTableDto } from './reports.dto';
import { ReportsService } from './reports.service';

const EXPORTS: Record<
  Exclude<ReportFormat, 'json'>,
  { type: string; disposition: 'inline' | 'attachment'; render: (report: CchcReport) => Promise<Buffer> }
> = {
  html: { type: 'text/html; charset=utf-8', disposition: 'inline', render: async (report) => Buffer.from(reportHtml(report), 'utf8') },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', disposition: 'attachment', render: reportXlsx },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', disposition: 'attachment', render: reportDocx },
};

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('cchc')
  @ScopedTo({ query: 'agency' })
  @ApiProduces('application/json', ...Object.values(EXPORTS).map((e) => e.type))
  @ApiOperation({
    summary:
      'The CCHC report section of an agency for a period: prose, the official table, index standings, tasks and consistency checks (JSON, HTML, XLSX or DOCX)',
  })
  async cchc(
    @Query() query: CchcReportQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CchcReportResponse | StreamableFile> {
    const report = await this.reports.cchc(query);
    const format = query.format ?? 'json';
    if (format === 'json') return report;
    const { type, disposition, render } = EXPORTS[format];
    // the API's policy forbids styles; the printable page needs its own stylesheet
    if (format === 'html') response.setHeader('Content-Security-Policy', HTML_CSP);
    return new StreamableFile(await render(report), { type, disposition: contentDisposition(disposition, `${report.fileName}.${format}`) });
  }

  @Post('check')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Check a filled official table (Biểu II.06a): channel, timeliness and deadline sums, the period balance, rates against counts',
  })
  check(@Body() table: OfficialTableDto): ReportCheckResponse {
    const result = checkOfficialTable(table);
    if (result.checked.length === 0) {
      throw new BadRequestException({
        code: 'nothing_to_check',
        message: 'Biểu chưa đủ số liệu cho phép kiểm tra nào',
        messageEn: 'The table lacks the figures of every check',
        details: result.skipped,
      });
    }
    return result;
  }
}
