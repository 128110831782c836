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
} from '@cchc/domain';

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

  jobs(): Observable<EtlJobSummary[]> {
    return this.http.get<EtlJobSummary[]>('/api/etl/jobs');
  }

  job(id: string): Observable<EtlJobDetail> {
    return this.http.get<EtlJobDetail>(`/api/etl/jobs/${encodeURIComponent(id)}`);
  }

  /** The rejected rows of a load as CSV; a plain link, so the browser downloads it. */
  jobErrorsCsvUrl(id: string): string {
    return `/api/etl/jobs/${encodeURIComponent(id)}/errors.csv`;
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
