// Shapes of the HTTP API that the dashboard (and scripts) read. They live here, not in the API, so
// both sides compile against one definition.
import type { DossierStats } from './lib/timeliness';
import type { ReportingPeriod } from './lib/periods';
import type { D766Estimate } from './indices/d766';
import type { NodeLoss } from './indices/points-lost';
import type { Role } from './accountability/roles';
import type { TaskStatus } from './accountability/tasks';
import type { DutyDay, DutySlot, Leave } from './accountability/duty-roster';

export interface AgencySummary {
  code: string;
  name: string;
  nameEn: string | null;
  departments: string[];
}

/** A province, agency or department with its validity (ISO dates, null = open) and successor after a merger. */
export interface UnitSummary {
  code: string;
  kind: 'province' | 'agency' | 'department';
  name: string;
  nameEn: string | null;
  parentCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  successorCode: string | null;
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

export const ETL_KINDS = ['dossiers', 'procedures', 'feedback', 'agencies', 'scores', 'survey'] as const;
export type EtlKind = (typeof ETL_KINDS)[number];
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

/** Why a year-on-year change is not shown (methodology or peer group changed, nothing to compare). */
export type IndexChangeReason = 'no-previous' | 'methodology-changed' | 'peer-group-changed' | 'not-ranked' | 'no-total';

export interface IndexFamilySummary {
  family: string;
  nameVi: string;
  nameEn: string;
  frameworks: { version: string; yearFrom: number; yearTo: number | null; decision: { number: string; date: string; issuer: string } | null; confidence: string }[];
  /** Years with scores loaded, ascending. */
  years: number[];
  peerGroups: { code: string; name: string; year: number }[];
}

export interface UnitIndexResult {
  unitCode: string;
  unitName: string;
  peerGroup: string;
  frameworkVersion: string;
  /** null when a component is missing (see `missing`); never 0 for unknown. */
  total: number | null;
  missing: string[];
  rank: number | null;
  peerCount: number;
  rankedCount: number;
  percentile: number | null;
  quartileGroup: string | null;
  band: { code: string; nameVi: string; nameEn: string } | null;
  /** What the loaded file itself said, when it said it. */
  fileTotal: number | null;
  fileRank: number | null;
  rankChange: number | null;
  rankChangeReason: IndexChangeReason | null;
  scoreChange: number | null;
  scoreChangeReason: IndexChangeReason | null;
}

export interface IndexScoresResponse {
  family: string;
  year: number;
  peerGroups: { code: string; name: string }[];
  units: UnitIndexResult[];
}

/** A node's loss as the domain computes it, or the node left unscored (achieved, lost: null). */
export interface ScorecardNode extends Omit<NodeLoss, 'achieved' | 'lost' | 'lostOfTotal'> {
  /** null: missing, with `missingReason`. */
  achieved: number | null;
  lost: number | null;
  lostOfTotal: number | null;
  missingReason: string | null;
  /** Filled in by the accountability module once a department is assigned. */
  ownerDepartment: string | null;
}

export interface ScorecardFamily {
  family: string;
  nameVi: string;
  nameEn: string;
  result: UnitIndexResult;
  scale: { min: number; max: number };
  /** Sorted by points of the total lost, largest first; missing nodes last. */
  nodes: ScorecardNode[];
}

export interface UnitScorecardResponse {
  unitCode: string;
  year: number;
  families: ScorecardFamily[];
}

export interface TrendPoint {
  year: number;
  total: number | null;
  rank: number | null;
  peerCount: number;
  peerGroup: string;
  frameworkVersion: string;
  /** The methodology or the peer group changed since the previous point: the line must break here. */
  methodologyBreak: boolean;
  breakReason: IndexChangeReason | null;
}

export interface UnitTrendsResponse {
  unitCode: string;
  family: string;
  points: TrendPoint[];
}

/** Decision 766 estimated from the agency's own loaded data; `estimate: true` is shown as a label. */
export interface D766EstimateResponse extends D766Estimate {
  agency: string;
  period: ReportingPeriod;
  frameworkVersion: string;
  /** Which of our figures each estimated sub-indicator comes from. */
  sources: Readonly<Record<string, string>>;
}

/** Who is signed in, as the access token carries it. */
export interface AuthUser {
  username: string;
  displayName: string;
  role: Role;
  /** The agency of a director or department head; null for admins and inspectors. */
  agencyCode: string | null;
  department: string | null;
}

export interface LoginResponse {
  accessToken: string;
  expiresAt: string;
  user: AuthUser;
}

export interface NodeOwner {
  leadDepartment: string;
  supportingDepartments: string[];
  responsiblePerson: string;
  target: { kind: 'points' | 'percent' | 'rank'; value: number } | null;
}

export interface OwnershipNode {
  code: string;
  nameVi: string;
  nameEn: string;
  parentCode: string | null;
  depth: number;
  maxPoints: number;
  /** From the loaded scores of that year; null when not scored (yet). */
  achieved: number | null;
  lost: number | null;
  owner: NodeOwner | null;
}

export interface OwnershipResponse {
  unitCode: string;
  family: string;
  year: number;
  frameworkVersion: string;
  nodes: OwnershipNode[];
  /** Codes of the nodes nobody answers for: the silence the tracker makes visible. */
  unassigned: string[];
}

export interface CopyForwardResponse {
  copied: string[];
  unassigned: string[];
  dropped: string[];
}

/** The body of POST /api/tasks: the task's "5 rõ", dates as yyyy-MM-dd; a general task names no node. */
export interface NewTask {
  agency: string;
  family?: string;
  year?: number;
  nodeCode?: string;
  content: string;
  leadDepartment: string;
  leadPerson: string;
  supportingDepartments: string[];
  startDate?: string;
  dueDate: string;
  accountableHead: string;
  deliverable: string;
  evidence: string[];
  assigningDocument: string;
}

/**
 * The body of PATCH /api/tasks/:id: the "5 rõ" fields to change, the others left as they are. The
 * agency and the index node a task serves stay; a start date of null clears it.
 */
export type TaskEdit = Partial<Omit<NewTask, 'agency' | 'family' | 'year' | 'nodeCode' | 'startDate'>> & { startDate?: string | null };

export interface TaskUpdateView {
  status: TaskStatus;
  comment: string;
  date: string;
  author: string;
}

export interface TaskView {
  id: string;
  agencyCode: string;
  family: string | null;
  year: number | null;
  nodeCode: string | null;
  content: string;
  leadDepartment: string;
  leadPerson: string;
  supportingDepartments: string[];
  startDate: string | null;
  dueDate: string;
  accountableHead: string;
  deliverable: string;
  evidence: string[];
  assigningDocument: string;
  status: TaskStatus;
  lastUpdate: string;
  overdue: boolean;
  stale: boolean;
  updates: TaskUpdateView[];
}

export interface TaskImportResponse {
  rowsRead: number;
  created: number;
  errors: RowError[];
}

export interface NotificationView {
  kind: 'overdue' | 'stale';
  day: string;
  taskId: string;
  agencyCode: string;
  department: string;
  content: string;
  dueDate: string;
}

export interface DepartmentScorecardRow {
  department: string;
  nodesOwned: string[];
  pointsLost: number;
  tasks: { total: number; done: number; overdue: number; stale: number };
  dossiers: { resolved: number; onTimeRate: number | null; pendingOverdue: number };
}

export interface DepartmentScorecardResponse {
  agencyCode: string;
  family: string;
  year: number;
  period: ReportingPeriod;
  rows: DepartmentScorecardRow[];
}

export interface AuditEntryView {
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  before: unknown;
  after: unknown;
}

/** A recorded leave; its id is what DELETE …/duty/leaves/:id takes. */
export interface LeaveView extends Leave {
  id: string;
}

export interface DutyView {
  agencyCode: string;
  /** The asked day first, then the six after it. */
  days: DutyDay[];
  roster: DutySlot[];
  leaves: LeaveView[];
}

// Reports: the CCHC section written from the figures, and the consistency check of an official table.
import type { Lang } from './lib/format';
import type { CchcReport, ConsistencyResult } from './reports';

export const REPORT_FORMATS = ['json', 'html', 'pdf', 'xlsx', 'docx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface CchcReportQuery extends StatsQuery {
  /** Index year; by default the period's year − 1 when the agency has scores then, else its latest year with scores. */
  year?: number;
  format?: ReportFormat;
  lang?: Lang;
}

export interface CchcReportResponse extends CchcReport {
  agency: string;
  period: ReportingPeriod;
  /** null when the agency has no index scores at all. */
  indexYear: number | null;
  generatedOn: string;
}

export type ReportCheckResponse = ConsistencyResult;

// Dossier lists: the dossiers behind a figure of the official table, for following them up one by one.
/** Each counts the same dossiers as its figure: received, resolved, resolved late, pending and overdue at the period's end. */
export const DOSSIER_COHORTS = ['received', 'resolved', 'late', 'pending', 'overdue'] as const;
export type DossierCohort = (typeof DOSSIER_COHORTS)[number];

/** Where a dossier stood at the period's end: resolved in it (by Vietnam calendar day against the due day) or still pending. */
export type DossierStanding = 'early' | 'on_time' | 'late' | 'pending' | 'overdue';

export const DOSSIER_LIST_MAX_LIMIT = 1000;

export interface DossierListQuery extends DossierStatsQuery {
  status: DossierCohort;
  offset?: number;
  /** At most DOSSIER_LIST_MAX_LIMIT; 50 by default. */
  limit?: number;
}

export interface DossierListItem {
  dossierCode: string;
  procedureCode: string;
  procedureName: string;
  field: string;
  department: string;
  channel: 'online' | 'direct' | 'postal';
  /** ISO 8601 with the Vietnam offset, e.g. 2023-06-14T09:00:00+07:00. */
  receivedAt: string;
  dueAt: string;
  resultAt: string | null;
  /** Null only for a dossier whose result predates the period it was received in (a source error). */
  standing: DossierStanding | null;
  /** Calendar days after the due day: to the result day when late, to the period's last day when overdue; else null. */
  daysPastDue: number | null;
}

export interface DossierListResponse {
  agency: string;
  period: ReportingPeriod;
  filters: DossierFilters;
  status: DossierCohort;
  offset: number;
  limit: number;
  /** All dossiers of the cohort, not only this page: equals the figure the list drills from. */
  total: number;
  items: DossierListItem[];
}
