import { BadRequestException, Body, Controller, Get, HttpCode, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { checkOfficialTable, type CchcReport, type CchcReportResponse, type ReportCheckResponse, type ReportFormat } from '@cchc/domain';
import { ScopedTo } from '../auth/access.decorators';
import { contentDisposition } from './content-disposition';
import { HTML_CSP, reportHtml } from './report-html';
import { reportDocx } from './report-docx';
import { ReportPdfRenderer } from './report-pdf';
import { reportXlsx } from './report-xlsx';
import { CchcReportQueryDto, OfficialTableDto } from './reports.dto';
import { ReportsService } from './reports.service';

interface ReportExport {
  type: string;
  disposition: 'inline' | 'attachment';
  render: (report: CchcReport) => Promise<Buffer>;
}

const PDF_TYPE = 'application/pdf';
const EXPORTS: Record<Exclude<ReportFormat, 'json' | 'pdf'>, ReportExport> = {
  html: { type: 'text/html; charset=utf-8', disposition: 'inline', render: async (report) => Buffer.from(reportHtml(report), 'utf8') },
  xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', disposition: 'attachment', render: reportXlsx },
  docx: { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', disposition: 'attachment', render: reportDocx },
};

@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  private readonly exports: Record<Exclude<ReportFormat, 'json'>, ReportExport>;

  constructor(
    private readonly reports: ReportsService,
    pdf: ReportPdfRenderer,
  ) {
    // the PDF is the printable HTML page, printed by Chromium
    this.exports = { ...EXPORTS, pdf: { type: PDF_TYPE, disposition: 'attachment', render: (report) => pdf.render(reportHtml(report)) } };
  }

  @Get('cchc')
  @ScopedTo({ query: 'agency' })
  @ApiProduces('application/json', PDF_TYPE, ...Object.values(EXPORTS).map((e) => e.type))
  @ApiOperation({
    summary:
      'The CCHC report section of an agency for a period: prose, the official table, index standings, tasks and consistency checks (JSON, HTML, PDF, XLSX or DOCX); PDF answers 501 when the server has no Chromium',
  })
  async cchc(
    @Query() query: CchcReportQueryDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CchcReportResponse | StreamableFile> {
    const report = await this.reports.cchc(query);
    const format = query.format ?? 'json';
    if (format === 'json') return report;
    const { type, disposition, render } = this.exports[format];
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
