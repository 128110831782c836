// Shapes of the HTTP API that the dashboard (and scripts) read. They live here, not in the API, so
// both sides compile against one definition.
import type { DossierStats } from './lib/timeliness';
import type { ReportingPeriod } from './lib/periods';

export interface AgencySummary {
  code: string;
  name: string;
  nameEn: string | null;
  departments: string[];
}

export interface DossierStatsResponse extends DossierStats {
  agency: string;
  period: ReportingPeriod;
  filters: DossierFilters;
}

export interface DossierFilters {
  department?: string;
  procedure?: string;
  field?: string;
}

export type BreakdownDimension = 'month' | 'department' | 'procedure' | 'field';

export interface BreakdownRow extends DossierStats {
  key: string;
  label: string;
}

export interface DossierBreakdownResponse {
  agency: string;
  period: ReportingPeriod;
  by: BreakdownDimension;
  filters: DossierFilters;
  rows: BreakdownRow[];
}

export type EtlKind = 'dossiers' | 'procedures' | 'feedback' | 'agencies';
export type EtlJobStatus = 'queued' | 'running' | 'committing' | 'done' | 'failed' | 'skipped';

export interface EtlJobSummary {
  id: string;
  fileName: string;
  checksum: string;
  kind: EtlKind;
  profile: string | null;
  agency: string | null;
  status: EtlJobStatus;
  startedAt: string;
  finishedAt: string | null;
  rowsRead: number;
  rowsLoaded: number;
  rowsRejected: number;
  message: string | null;
}

export interface RowError {
  line: number;
  column: string;
  value: string;
  reasonVi: string;
  reasonEn: string;
}

export interface EtlJobDetail extends EtlJobSummary {
  errors: RowError[];
  errorsTruncated: boolean;
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  clickhouse: { ok: boolean; mode: 'embedded' | 'server'; version: string | null; error: string | null };
  relational: { ok: boolean; type: 'sqlite' | 'postgres'; error: string | null };
}

/** Errors are JSON with a stable machine code and a human message (Vietnamese first). */
export interface ApiError {
  statusCode: number;
  code: string;
  message: string;
  messageEn?: string;
  details?: unknown;
}
