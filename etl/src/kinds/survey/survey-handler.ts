import {
  computeDdci,
  computeSipas,
  type Framework,
  type IndicatorAnswer,
  type RowError,
  type SurveyAnswer,
} from '@cchc/domain';
import type { HeaderMatch } from '../../profiles/header-match';
import type { RecordSource } from '../../source/record';
import { FileRejectedError } from '../../pipeline/errors';
import { RecordReader } from '../cells';
import { PROGRESS_EVERY, type KindHandler, type PreparedLoad, type ProgressSink } from '../kind-handler';
import { CODE, type ScoreWriter } from '../scores/score-writer';

interface Answer {
  line: number;
  unitCode: string;
  unitName: string;
  respondentId: string;
  questionCode: string;
  answer: number;
}

const REJECTIONS: Record<string, [vi: string, en: string]> = {
  'unknown-question': ['Câu hỏi không có trong khung chỉ số', 'Question not in the framework'],
  'unknown-indicator': ['Chỉ tiêu không có trong khung chỉ số', 'Indicator not in the framework'],
  'answer-out-of-scale': ['Câu trả lời ngoài thang đo', 'Answer outside the scale'],
  'duplicate-answer': ['Người trả lời đã trả lời câu này', 'The respondent already answered this question'],
  'invalid-value': ['Giá trị không hợp lệ', 'Invalid value'],
  'unit-not-in-peer-group': ['Đơn vị không thuộc khối', 'Unit not in the peer group'],
};
const NO_ANSWERS = 'Không có câu trả lời / no answers';

/**
 * Raw survey answers turned into index scores: SIPAS (share of satisfied answers per service element)
 * or a DDCI-style business survey (indicator means normalised 1–10 across the block). The answers of
 * a year and peer group are computed together once the file is read; the scores then land like
 * published ones, marked as computed from a survey.
 */
export class SurveyHandler implements KindHandler {
  private readonly errors: RowError[] = [];
  private readonly blocks = new Map<string, { year: number; peerGroup: string; framework: Framework; answers: Answer[] }>();
  private rowsRead = 0;
  private rowsRejected = 0;

  constructor(
    private readonly writer: ScoreWriter,
    private readonly match: HeaderMatch,
  ) {
    const { family } = writer.load;
    if (family !== 'sipas' && family !== 'ddci') {
      throw new FileRejectedError(
        `Phiếu khảo sát chỉ tính được cho SIPAS hoặc DDCI (đã chọn: ${family})`,
        `Survey answers are computed for SIPAS or DDCI only (chosen: ${family})`,
      );
    }
  }

