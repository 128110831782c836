import { computed, inject, signal, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, type ParamMap } from '@angular/router';
import {
  formatDate,
  parsePeriod,
  periodContaining,
  periodLabelEn,
  periodLabelVi,
  vnDate,
  type AgencySummary,
  type AuthUser,
} from '@cchc/domain';
import type { DossierQuery } from '../../core/api/api.service';
import type { I18nService } from '../../core/i18n/i18n.service';

/** Where the agency last chosen on any page is kept, so the next page opens on it. */
export const AGENCY_KEY = 'cchc.agency';

/** A department head's own department: what their dossier views open on. */
export interface HomeDepartment {
  agency: string;
  department: string;
}

export function homeDepartment(user: AuthUser | null): HomeDepartment | null {
  return user?.role === 'department_head' && user.agencyCode && user.department
    ? { agency: user.agencyCode, department: user.department }
    : null;
}

/** The official half-year we are in: the window directors usually report on. */
export function defaultPeriod(now = new Date()): string {
  return periodContaining('half', vnDate(now)).code;
}

/**
 * Reads the filters from URL query parameters. A missing or malformed period falls back to the
 * current official half-year; a missing agency to the one last chosen here, else the first known;
 * a missing department to the home department in its agency, while an empty one means all.
 * Null while no agency is known yet (the list is still loading, or empty).
 */
export function filtersFromParams(
  params: ParamMap,
  agencies: readonly AgencySummary[] | undefined,
  remembered: string | null,
  home: HomeDepartment | null = null,
): DossierQuery | null {
  const agency = pickAgency(params.get('agency'), agencies, remembered);
  if (!agency) return null;
  const department = params.get('department') ?? (home?.agency === agency ? home.department : undefined);
  return { agency, ...periodFromParams(params), department: department || undefined };
}

/** The period of ?period=&calendar=; a missing or malformed one is the current official half-year. */
export function periodFromParams(params: ParamMap): Pick<DossierQuery, 'period' | 'calendar'> {
  const period = params.get('period');
  return { period: period && isPeriod(period) ? parsePeriod(period).code : defaultPeriod(), calendar: params.get('calendar') === 'true' };
}

/** The agency asked for, else the one last chosen here while it is still known, else the first known; null while none is known. */
export function pickAgency(asked: string | null, agencies: readonly AgencySummary[] | undefined, remembered: string | null): string | null {
  const known = (code: string | null) => (code && (!agencies || agencies.some((a) => a.code === code)) ? code : null);
  return asked || known(remembered) || agencies?.[0]?.code || null;
}

export function sameQuery(a: DossierQuery | null, b: DossierQuery | null): boolean {
  if (a === null || b === null) return a === b;
  return a.agency === b.agency && a.period === b.period && a.calendar === b.calendar && a.department === b.department;
}

function isPeriod(code: string): boolean {
  try {
    parsePeriod(code);
    return true;
  } catch {
    return false;
  }
}

/**
 * Filters live in the URL (?agency=&period=&calendar=&department=) so a view can be bookmarked and
 * shared. Call in an injection context; `update` navigates, and the new URL flows back in. With a
 * home department, "all departments" is written as an empty department, since none means the home one.
 */
export function dossierFilters(agencies: Signal<AgencySummary[] | undefined>, home: Signal<HomeDepartment | null> = signal(null)) {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const params = toSignal(route.queryParamMap, { requireSync: true });
  // Equal filters are the same query: the agency list arriving must not cancel and re-send requests.
  const query = computed(() => filtersFromParams(params(), agencies(), localStorage.getItem(AGENCY_KEY), home()), { equal: sameQuery });

  const update = (change: Partial<DossierQuery>): Promise<boolean> => {
    const next = { ...query(), ...change };
    if (change.agency) localStorage.setItem(AGENCY_KEY, change.agency);
    return router.navigate([], {
      relativeTo: route,
      queryParams: {
        agency: next.agency,
        period: next.period,
        calendar: next.calendar,
        department: next.department || (home()?.agency === next.agency ? '' : null),
      },
    });
  };
  return { query, update };
}

/** The chosen period in words, shown before the API answers: label, exact window, official or calendar. */
export function describePeriod(
  query: Pick<DossierQuery, 'period' | 'calendar'> | null,
  i18n: I18nService,
): { label: string; window: string; kind: string } | null {
  if (!query) return null;
  const period = parsePeriod(query.period, { calendar: query.calendar });
  const lang = i18n.lang();
  return {
    label: lang === 'vi' ? periodLabelVi(period) : periodLabelEn(period),
    window: i18n.t('period.window', { from: formatDate(period.from, lang), to: formatDate(period.to, lang) }),
    kind: i18n.t(period.calendar ? 'period.calendarNote' : 'period.official'),
  };
}
