import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { formatCell, type CchcReportResponse, type ReportFormat, type ReportTable } from '@cchc/domain';
import { ApiService, type ReportQuery } from '../../core/api/api.service';
import { dataOf, failureOf, loadLatest, LOADING, loadState, sameKey, toFailure, type Failure } from '../../core/api/load-state';
import { I18nService } from '../../core/i18n/i18n.service';
import { AgencyPickerComponent } from '../../shared/agency-picker';
import { DataLinkComponent } from '../../shared/data-link';
import { AGENCY_KEY, describePeriod, periodFromParams, pickAgency } from '../../shared/dossier-filters/dossier-filters';
import { exportDate, ExportComponent, type ExportTable } from '../../shared/export';
import { FilterStampComponent } from '../../shared/filter-stamp';
import { PeriodPickerComponent, type PeriodChoice } from '../../shared/period-picker';
import { saveFile } from '../../shared/save-file/save-file';
import { StateViewComponent } from '../../shared/state-view';
import { ConsistencyComponent } from './consistency.component';
import { CheckFormComponent } from './check-form.component';

type FileFormat = Exclude<ReportFormat, 'json'>;
const FILE_FORMATS: readonly FileFormat[] = ['pdf', 'docx', 'xlsx', 'html'];

/**
 * The CCHC report section of an agency for an official period, as the API writes it from the data:
 * its consistency checks first (a report must not go out with figures that do not add up), the prose,
 * the tables, and the same report as PDF, DOCX, XLSX or HTML. Below it, a check of figures typed by hand.
 */
@Component({
  selector: 'cchc-reports-page',
  imports: [
    AgencyPickerComponent,
    CheckFormComponent,
    ConsistencyComponent,
    DataLinkComponent,
    ExportComponent,
    FilterStampComponent,
    PeriodPickerComponent,
    StateViewComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reports.page.html',
  styleUrl: './reports.page.css',
})
export class ReportsPage {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly formats = FILE_FORMATS;

  private readonly agenciesState = toSignal(loadState(this.api.agencies()), { initialValue: LOADING });
  private readonly familiesState = toSignal(loadState(this.api.indices()), { initialValue: LOADING });
  protected readonly agencies = computed(() => dataOf(this.agenciesState()) ?? undefined);
  protected readonly agency = computed(() => pickAgency(this.params().get('agency'), this.agencies(), localStorage.getItem(AGENCY_KEY)));
  protected readonly period = computed(() => periodFromParams(this.params()), { equal: sameKey });
  protected readonly periodText = computed(() => describePeriod(this.period(), this.i18n));
  /** Years any family has scores for, newest first; none chosen leaves the year to the API. */
  protected readonly years = computed(() =>
    [...new Set((dataOf(this.familiesState()) ?? []).flatMap((family) => family.years))].sort((a, b) => b - a),
  );
  protected readonly year = computed(() => {
    const year = Number(this.params().get('year'));
    return Number.isInteger(year) && year > 0 ? year : undefined;
  });
  protected readonly query = computed(
    (): ReportQuery | null => {
      const agency = this.agency();
      return agency ? { agency, ...this.period(), year: this.year() } : null;
    },
    { equal: sameKey },
  );

  // the sentences are written by the API in the interface language
  private readonly state = loadLatest(
    computed(
      () => {
        const query = this.query();
        return query ? { query, lang: this.i18n.lang() } : null;
      },
      { equal: sameKey },
    ),
    ({ query, lang }) => this.api.cchcReport(query, lang),
  );
  protected readonly report = computed(() => dataOf(this.state()));
  protected readonly failure = computed(() => failureOf(this.state()));
  protected readonly view = computed(() => (!this.query() && this.agencies()?.length === 0 ? 'no-agencies' : this.state().status));
  /** The appendix is shown above the prose, as the check results, not repeated at its end. */
  protected readonly sections = computed(() => this.report()?.sections.filter((section) => section.key !== 'checks') ?? []);

  protected readonly downloading = signal<FileFormat | null>(null);
  protected readonly downloadFailure = signal<Failure | null>(null);

  /** Each table with its cells as text in the interface language, and as an export with the report's filters. */
  protected readonly tables = computed(() => {
    const report = this.report();
    const lang = this.i18n.lang();
    return (report?.tables ?? []).map((table) => ({
      table,
      text: table.rows.map((row) => row.cells.map((cell, i) => formatCell(cell, table.columns[i]!.kind, lang))),
      export: reportTableExport(report!, table),
    }));
  });

  protected download(report: CchcReportResponse, format: FileFormat): void {
    const query = this.query();
    if (!query) return;
    this.downloading.set(format);
    this.downloadFailure.set(null);
    this.api.cchcReportFile(query, this.i18n.lang(), format).subscribe({
      next: (file) => {
        this.downloading.set(null);
        saveFile(file, `${report.fileName}.${format}`);
      },
      error: (error: unknown) => {
        this.downloading.set(null);
        this.downloadFailure.set(toFailure(error));
      },
    });
  }

  protected print(): void {
    window.print();
  }

  protected setAgency(agency: string): void {
    localStorage.setItem(AGENCY_KEY, agency);
    this.update({ agency });
  }
  protected setPeriod(choice: PeriodChoice): void {
    this.update({ period: choice.period, calendar: String(choice.calendar) });
  }
  protected setYear(event: Event): void {
    this.update({ year: (event.target as HTMLSelectElement).value || null });
  }
  private update(change: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: change, queryParamsHandling: 'merge' });
  }
}

/** A report table as the API gave it: counts and rates stay numbers, the filters keep their dates. */
function reportTableExport(report: CchcReportResponse, table: ReportTable): ExportTable {
  return {
    name: `${report.fileName} ${table.key}`,
    title: table.title,
    filters: report.filters.map((filter) => ({
      label: filter.label,
      value: filter.kind === 'date' ? exportDate(String(filter.value)) : filter.kind === 'number' ? filter.value : filter.text,
    })),
    columns: table.columns.map((column) => ({
      label: column.label,
      width: column.kind === 'text' ? 40 : 14,
      numFmt: column.kind === 'percent' || column.kind === 'score' ? '0.00' : undefined,
    })),
    rows: table.rows.map((row) => row.cells),
  };
}
