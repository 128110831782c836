import type { QueryParams } from '@cchc/clickhouse';
import type { HeaderMatch } from '../../profiles/header-match';
import { normalizeLabel } from '../../profiles/normalize';
import type { Profile } from '../../profiles/profile';
import type { ColumnSpec, EngineKind } from './engine-kind';

/** The accepted spellings, checked with a plain match: dd/MM/yyyy [HH:mm[:ss]] or yyyy-MM-dd[ HH:mm[:ss]]. */
const DATE_SPELLING = String.raw`^\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$`;
/** Vietnam has kept UTC+7 since 1975, the same fixed offset libs/domain uses. */
const VN_FIXED_ZONE = 'Etc/GMT-7';
/** SQL twin of normalizeLabel, only reached for values not spelt exactly as in the profile. */
const NORMALIZED = (v: string) =>
  `trimBoth(replaceRegexpAll(lowerUTF8(replaceRegexpAll(replaceRegexpAll(normalizeUTF8NFD(${v}), '\\\\p{M}', ''), '[đĐ]', 'd')), '\\\\s+', ' '))`;

/** Why a row was rejected: the column as the file names it and the reason in both languages. */
export interface RowErrorReason {
  column: string;
  reasonVi: string;
  reasonEn: string;
}

export interface TypedSelect {
  /** Staging columns in insert order. */
  columns: string[];
  /** SELECT over a table of raw cells. */
  select: (raw: string) => string;
  params: QueryParams;
  /** The reason of each error code in the staged `errors` (code n is reasons[n - 1]). */
  reasons: RowErrorReason[];
}

/** Staged errors: (code, the cell's text) per failed rule; the texts of the reasons stay here. */
export const STAGED_ERRORS_TYPE = 'Array(Tuple(UInt8, String))';

/**
 * The engine shares our process. Blocks of 32k rows keep the typing statement's intermediate columns
 * small: typing a 2M-row file adds 160 MiB at 32k against 400 at 64k, at the same speed (million-row
 * blocks had taken such a load to 2,3 GiB; one thread instead of two saved little and cost a third
 * of the speed). Reading the file with pread instead of the engine's default mmap keeps the file's
 * pages out of our resident memory (a 5M-row load: +540 MiB instead of +1,340, and 16 % faster).
 */
export const BOUNDED_MEMORY =
  "max_block_size = 32768, max_insert_block_size = 32768, min_insert_block_size_rows = 32768, min_insert_block_size_bytes = 16777216, storage_file_read_method = 'pread'";

/** Longest text cell accepted (codes, names, departments, statuses). */
const MAX_TEXT = 1000;

/**
 * The SELECT that turns raw staged cells (`line, c0, c1, …`) into typed staging rows with an
 * `errors` array of (reason code, value). All user text — cells, vocabularies — reaches the engine as
 * query parameters; the SQL is built from our own names only.
 */
