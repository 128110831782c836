import type { EtlKind } from '@cchc/domain';
import type { ClickhouseRepository } from '@cchc/clickhouse';

/** Instants are stored in Vietnam time, the zone every official period is cut in. */
export const VN_DATETIME = "DateTime('Asia/Ho_Chi_Minh')";

/** How one canonical field's text becomes a typed column, and when it is a row error. */
export type CellRule =
  | { type: 'text'; required: boolean }
  /** The file's agency column, else the agency chosen for the load. */
  | { type: 'agency' }
  /** dd/MM/yyyy [HH:mm[:ss]] or yyyy-MM-dd[ HH:mm[:ss]], Vietnam local time. */
  | { type: 'datetime'; required: boolean }
  /** A date; when empty, the as-of date of the load. */
  | { type: 'as-of-date' }
  /** A value of a profile vocabulary; `whenEmpty` is used for an empty cell, else it must be listed. */
  | { type: 'vocabulary'; vocabulary: string; whenEmpty?: string; reasonVi: string; reasonEn: string };

export interface ColumnSpec {
  column: string;
  field: string;
  /** The staging column's ClickHouse type; the target table converts on commit. */
  type: string;
  rule: CellRule;
}

/** A rule across fields; `failsWhen` is SQL over typed columns and `ok_<field>` validity flags. */
export interface RowCheck {
  field: string;
  failsWhen: string;
  reasonVi: string;
  reasonEn: string;
}

/** The load a derived table is rebuilt for: its id and version, and the agencies its rows touched. */
export interface DerivedLoad {
  loadId: string;
  version: number;
  agencies: readonly string[];
  /** At most this many of the load's rows per agency, where known. */
  rows?: ReadonlyMap<string, number>;
}

/** A table computed from a kind's rows: built under the load's id before it commits, pruned after. */
export interface DerivedTable {
  build(clickhouse: ClickhouseRepository, load: DerivedLoad): Promise<void>;
  prune(clickhouse: ClickhouseRepository, load: DerivedLoad): Promise<void>;
}

/**
 * A kind the engine parses and validates: its staging columns, checks, target table and the key that
 * identifies a row across loads (the latest load wins per key).
 */
export interface EngineKind {
  kind: EtlKind;
  table: string;
  key: readonly string[];
  /** The field named in duplicate reports. */
  codeField: string;
  columns: readonly ColumnSpec[];
  checks: readonly RowCheck[];
  /** Distinct values of a text column to report when unexpected (e.g. unknown dossier statuses). */
  reportUnknown?: { column: string; known: ReadonlySet<string>; labelVi: string; labelEn: string };
  derived?: DerivedTable;
}
