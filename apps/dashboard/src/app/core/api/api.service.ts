import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AgencySummary,
  CchcReportResponse,
  BreakdownDimension,
  CopyForwardResponse,
  DepartmentScorecardResponse,
  DossierBreakdownResponse,
  DossierCohort,
  DossierListResponse,
  DossierStatsResponse,
  DutySlot,
  DutyView,
  EtlJobDetail,
  EtlJobSummary,
  EtlKind,
  Framework,
  IndexFamilySummary,
  IndexScoresResponse,
  Lang,
  Leave,
  LoginResponse,
  NewTask,
  NodeAssignment,
  NotificationView,
  OfficialTable,
  OwnershipResponse,
  ReportCheckResponse,
  ReportFormat,
  TaskEdit,
  TaskImportResponse,
  TaskStatus,
  TaskView,
  UnitScorecardResponse,
  UnitTrendsResponse,
} from '@cchc/domain';

export const LOGIN_URL = '/api/auth/login';

export interface DossierQuery {
  agency: string;
  period: string;
  calendar: boolean;
  department?: string;
}

/** A page of the dossiers behind one figure, under the page's filters narrowed to a procedure if given. */
export interface DossierListRequest extends DossierQuery {
  status: DossierCohort;
  procedure?: string;
  offset: number;
  limit: number;
}

/** The report of an agency for an official period; without `year` the API picks the index year. */
export interface ReportQuery extends Pick<DossierQuery, 'agency' | 'period' | 'calendar'> {
  year?: number;
}

/** An index family and the year of its framework: what ownership is kept per. */
export interface OwnershipKey {
  family: string;
  year: number;
}

/** A status update; the API dates it today. */
export interface TaskUpdate {
  status: TaskStatus;
  comment: string;
}

/** The dashboard's only door to the API: typed, relative URLs (same origin, or nginx in production). */
@Injectable({ providedIn: 'root' })
export class ApiService {
  private readonly http = inject(HttpClient);

  /** The one call without a token (the interceptor leaves it alone): 401 `invalid_credentials`, 429 `too_many_attempts`. */
  login(username: string, password: string): Observable<LoginResponse> {
    return this.http.post<LoginResponse>(LOGIN_URL, { username, password });
  }

  /** For a director or department head only their own agency (the API filters). */
  agencies(): Observable<AgencySummary[]> {
    return this.http.get<AgencySummary[]>('/api/agencies');
  }

  dossierStats(query: DossierQuery): Observable<DossierStatsResponse> {
    return this.http.get<DossierStatsResponse>('/api/dossiers/stats', { params: dossierParams(query) });
  }

  /** The same filters as the stats, split by one dimension (month, department, …). */
  dossierBreakdown(query: DossierQuery, by: BreakdownDimension): Observable<DossierBreakdownResponse> {
    return this.http.get<DossierBreakdownResponse>('/api/dossiers/stats/breakdown', { params: dossierParams(query).set('by', by) });
  }

  /** The dossiers behind a figure of the stats, a page at a time, with the total of all pages. */
  dossierList(query: DossierListRequest): Observable<DossierListResponse> {
    let params = dossierParams(query).set('status', query.status).set('offset', String(query.offset)).set('limit', String(query.limit));
    if (query.procedure) params = params.set('procedure', query.procedure);
    return this.http.get<DossierListResponse>('/api/dossiers/list', { params });
  }

  /** Index families with their frameworks, and the years and peer groups that have scores. */
  indices(): Observable<IndexFamilySummary[]> {
    return this.http.get<IndexFamilySummary[]>('/api/indices');
  }

  /** The framework in force for a family and year: the component tree with its maxima, and the bands. */
  framework(family: string, year: number): Observable<Framework> {
    return this.http.get<Framework>(`/api/indices/${encodeURIComponent(family)}/frameworks/${year}`);
  }

