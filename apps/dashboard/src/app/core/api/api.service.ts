import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AgencySummary,
  BreakdownDimension,
  DossierBreakdownResponse,
  DossierStatsResponse,
  EtlJobDetail,
  EtlJobSummary,
  EtlKind,
  Framework,
  IndexFamilySummary,
  IndexScoresResponse,
  LoginResponse,
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

  /** Multipart fields `file`, `kind`, `agency`; kind and agency are left out when not chosen. */
  upload(file: File, kind: EtlKind | null, agency: string | null): Observable<EtlJobSummary> {
    const form = new FormData();
    form.append('file', file, file.name);
    if (kind) form.append('kind', kind);
    if (agency) form.append('agency', agency);
    return this.http.post<EtlJobSummary>('/api/etl/uploads', form);
  }
}

function dossierParams(query: DossierQuery): HttpParams {
  let params = new HttpParams().set('agency', query.agency).set('period', query.period).set('calendar', String(query.calendar));
  if (query.department) params = params.set('department', query.department);
  return params;
}