export function typedSelect(kind: EngineKind, match: HeaderMatch, cellCount: number): TypedSelect {
  const params: QueryParams = { date_spelling: DATE_SPELLING };
  const cell = (field: string) => {
    const index = match.columns.get(field);
    return index === undefined || index >= cellCount ? "''" : `trim(BOTH ' \\t\\r' FROM c${index})`;
  };
  let texts = 0;
  const text: TextParam = (value) => {
    params[`t_${texts}`] = value;
    return `{t_${texts++}:String}`;
  };
  // Every row would otherwise carry every candidate reason's text through the query; codes are a
  // byte each, and only a failed row's codes are turned back into its cells' text.
  const reasons: RowErrorReason[] = [];
  const valueOfCode: string[] = [];
  const code = (field: string, reasonVi: string, reasonEn: string) => {
    reasons.push({ column: match.labels.get(field) ?? field, reasonVi, reasonEn });
    valueOfCode.push(`c = ${reasons.length}, substringUTF8(v_${field}, 1, 200)`);
    return reasons.length;
  };
  const error = (field: string, failsWhen: string, reasonVi: string, reasonEn: string, empty?: { reasonVi: string; reasonEn: string }) => {
    const failed = code(field, reasonVi, reasonEn);
    const which = empty ? `if(v_${field} = '', ${code(field, empty.reasonVi, empty.reasonEn)}, ${failed})` : `${failed}`;
    return `if(${failsWhen}, ${which}, 0)`;
  };

  // Nested levels, each materialising what the next reuses (an alias is re-evaluated at every
  // reference otherwise). Short-circuit evaluation is off: on this branch-heavy SQL, row masks
  // measured 7× slower than evaluating every branch (branches that could fail are guarded).
  const cells: string[] = [];
  const parts: string[] = [];
  const parsed: string[] = [];
  const validity: string[] = [];
  const errors: string[] = [];
  for (const spec of kind.columns) {
    const { field } = spec;
    const typed = columnExpression(spec, match.profile, params, text);
    cells.push(`${cell(field)} AS v_${field}`, ...(typed.cells ?? []));
    parts.push(...(typed.parts ?? []));
    parsed.push(`${typed.value} AS ${spec.column}`);
    validity.push(`${typed.ok} AS ok_${field}`);
    errors.push(error(field, `NOT ok_${field}`, typed.reasonVi, typed.reasonEn, typed.whenEmpty));
  }
  for (const check of kind.checks) errors.push(error(check.field, check.failsWhen, check.reasonVi, check.reasonEn));

  const mapped = [...new Set(kind.columns.map((spec) => cell(spec.field)).filter((c) => c !== "''"))];
  const notBlank = mapped.length > 0 ? mapped.map((c) => `${c} != ''`).join(' OR ') : '1';
  if (reasons.length > 255) throw new Error(`${kind.kind}: more row rules than error codes`);
  const columns = ['line', ...kind.columns.map((spec) => spec.column), 'errors'];
  return {
    columns,
    params,
    reasons,
    select: (source) =>
      `SELECT ${columns.join(', ')} FROM (
         SELECT *, arrayMap(c -> (c, multiIf(${valueOfCode.join(', ')}, '')), arrayFilter(c -> c != 0, [${errors.join(', ')}])) AS errors FROM (
           SELECT *, ${validity.join(', ')} FROM (
             SELECT *, ${parsed.join(', ')} FROM (
               SELECT *${parts.map((p) => `, ${p}`).join('')} FROM (
                 SELECT line, ${cells.join(', ')} FROM ${source} WHERE ${notBlank})))))
       SETTINGS short_circuit_function_evaluation = 'disable', ${BOUNDED_MEMORY}`,
  };
}

interface TypedExpression {
  /** Computed once per row beside the cell text, for the value and validity to reuse. */
  cells?: string[];
  /** Computed once per row from `cells`. */
  parts?: string[];
  value: string;
  ok: string;
  reasonVi: string;
  reasonEn: string;
  /** A different reason for an empty cell. */
  whenEmpty?: { reasonVi: string; reasonEn: string };
}

/** Registers a text as a query parameter and returns its placeholder. */
type TextParam = (value: string) => string;