  /** Every unit of the year ranked within its peer group, best first; one group when `peerGroup` is given. */
  indexScores(family: string, year: number, peerGroup?: string): Observable<IndexScoresResponse> {
    let params = new HttpParams().set('year', String(year));
    if (peerGroup) params = params.set('peerGroup', peerGroup);
    return this.http.get<IndexScoresResponse>(`/api/indices/${encodeURIComponent(family)}/scores`, { params });
  }

  /** A unit's results in every family of a year, with the points each component lost. 404 `no_scores` when it has none. */
  scorecard(unit: string, year: number): Observable<UnitScorecardResponse> {
    return this.http.get<UnitScorecardResponse>(`/api/units/${encodeURIComponent(unit)}/scorecard`, {
      params: new HttpParams().set('year', String(year)),
    });
  }

  /** A unit's total and rank year by year in one family, with the methodology breaks. 404 `no_scores` when it has none. */
  trends(unit: string, family: string): Observable<UnitTrendsResponse> {
    return this.http.get<UnitTrendsResponse>(`/api/units/${encodeURIComponent(unit)}/trends`, {
      params: new HttpParams().set('family', family),
    });
  }

  /** The framework tree of a family and year with each node's owner, target and score; `unassigned` lists the rest. */
  ownership(unit: string, { family, year }: OwnershipKey): Observable<OwnershipResponse> {
    return this.http.get<OwnershipResponse>(ownershipUrl(unit), {
      params: new HttpParams().set('family', family).set('year', String(year)),
    });
  }

  /** Directors and admins; answers with the whole tree as it now stands. */
  assign(unit: string, key: OwnershipKey, assignments: readonly NodeAssignment[]): Observable<OwnershipResponse> {
    return this.http.put<OwnershipResponse>(ownershipUrl(unit), { ...key, assignments });
  }

  /** Last year's owners onto this year's framework where the node codes match. */
  copyForward(unit: string, family: string, fromYear: number, toYear: number): Observable<CopyForwardResponse> {
    return this.http.post<CopyForwardResponse>(`${ownershipUrl(unit)}/copy-forward`, { family, fromYear, toYear });
  }

  /** An agency's tasks with their overdue and stale flags and updates; one lead department's when given. */
  tasks(agency: string, department?: string): Observable<TaskView[]> {
    let params = new HttpParams().set('agency', agency);
    if (department) params = params.set('department', department);
    return this.http.get<TaskView[]>('/api/tasks', { params });
  }

  createTask(task: NewTask): Observable<TaskView> {
    return this.http.post<TaskView>('/api/tasks', task);
  }

  /** The task's "5 rõ" changed; answers with the task as it now stands. 403 when the account may not change it. */
  editTask(id: string, edit: TaskEdit): Observable<TaskView> {
    return this.http.patch<TaskView>(`/api/tasks/${encodeURIComponent(id)}`, edit);
  }

  /** Answers with the task as it now stands. 403 when the account may not change it. */
  updateTask(id: string, update: TaskUpdate): Observable<TaskView> {
    return this.http.post<TaskView>(`/api/tasks/${encodeURIComponent(id)}/updates`, update);
  }

  /** A task plan (XLSX or CSV) as multipart `file` and `document`, the assigning document every row gets. */
  importTasks(agency: string, file: File, document: string): Observable<TaskImportResponse> {
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('document', document);
    return this.http.post<TaskImportResponse>('/api/tasks/import', form, { params: new HttpParams().set('agency', agency) });
  }

  /** Today's overdue and stale notices of an agency, as the daily check recorded them. */
  notifications(agency: string): Observable<NotificationView[]> {
    return this.http.get<NotificationView[]>('/api/notifications', { params: new HttpParams().set('agency', agency) });
  }

