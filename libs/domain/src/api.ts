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

/** What every statistics request names: an agency and a period (official Decree 09 windows unless calendar). */
export interface StatsQuery {
  agency: string;
  period: string;
  calendar?: boolean;
}

export interface DossierStatsQuery extends StatsQuery, DossierFilters {}

export interface DossierBreakdownQuery extends DossierStatsQuery {
  by: BreakdownDimension;
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

export interface ProcedureStatsResponse {
  agency: string;
  period: ReportingPeriod;
  from: string;
  to: string;
  /** Date of the catalogue snapshot used (the newest on or before the period's last day); null when none was loaded. */
  catalogueAsOf: string | null;
  total: number;
  byLevel: { province: number; district: number; commune: number };
  online: { full: number; partial: number; none: number };
  withFees: number;
  /** Procedures with fees that can be paid online. */
  withOnlinePayment: number;
  onlinePaymentRate: number | null;
  /** full ÷ (full + partial): the "110/118 thủ tục (93,22%)" of the reports. */
  fullOnlineShare: number | null;
  /** Fully-online procedures that received at least one online dossier in the period. */
  fullOnlineWithDossiers: number;
  fullOnlineWithDossiersRate: number | null;
}

export interface FeedbackStatsQuery extends StatsQuery {
  department?: string;
}

export interface FeedbackStatsResponse {
  agency: string;
  period: ReportingPeriod;
  department: string | null;
  from: string;
  to: string;
  received: number;
  receivedBySource: { hotline1022: number; portal: number; direct: number; other: number };
  answered: number;
  answeredOnTime: number;
  answeredLate: number;
  open: number;
  openWithinDeadline: number;
  openOverdue: number;
  onTimeRate: number | null;
  /** Satisfied ÷ (satisfied + dissatisfied) among answers given in the period; blanks do not count. */
  satisfactionRate: number | null;
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
