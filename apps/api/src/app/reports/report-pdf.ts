import { existsSync } from 'node:fs';
import { HttpException, HttpStatus, Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { chromium, type Browser } from 'playwright-core';
import { APP_CONFIG, type AppConfig } from '@cchc/config';

// STACK.md G12: without these Chromium keeps calling home, which the closed network only slows down.
// /dev/shm is 64 MB in a default container, too little for Chromium's shared memory.
const CHROMIUM_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];

function pdfUnavailable(status: HttpStatus, vi: string, en: string): HttpException {
  return new HttpException({ code: 'pdf_unavailable', message: vi, messageEn: en }, status);
}

/**
 * Prints the report's HTML page to PDF in headless Chromium, so the PDF is the page a user would
 * print, with the system's fonts. One browser is started on the first PDF (about a second) and
 * shared by later ones, each in its own context; it is closed with the application.
 */
@Injectable()
export class ReportPdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(ReportPdfRenderer.name);
  private browser: Promise<Browser> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async render(html: string): Promise<Buffer> {
    const browser = await this.launch();
    // the page is our own escaped HTML; no script and no network all the same
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ preferCSSPageSize: true, printBackground: true });
    } finally {
      await context.close();
    }
  }

  private launch(): Promise<Browser> {
    const path = this.config.pdfBrowser;
    if (path === null) {
      throw pdfUnavailable(
        HttpStatus.NOT_IMPLEMENTED,
        'Xuất PDF đã bị tắt trên máy chủ này (PDF_BROWSER=off); hãy tải DOCX hoặc HTML rồi in.',
        'PDF export is switched off on this server (PDF_BROWSER=off); download DOCX or HTML and print it.',
      );
    }
    if (!existsSync(path)) {
      throw pdfUnavailable(
        HttpStatus.NOT_IMPLEMENTED,
        `Máy chủ chưa cài Chromium (${path}) để xuất PDF; hãy tải DOCX hoặc HTML rồi in.`,
        `No Chromium at ${path} to print PDFs on this server (set PDF_BROWSER); download DOCX or HTML and print it.`,
      );
    }
    this.browser ??= chromium.launch({ executablePath: path, args: CHROMIUM_FLAGS }).then(
      (browser) => {
        // a crashed or killed browser is started again by the next PDF
        browser.on('disconnected', () => (this.browser = null));
        return browser;
      },
      (error: unknown) => {
        this.browser = null;
        this.logger.error(`Chromium ${path} did not start: ${(error as Error).message}`);
        throw pdfUnavailable(
          HttpStatus.SERVICE_UNAVAILABLE,
          `Không khởi động được Chromium (${path}) để xuất PDF; vui lòng thử lại sau.`,
          `Chromium (${path}) did not start to print the PDF; please try again later.`,
        );
      },
    );
    return this.browser;
  }

  async onModuleDestroy(): Promise<void> {
    const browser = await this.browser?.catch(() => null);
    this.browser = null;
    await browser?.close();
  }
}