  /** Per department: nodes led and points lost on them, tasks, and the timeliness of its dossiers in the period. */
  departmentScorecard(
    unit: string,
    key: OwnershipKey,
    period: Pick<DossierQuery, 'period' | 'calendar'>,
  ): Observable<DepartmentScorecardResponse> {
    const params = new HttpParams()
      .set('family', key.family)
      .set('year', String(key.year))
      .set('period', period.period)
      .set('calendar', String(period.calendar));
    return this.http.get<DepartmentScorecardResponse>(`/api/units/${encodeURIComponent(unit)}/departments`, { params });
  }

  /** Who staffs the one-stop counter today and the six days after. */
  duty(unit: string): Observable<DutyView> {
    return this.http.get<DutyView>(dutyUrl(unit));
  }

  /** Directors and admins: the whole roster at once (it is issued as one decision); answers with this week. */
  setDutyRoster(unit: string, roster: readonly DutySlot[]): Observable<DutyView> {
    return this.http.put<DutyView>(dutyUrl(unit), { roster });
  }

  addLeave(unit: string, leave: Leave): Observable<DutyView> {
    return this.http.post<DutyView>(`${dutyUrl(unit)}/leaves`, leave);
  }

  removeLeave(unit: string, id: string): Observable<DutyView> {
    return this.http.delete<DutyView>(`${dutyUrl(unit)}/leaves/${encodeURIComponent(id)}`);
  }

  jobs(): Observable<EtlJobSummary[]> {
    return this.http.get<EtlJobSummary[]>('/api/etl/jobs');
  }

  job(id: string): Observable<EtlJobDetail> {
    return this.http.get<EtlJobDetail>(`/api/etl/jobs/${encodeURIComponent(id)}`);
  }

  /** The rejected rows of a load as CSV. Fetched rather than linked: a plain link would not carry the token. */
  jobErrorsCsv(id: string): Observable<Blob> {
    return this.http.get(`/api/etl/jobs/${encodeURIComponent(id)}/errors.csv`, { responseType: 'blob' });
  }

  /** The CCHC report section as data: prose, the official table, points lost, and its consistency checks. */
  cchcReport(query: ReportQuery, lang: Lang): Observable<CchcReportResponse> {
    return this.http.get<CchcReportResponse>('/api/reports/cchc', { params: reportParams(query, lang) });
  }

  /** The same report as a file; fetched rather than linked for the token, like the rejected rows. */
  cchcReportFile(query: ReportQuery, lang: Lang, format: Exclude<ReportFormat, 'json'>): Observable<Blob> {
    return this.http.get('/api/reports/cchc', { params: reportParams(query, lang).set('format', format), responseType: 'blob' });
  }

  /** The inconsistencies of an official table typed by hand. 400 `nothing_to_check` when no check has all its figures. */
  checkReport(table: OfficialTable): Observable<ReportCheckResponse> {
    return this.http.post<ReportCheckResponse>('/api/reports/check', table);
  }

  /** Multipart fields `file`, `kind`, `agency`; kind and agency are left out when not chosen. */
  upload(file: File, kind: EtlKind | null, agency: string | null): Observable<EtlJobSummary> {
    const form = new FormData();
    form.append('file', file, file.name);
    if (kind) form.append('kind', kind);
    if (agency) form.append('agency', agency);
    return this.http.post<EtlJobSummary>('/api/etl/uploads', form);
  }
}

function dutyUrl(unit: string): string {
  return `/api/units/${encodeURIComponent(unit)}/duty`;
}

function ownershipUrl(unit: string): string {
  return `/api/units/${encodeURIComponent(unit)}/ownership`;
}

function reportParams(query: ReportQuery, lang: Lang): HttpParams {
  const params = new HttpParams()
    .set('agency', query.agency)
    .set('period', query.period)
    .set('calendar', String(query.calendar))
    .set('lang', lang);
  return query.year === undefined ? params : params.set('year', String(query.year));
}

function dossierParams(query: DossierQuery): HttpParams {
  let params = new HttpParams().set('agency', query.agency).set('period', query.period).set('calendar', String(query.calendar));
  if (query.department) params = params.set('department', query.department);
  return params;
}
