import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { formatDateTime, formatNumber, type EtlJobSummary, type EtlKind } from '@cchc/domain';
import { BehaviorSubject, map, of, startWith, switchMap, catchError } from 'rxjs';
import { ApiService } from '../../core/api/api.service';
import { dataOf, failureText, LOADING, loadState, toFailure, type Failure, type LoadState } from '../../core/api/load-state';
import { I18nService, translator, type MessageKey } from '../../core/i18n/i18n.service';
import { exportDateTime, ExportComponent, type ExportTable } from '../../shared/export';
import { RowErrorsComponent } from '../../shared/row-errors';
import { saveFile } from '../../shared/save-file/save-file';
import { StateViewComponent } from '../../shared/state-view';
import { anyActive, pollWhile } from './poll';

const KINDS: readonly EtlKind[] = ['dossiers', 'procedures', 'feedback', 'agencies'];

/** Upload a file and follow the loads: status, counts, and the rejected rows of each. */
@Component({
  selector: 'cchc-data-page',
  imports: [ExportComponent, RowErrorsComponent, StateViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './data.page.html',
  styleUrl: './data.page.css',
})
export class DataPage {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);
  protected readonly kinds = KINDS;

  protected readonly file = signal<File | null>(null);
  protected readonly kind = signal<EtlKind | null>(null);
  protected readonly agency = signal('');
  protected readonly uploading = signal(false);
  protected readonly uploadFailure = signal<Failure | null>(null);
  protected readonly downloadFailure = signal<Failure | null>(null);

  /** Each refresh polls every 3 s while a load is queued or running; the table stays up meanwhile. */
  private readonly refresh$ = new BehaviorSubject<void>(undefined);
  private readonly jobsState = toSignal(
    this.refresh$.pipe(
      switchMap((_, i) => {
        const polled = pollWhile(() => this.api.jobs(), anyActive).pipe(
          map((jobs): LoadState<EtlJobSummary[]> => ({ status: 'ok', data: jobs })),
          catchError((error: unknown) => of<LoadState<EtlJobSummary[]>>({ status: 'error', failure: toFailure(error) })),
        );
        return i === 0 ? polled.pipe(startWith(LOADING)) : polled;
      }),
    ),
    { initialValue: LOADING },
  );
  protected readonly jobs = computed(() => dataOf(this.jobsState()));
  protected readonly jobsView = computed(() => {
    const state = this.jobsState();
    if (state.status !== 'ok') return state.status;
    return state.data.length === 0 ? 'empty' : 'ok';
  });
  protected readonly jobsFailure = computed(() => {
    const state = this.jobsState();
    return state.status === 'error' ? state.failure : null;
  });
  protected readonly polling = computed(() => anyActive(this.jobs() ?? []));
  /**
   * The loads as listed, with when each ended and why it failed. The page has no filters to stamp;
   * start and end are date-and-time cells at the Vietnam minute.
   */
  protected readonly jobsExport = computed((): ExportTable => {
    const lang = this.i18n.lang();
    const t = translator(lang);
    return {
      name: t('data.jobs'),
      title: t('data.jobs'),
      filters: [],
      columns: [
        { label: t('data.col.file'), width: 40 },
        { label: t('data.col.kind'), width: 18 },
        { label: t('data.col.status'), width: 14 },
        { label: t('data.col.read') },
        { label: t('data.col.loaded') },
        { label: t('data.col.rejected') },
        { label: t('data.col.started'), width: 18 },
        { label: t('data.col.finished'), width: 18 },
        { label: t('data.col.message'), width: 50 },
      ],
      rows: (this.jobs() ?? []).map((job) => [
        job.fileName,
        this.kindLabel(job.kind),
        this.statusLabel(job.status),
        job.rowsRead,
        job.rowsLoaded,
        job.rowsRejected,
        exportDateTime(new Date(job.startedAt)),
        job.finishedAt ? exportDateTime(new Date(job.finishedAt)) : null,
        job.message,
      ]),
    };
  });

  protected readonly detailId = signal<string | null>(null);
  protected readonly detailState = toSignal(
    toObservable(this.detailId).pipe(switchMap((id) => (id ? loadState(this.api.job(id)) : of(null)))),
    { initialValue: null },
  );

  protected upload(form: HTMLFormElement): void {
    const file = this.file();
    if (!file || this.uploading()) return;
    this.uploading.set(true);
    this.uploadFailure.set(null);
    this.api.upload(file, this.kind(), this.agency().trim() || null).subscribe({
      next: (job) => {
        this.uploading.set(false);
        form.reset();
        this.file.set(null);
        this.refresh$.next();
        this.detailId.set(job.id);
      },
      error: (error: unknown) => {
        this.uploading.set(false);
        this.uploadFailure.set(toFailure(error));
      },
    });
  }

  /** The rejected rows as a CSV file named after the upload. */
  protected downloadErrors(job: Pick<EtlJobSummary, 'id' | 'fileName'>): void {
    this.downloadFailure.set(null);
    this.api.jobErrorsCsv(job.id).subscribe({
      next: (csv) => saveFile(csv, `${job.fileName.replace(/\.[^.]+$/, '')}-dong-loi.csv`),
      error: (error: unknown) => this.downloadFailure.set(toFailure(error)),
    });
  }

  protected pickFile(event: Event): void {
    this.file.set((event.target as HTMLInputElement).files?.[0] ?? null);
  }
  protected pickKind(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.kind.set(KINDS.find((kind) => kind === value) ?? null);
  }
  protected typeAgency(event: Event): void {
    this.agency.set((event.target as HTMLInputElement).value);
  }

  protected failureText(failure: Failure): string {
    return failureText(failure, this.i18n.lang());
  }
  protected kindLabel(kind: EtlKind): string {
    return this.i18n.t(`data.kind.${kind}` satisfies MessageKey);
  }
  protected statusLabel(status: EtlJobSummary['status']): string {
    return this.i18n.t(`status.${status}` satisfies MessageKey);
  }
  protected n(value: number): string {
    return formatNumber(value, this.i18n.lang());
  }
  protected when(iso: string): string {
    return formatDateTime(new Date(iso), this.i18n.lang());
  }
}
