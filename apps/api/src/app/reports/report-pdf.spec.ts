import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiError, CchcReportResponse, EtlJobSummary } from '@cchc/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const REPORT = '/api/reports/cchc?agency=SVHTTDL&period=2023-H1';

for (const { browser, status, vi, en } of [
  {
    browser: '/nonexistent/chromium',
    status: 501,
    vi: 'Máy chủ chưa cài Chromium (/nonexistent/chromium) để xuất PDF; hãy tải DOCX hoặc HTML rồi in.',
    en: 'No Chromium at /nonexistent/chromium to print PDFs on this server (set PDF_BROWSER); download DOCX or HTML and print it.',
  },
  {
    browser: 'off',
    status: 501,
    vi: 'Xuất PDF đã bị tắt trên máy chủ này (PDF_BROWSER=off); hãy tải DOCX hoặc HTML rồi in.',
    en: 'PDF export is switched off on this server (PDF_BROWSER=off); download DOCX or HTML and print it.',
  },
  // a program that exits at once: Chromium that cannot start (missing libraries, no memory)
  {
    browser: '/bin/false',
    status: 503,
    vi: 'Không khởi động được Chromium (/bin/false) để xuất PDF; vui lòng thử lại sau.',
    en: 'Chromium (/bin/false) did not start to print the PDF; please try again later.',
  },
]) {
  describe(`PDF report with PDF_BROWSER=${browser}`, () => {
    let t: TestApp;

    before(async () => {
      t = await startTestApp({ PDF_BROWSER: browser });
      const directory = join(t.installation.config.dataDir, 'agencies.csv');
      writeFileSync(directory, 'Mã cơ quan,Tên cơ quan,Phòng\nSVHTTDL,"Sở Văn hóa, Thể thao và Du lịch",Văn phòng Sở\n');
      assert.equal((await t.upload<EtlJobSummary>(directory)).body.status, 'done');
    });
    after(() => t.close());

    it(`answers ${status} pdf_unavailable in Vietnamese and English, and the API keeps serving`, async () => {
      for (let attempt = 0; attempt < 2; attempt++) {
        const { status: answered, body } = await t.get<ApiError>(`${REPORT}&format=pdf`);
        assert.deepEqual({ answered, body }, { answered: status, body: { statusCode: status, code: 'pdf_unavailable', message: vi, messageEn: en } });
      }
      assert.equal((await t.get<CchcReportResponse>(REPORT)).status, 200);
    });
  });
}