  async stage(source: RecordSource, onProgress: ProgressSink): Promise<void> {
    for await (const record of source.records()) {
      this.rowsRead++;
      const read = new RecordReader(this.match, record);
      const unitCode = read.required('unitCode');
      if (unitCode !== '' && !CODE.test(unitCode)) read.fail('unitCode', unitCode, 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch', 'Unit codes use letters, digits, dots and dashes only');
      const yearText = read.required('year');
      const year = Number(yearText);
      const framework = Number.isInteger(year) ? this.writer.load.frameworkFor(year) : null;
      if (yearText !== '' && !framework) read.fail('year', yearText, 'Không có khung chỉ số cho năm này', 'No framework for this year');
      const questionCode = read.required('questionCode');
      const answerText = read.required('answer');
      const answer = Number(answerText.replace(',', '.'));
      if (answerText !== '' && !Number.isFinite(answer)) read.fail('answer', answerText, 'Câu trả lời không phải là số', 'Answer is not a number');
      const peerGroup = read.errors.length === 0 ? await this.writer.peerGroupFor(year, read.text('peerGroup')) : null;
      if (read.errors.length === 0 && peerGroup === null) read.fail('peerGroup', read.text('peerGroup'), 'Mã khối không hợp lệ', 'Invalid peer group code');
      if (read.errors.length > 0 || !framework || peerGroup === null) {
        this.rowsRejected++;
        this.errors.push(...read.errors);
        continue;
      }
      const key = `${year}\u0000${peerGroup}`;
      const block = this.blocks.get(key) ?? { year, peerGroup, framework, answers: [] };
      this.blocks.set(key, block);
      block.answers.push({ line: record.line, unitCode, unitName: read.text('unitName'), respondentId: read.text('respondentId') || `#${record.line}`, questionCode, answer });
      if (this.rowsRead % PROGRESS_EVERY === 0) await onProgress({ rowsRead: this.rowsRead, rowsRejected: this.rowsRejected, fraction: 0 });
    }
    await onProgress({ rowsRead: this.rowsRead, rowsRejected: this.rowsRejected, fraction: 1 });
  }

  async prepare(): Promise<PreparedLoad> {
    let counted = 0;
    for (const block of this.blocks.values()) {
      const rejected = this.writer.load.family === 'sipas' ? await this.sipas(block) : await this.ddci(block);
      for (const { answer, reason } of rejected) {
        const [reasonVi, reasonEn] = REJECTIONS[reason] ?? [reason, reason];
        this.errors.push({ line: answer.line, column: this.match.labels.get('answer') ?? 'answer', value: `${answer.questionCode}=${answer.answer}`, reasonVi, reasonEn });
      }
      this.rowsRejected += rejected.length;
      counted += block.answers.length - rejected.length;
    }
    this.errors.sort((a, b) => a.line - b.line);
    return { rowsRead: this.rowsRead, rowsLoaded: counted, rowsRejected: this.rowsRejected, errors: this.errors, warnings: [] };
  }

  private async sipas(block: { year: number; peerGroup: string; framework: Framework; answers: Answer[] }): Promise<{ answer: Answer; reason: string }[]> {
    const byAnswer = new Map<SurveyAnswer, Answer>();
    const result = computeSipas(
      block.framework,
      block.answers.map((a) => {
        const answer: SurveyAnswer = { respondentId: a.respondentId, unitCode: a.unitCode, questionCode: a.questionCode, answer: a.answer };
        byAnswer.set(answer, a);
        return answer;
      }),
    );
    const names = unitNames(block.answers);
    for (const unit of result.units) {
      await this.writer.write(
        unit.elements.map((element) => this.row(block, unit.unitCode, names, element.code, element.pct)),
      );
    }
    return result.rejected.map(({ answer, reason }) => ({ answer: byAnswer.get(answer)!, reason }));
  }

  private async ddci(block: { year: number; peerGroup: string; framework: Framework; answers: Answer[] }): Promise<{ answer: Answer; reason: string }[]> {
    const byAnswer = new Map<IndicatorAnswer, Answer>();
    const peers = [...new Set(block.answers.map((a) => a.unitCode))].sort();
    const result = computeDdci(
      block.framework,
      peers,
      block.answers.map((a) => {
        const answer: IndicatorAnswer = { unitCode: a.unitCode, indicatorCode: a.questionCode, value: a.answer };
        byAnswer.set(answer, a);
        return answer;
      }),
    );
    const names = unitNames(block.answers);
    for (const unit of result.units) {
      await this.writer.write(unit.indicators.map((indicator) => this.row(block, unit.unitCode, names, indicator.code, indicator.score)));
    }
    return result.rejected.map(({ answer, reason }) => ({ answer: byAnswer.get(answer)!, reason }));
  }

  private row(block: { year: number; peerGroup: string; framework: Framework }, unitCode: string, names: Map<string, string>, nodeCode: string, value: number | null) {
    return {
      year: block.year,
      peer_group: block.peerGroup,
      framework_version: block.framework.version,
      unit_code: unitCode,
      unit_name: names.get(unitCode) ?? '',
      node_code: nodeCode,
      value,
      missing_reason: value === null ? NO_ANSWERS : '',
      origin: 'survey' as const,
      source_line: 0,
    };
  }

  commit(): Promise<void> {
    return this.writer.commit();
  }

  abort(): Promise<void> {
    return this.writer.abort();
  }
}

function unitNames(answers: readonly Answer[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of answers) if (a.unitName !== '' && !names.has(a.unitCode)) names.set(a.unitCode, a.unitName);
  return names;
}
