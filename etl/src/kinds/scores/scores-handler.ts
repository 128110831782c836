import { flattenNodes, type RowError } from '@cchc/domain';
import type { HeaderMatch } from '../../profiles/header-match';
import { normalizeLabel } from '../../profiles/normalize';
import type { RecordSource, SourceRecord } from '../../source/record';
import { RecordReader } from '../cells';
import { PROGRESS_EVERY, type KindHandler, type PreparedLoad, type ProgressSink } from '../kind-handler';
import { FILE_RANK, FILE_TOTAL, ScoreChecks } from './score-checks';
import { CODE, type ScoreWriter } from './score-writer';

const BLANK = 'Để trống trong tệp / blank in the file';

/** Scores are written as Vietnamese documents print them too: 8,52 as well as 8.52. */
function parseScore(text: string): number | undefined {
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

/**
 * Published index scores, wide (one column per framework node, matched by code or Vietnamese or
 * English name) or long (node_code + score). Rows go to ClickHouse in batches under the load id and
 * stay invisible until the load commits; totals and ranks the file states are checked on the way.
 */
export class ScoresHandler implements KindHandler {
  private readonly errors: RowError[] = [];
  private readonly warnings: string[] = [];
  private readonly checks = new ScoreChecks();
  private rowsRead = 0;
  private rowsRejected = 0;
  private readonly seen = new Set<string>();
  /** Lines that repeat an earlier unit + year (+ node): the last one wins, as in dossier exports. */
  private readonly duplicates: number[] = [];
  private wideColumns: { index: number; label: string; code: string }[] = [];

  constructor(
    private readonly writer: ScoreWriter,
    private readonly match: HeaderMatch,
  ) {}

  private get load() {
    return this.writer.load;
  }

  private get long(): boolean {
    return this.match.columns.has('nodeCode') && this.match.columns.has('score');
  }

  async stage(source: RecordSource, onProgress: ProgressSink): Promise<void> {
    if (!this.long) this.wideColumns = this.nodeColumns(source.header);
    for await (const record of source.records()) {
      this.rowsRead++;
      const errors = await this.add(record);
      if (errors.length > 0) {
        this.rowsRejected++;
        this.errors.push(...errors);
      }
      if (this.rowsRead % PROGRESS_EVERY === 0) await onProgress({ rowsRead: this.rowsRead, rowsRejected: this.rowsRejected, fraction: 0 });
    }
    await this.writer.flush();
    await onProgress({ rowsRead: this.rowsRead, rowsRejected: this.rowsRejected, fraction: 1 });
  }

  /** Header cells that are not unit/year/total/rank must name framework nodes; others are reported and ignored. */
  private nodeColumns(header: readonly string[]): { index: number; label: string; code: string }[] {
    const canonical = new Set(this.match.columns.values());
    const known = new Map<string, string>();
    for (const framework of this.load.frameworks) {
      for (const { node } of flattenNodes(framework)) {
        for (const name of [node.code, node.nameVi, node.nameEn]) known.set(normalizeLabel(name), node.code);
      }
    }
    const columns: { index: number; label: string; code: string }[] = [];
    const ignored: string[] = [];
    header.forEach((label, index) => {
      if (canonical.has(index) || label.trim() === '') return;
      const code = known.get(normalizeLabel(label));
      if (code) columns.push({ index, label: label.trim(), code });
      else ignored.push(label.trim());
    });
    if (ignored.length > 0) {
      this.warnings.push(`Bỏ qua cột không thuộc khung chỉ số: ${ignored.join(', ')} / Ignored columns that name no framework node: ${ignored.join(', ')}`);
    }
    return columns;
  }

  private async add(record: SourceRecord): Promise<RowError[]> {
    const read = new RecordReader(this.match, record);
    const unit = read.required('unitCode');
    if (unit !== '' && !CODE.test(unit)) read.fail('unitCode', unit, 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch', 'Unit codes use letters, digits, dots and dashes only');
    const yearText = read.required('year');
    const year = Number(yearText);
    const framework = Number.isInteger(year) ? this.load.frameworkFor(year) : undefined;
    if (yearText !== '' && !Number.isInteger(year)) read.fail('year', yearText, 'Năm không hợp lệ', 'Invalid year');
    else if (yearText !== '' && !framework) read.fail('year', yearText, `Không có khung chỉ số ${this.load.family} cho năm này`, `No ${this.load.family} framework for this year`);
    if (!framework) return read.errors;
    const nodes = new Map(flattenNodes(framework).map(({ node }) => [node.code, node]));
    const cells = this.long
      ? [{ label: this.match.labels.get('score') ?? 'score', code: read.required('nodeCode'), text: read.text('score') }]
      : this.wideColumns.map((column) => ({ label: column.label, code: column.code, text: (record.cells[column.index] ?? '').trim() }));
    const values = new Map<string, number | null>();
    for (const cell of cells) {
      const node = nodes.get(cell.code);
      const fail = (reasonVi: string, reasonEn: string) => read.errors.push({ line: record.line, column: cell.label, value: cell.text, reasonVi, reasonEn });
      const value = cell.text === '' ? null : parseScore(cell.text);
      if (!node) {
        // a wide file spanning two methodologies leaves the other one's columns blank
        if (!this.long && cell.text !== '') fail(`Cột không thuộc khung ${framework.version}`, `Column not in framework ${framework.version}`);
        else if (this.long && cell.code !== '') read.fail('nodeCode', cell.code, `Mã tiêu chí không có trong khung ${framework.version}`, `No such node in framework ${framework.version}`);
      } else if (value === undefined) fail('Điểm không phải là số', 'Score is not a number');
      else if (value !== null && (value < (node.minPoints ?? 0) || value > node.maxPoints)) {
        fail(`Ngoài thang điểm ${node.minPoints ?? 0}–${node.maxPoints}`, `Outside the scale ${node.minPoints ?? 0}–${node.maxPoints}`);
      } else values.set(cell.code, value);
    }
    if (read.errors.length > 0) return read.errors;

    const peerGroup = await this.writer.peerGroupFor(year, read.text('peerGroup'));
    if (peerGroup === null) {
      read.fail('peerGroup', read.text('peerGroup'), 'Mã khối chỉ gồm chữ, số, dấu chấm, gạch', 'Peer group codes use letters, digits, dots and dashes only');
      return read.errors;
    }
    const key = `${unit}\u0000${year}\u0000${this.long ? cells[0]!.code : ''}`;
    if (this.seen.has(key)) this.duplicates.push(record.line);
    this.seen.add(key);
    const base = {
      year,
      peer_group: peerGroup,
      framework_version: framework.version,
      unit_code: unit,
      unit_name: read.text('unitName'),
      origin: 'published' as const,
      source_line: record.line,
    };
    const fileTotal = parseScore(read.text('total'));
    const fileRank = parseScore(read.text('rank'));
    await this.writer.write([
      ...[...values].map(([code, value]) => ({ ...base, node_code: code, value, missing_reason: value === null ? BLANK : '' })),
      ...(fileTotal === undefined ? [] : [{ ...base, node_code: FILE_TOTAL, value: fileTotal, missing_reason: '' }]),
      ...(fileRank === undefined ? [] : [{ ...base, node_code: FILE_RANK, value: fileRank, missing_reason: '' }]),
    ]);
    if (!this.long) this.checks.add({ framework, peerGroup, year, unit, line: record.line, values, fileTotal, fileRank });
    return [];
  }

  async prepare(): Promise<PreparedLoad> {
    if (this.duplicates.length > 0) {
      const lines = this.duplicates.slice(0, 20).join(', ') + (this.duplicates.length > 20 ? '…' : '');
      this.warnings.push(`Dòng lặp lại đơn vị và năm, dòng sau cùng được giữ: ${lines} / Lines repeating a unit and year, the last one kept: ${lines}`);
    }
    this.warnings.push(...this.checks.report());
    return {
      rowsRead: this.rowsRead,
      rowsLoaded: this.rowsRead - this.rowsRejected - this.duplicates.length,
      rowsRejected: this.rowsRejected,
      errors: this.errors,
      warnings: this.warnings,
    };
  }

  commit(): Promise<void> {
    return this.writer.commit();
  }

  abort(): Promise<void> {
    return this.writer.abort();
  }
}
