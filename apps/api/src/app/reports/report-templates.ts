import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@cchc/config';
import { CCHC_TEMPLATE_SPEC, parseTemplateSet, TemplateFileError, type CchcTemplateSpec, type TemplateSet } from '@cchc/domain';

/** The report wording in CCHC_ASSETS_DIR/templates (data/templates by default). */
@Injectable()
export class ReportTemplates implements OnModuleInit {
  cchc!: TemplateSet<CchcTemplateSpec>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Read at start: a broken wording file stops the API with its path and problems, not the first report. */
  onModuleInit(): void {
    const path = join(this.config.assetsDir, 'templates', 'cchc-report.json');
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new TemplateFileError(path, [{ path: '', message: (error as Error).message }]);
    }
    this.cchc = parseTemplateSet(json, path, CCHC_TEMPLATE_SPEC);
  }
}
