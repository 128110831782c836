// What a printed overview says it shows: the overview's filters come from the URL and the latest
// scored year, so on paper they would otherwise be lost.
import { formatDateTime, type Lang } from '@cchc/domain';
import { translator } from '../../core/i18n/i18n.service';
import type { StampItem } from '../../shared/filter-stamp';

export interface OverviewFilters {
  agency: string;
  period: { label: string; window: string; kind: string } | null;
  /** The year of the index cards; null while the agency has no scores. */
  indexYear: number | null;
  printedAt: Date;
}

export function overviewStamp({ agency, period, indexYear, printedAt }: OverviewFilters, lang: Lang): StampItem[] {
  const t = translator(lang);
  return [
    { label: t('common.agency'), text: agency },
    ...(period ? [{ label: t('period.legend'), text: `${period.label} — ${period.window}, ${period.kind}` }] : []),
    ...(indexYear === null ? [] : [{ label: t('scorecard.year'), text: String(indexYear) }]),
    { label: t('overview.printedAt'), text: formatDateTime(printedAt, lang) },
  ];
}