function columnExpression(spec: ColumnSpec, profile: Profile, params: QueryParams, text: TextParam): TypedExpression {
  const v = `v_${spec.field}`;
  const rule = spec.rule;
  switch (rule.type) {
    case 'text':
      // a code or a name runs to tens of characters; a megabyte "cell" is a broken or hostile file
      return {
        value: v,
        ok: `${rule.required ? `${v} != '' AND ` : ''}lengthUTF8(${v}) <= ${MAX_TEXT}`,
        reasonVi: `Thiếu giá trị bắt buộc, hoặc dài quá ${MAX_TEXT} ký tự`,
        reasonEn: `Required value missing, or longer than ${MAX_TEXT} characters`,
        ...(rule.required ? { whenEmpty: { reasonVi: 'Thiếu giá trị bắt buộc', reasonEn: 'Required value is missing' } } : {}),
      };
    case 'agency':
      return {
        value: `if(${v} != '', ${v}, {default_agency:String})`,
        ok: `(${v} != '' OR {default_agency:String} != '')`,
        reasonVi: 'Thiếu mã cơ quan (thêm cột Mã cơ quan hoặc chọn cơ quan khi nạp)',
        reasonEn: 'Agency code missing (add the column or choose the agency for the load)',
      };
    case 'datetime': {
      const parsed = `p_${spec.field}`;
      const valid = `match(${v}, {date_spelling:String}) AND ${parsed} IS NOT NULL`;
      const instant = `toTimeZone(${parsed}, 'Asia/Ho_Chi_Minh')`;
      return {
        cells: [`${spacedDate(v)} AS s_${spec.field}`],
        parts: [`${parsedDate(v, `s_${spec.field}`)} AS ${parsed}`],
        value: rule.required ? `assumeNotNull(${instant})` : instant,
        ok: rule.required ? `${v} != '' AND ${valid}` : `(${v} = '' OR (${valid}))`,
        reasonVi: 'Ngày không hợp lệ (dd/MM/yyyy [HH:mm])',
        reasonEn: 'Invalid date (dd/MM/yyyy [HH:mm])',
        whenEmpty: { reasonVi: 'Thiếu ngày', reasonEn: 'Date is missing' },
      };
    }
    case 'as-of-date': {
      const parsed = `p_${spec.field}`;
      const valid = `match(${v}, {date_spelling:String}) AND ${parsed} IS NOT NULL`;
      return {
        cells: [`${spacedDate(v)} AS s_${spec.field}`],
        parts: [`${parsedDate(v, `s_${spec.field}`)} AS ${parsed}`],
        value: `if(${v} != '' AND ${valid}, toDate(assumeNotNull(${parsed})), {as_of:Date})`,
        ok: `(${v} = '' OR (${valid}))`,
        reasonVi: 'Ngày không hợp lệ (dd/MM/yyyy)',
        reasonEn: 'Invalid date (dd/MM/yyyy)',
      };
    }
    case 'vocabulary': {
      const name = spec.field;
      const exact = new Map<string, string>();
      const normalized = new Map<string, string>();
      for (const [canonical, labels] of Object.entries(profile.values[rule.vocabulary] ?? {})) {
        for (const label of labels) {
          for (const spelling of [label, label.normalize('NFC'), label.toLowerCase()]) exact.set(spelling, canonical);
          normalized.set(normalizeLabel(label), canonical);
        }
      }
      params[`mk_${name}`] = [...exact.keys()];
      params[`mv_${name}`] = [...exact.values()];
      params[`nk_${name}`] = [...normalized.keys()];
      params[`nv_${name}`] = [...normalized.values()];
      // A vocabulary column holds a handful of distinct values: as LowCardinality, the functions run
      // once per distinct value of a block instead of once per row (normalising was 1,6 of the 2,5 s
      // that typing a 1M-row file took).
      const few = `toLowCardinality(${v})`;
      const lookup = `toString(if(has({mk_${name}:Array(String)}, ${few}), transform(${few}, {mk_${name}:Array(String)}, {mv_${name}:Array(String)}, ''), transform(${NORMALIZED(few)}, {nk_${name}:Array(String)}, {nv_${name}:Array(String)}, '')))`;
      const empty = rule.whenEmpty === undefined ? lookup : `if(${v} = '', ${text(rule.whenEmpty)}, ${lookup})`;
      return { value: empty, ok: `${spec.column} != ''`, reasonVi: rule.reasonVi, reasonEn: rule.reasonEn };
    }
  }
}

/** A date cell with its date and time parts one space apart. */
function spacedDate(v: string): string {
  return `replaceRegexpOne(${v}, '[\\sT]+', ' ')`;
}

/**
 * The instant a date cell names, NULL when it names none (31/02, 24:00), read at UTC+7. The engine's
 * own date parser takes one layout, so each spelling is first completed to "… H:mm:ss"; the spelling
 * itself is checked by a match. Regex groups pulled into arrays had cost 0,4 s per million rows and
 * three date columns; this costs a tenth of that.
 */
function parsedDate(v: string, spaced: string): string {
  const complete = `multiIf(position(${spaced}, ' ') = 0, concat(${spaced}, ' 0:00:00'), countSubstrings(${spaced}, ':') = 1, concat(${spaced}, ':00'), ${spaced})`;
  const parse = (layout: string) => `parseDateTimeInJodaSyntaxOrNull(${complete}, '${layout}', '${VN_FIXED_ZONE}')`;
  return `if(position(${v}, '/') > 0, ${parse('d/M/yyyy H:mm:ss')}, ${parse('yyyy-M-d H:mm:ss')})`;
}
