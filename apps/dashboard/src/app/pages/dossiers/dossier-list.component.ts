import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { DOSSIER_LIST_MAX_LIMIT, formatNumber, type DossierListItem } from '@cchc/domain';
import { firstValueFrom } from 'rxjs';
import { ApiService, type DossierQuery } from '../../core/api/api.service';
import { dataOf, failureOf, loadLatest, requestAll, sameKey, toFailure, type Failure } from '../../core/api/load-state';
import { I18nService, type Translate } from '../../core/i18n/i18n.service';
import { tableCsv, tableXlsx, type ExportTable } from '../../shared/export';
import { saveFile } from '../../shared/save-file/save-file';
import { StateViewComponent } from '../../shared/state-view';
import {
  channelText,
  dayText,
  dossierListTable,
  LIST_PAGE_SIZE,
  listParams,
  listRequest,
  standingText,
  type ListSelection,
} from './dossier-list';

/**
 * The dossiers behind a late or overdue figure, a page at a time. The file holds the whole list, not
 * the page shown, so it is fetched on demand rather than handed to the table-beside export.
 */
@Component({
  selector: 'cchc-dossier-list',
  imports: [RouterLink, StateViewComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dossier-list.component.html',
  styles: `
    section {
      margin: 1rem 0;
      padding: 0.75rem 1rem;
      background: var(--card);
      border: 1px solid var(--line);
      border-radius: var(--radius);
    }
    header,
    nav {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
    }
    h2 {
      margin: 0;
      font-size: 1.1rem;
    }
    .export {
      display: flex;
      align-items: center;
      gap: 0.4rem;
      font-size: 0.85rem;
      color: var(--muted);
    }
    .procedure small {
      display: block;
      color: var(--muted);
    }
    nav {
      margin-top: 0.5rem;
      font-size: 0.9rem;
    }
    nav a[aria-disabled='true'] {
      color: var(--muted);
      pointer-events: none;
      text-decoration: none;
    }
  `,
})
export class DossierListComponent {
  protected readonly i18n = inject(I18nService);
  private readonly api = inject(ApiService);
  private readonly injector = inject(Injector);
  private readonly t: Translate = (key, values) => this.i18n.t(key, values);

  readonly query = input.required<DossierQuery>();
  readonly selection = input.required<ListSelection>();
  /** The filters as the page's exports write them, with the list's department; the list adds its procedure and name. */
  readonly filters = input.required<ExportTable['filters']>();

  private readonly request = computed(() => listRequest(this.query(), this.selection()), { equal: sameKey });
  private readonly state = loadLatest(this.request, (request) => this.api.dossierList(request));
  protected readonly data = computed(() => dataOf(this.state()));
  protected readonly failure = computed(() => failureOf(this.state()));
  protected readonly view = computed(() => {
    const state = this.state();
    return state.status === 'ok' && state.data.total === 0 ? 'empty' : state.status;
  });

  protected readonly title = computed(() => {
    const { cohort, department, procedure } = this.selection();
    return [this.i18n.t(`dossierList.${cohort}`), department, procedure && `${this.i18n.t('dossiers.procedure')} ${procedure}`]
      .filter(Boolean)
      .join(' — ');
  });
  protected readonly pages = computed(() => {
    const data = this.data();
    if (!data) return null;
    const page = this.selection().page;
    return {
      page,
      last: Math.max(1, Math.ceil(data.total / LIST_PAGE_SIZE)),
      range: this.i18n.t('dossierList.range', {
        from: this.n(Math.min(data.offset + 1, data.total)),
        to: this.n(data.offset + data.items.length),
        total: this.n(data.total),
      }),
    };
  });

  protected readonly exporting = signal(false);
  protected readonly exportFailure = signal<Failure | null>(null);
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  constructor() {
    // Focus moves to the list when it opens or turns a page: it may open far from the figure clicked.
    effect(() => {
      this.selection();
      untracked(() => afterNextRender(() => this.heading().nativeElement.focus(), { injector: this.injector }));
    });
  }

  protected pageParams(page: number) {
    return listParams(this.selection(), page);
  }
  protected readonly closeParams = listParams(null);

  protected n(value: number): string {
    return formatNumber(value, this.i18n.lang());
  }
  protected day(instant: string | null): string {
    return dayText(instant, this.i18n.lang());
  }
  protected channel(item: DossierListItem): string {
    return channelText(item.channel, this.t);
  }
  protected standing(item: DossierListItem): string {
    return standingText(item.standing, this.t);
  }

  /** Every page of the list, at the API's largest page size, into one file. */
  protected async save(format: 'csv' | 'xlsx'): Promise<void> {
    const total = this.data()?.total ?? 0;
    const request = this.request();
    this.exporting.set(true);
    this.exportFailure.set(null);
    try {
      const offsets = Array.from({ length: Math.ceil(total / DOSSIER_LIST_MAX_LIMIT) }, (_, i) => i * DOSSIER_LIST_MAX_LIMIT);
      const pages = await firstValueFrom(
        requestAll(offsets, (offset) => this.api.dossierList({ ...request, offset, limit: DOSSIER_LIST_MAX_LIMIT })),
      );
      const table = dossierListTable(
        pages.flatMap((page) => page.items),
        {
          title: this.title(),
          name: `${this.title()} ${request.agency} ${request.period}`,
          filters: this.filters(),
          procedure: request.procedure,
        },
        this.t,
      );
      saveFile(format === 'csv' ? tableCsv(table) : await tableXlsx(table), `${table.name}.${format}`);
    } catch (error) {
      this.exportFailure.set(toFailure(error));
    } finally {
      this.exporting.set(false);
    }
  }
}
