import { formatCell, type CchcReport, type Lang, type ReportFilter, type ReportSection, type ReportTable } from '@cchc/domain';

export type ReportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'filter'; filter: ReportFilter }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; table: ReportTable };

/** The order of every printed export: title, filters, the prose, the tables, then the consistency appendix. */
export function reportBlocks(report: CchcReport): ReportBlock[] {
  return [
    { kind: 'title', text: report.title },
    ...report.filters.map((filter): ReportBlock => ({ kind: 'filter', filter })),
    ...report.sections.filter((section) => section.key !== 'checks').flatMap(sectionBlocks),
    ...report.tables.map((table): ReportBlock => ({ kind: 'table', table })),
    ...report.sections.filter((section) => section.key === 'checks').flatMap(sectionBlocks),
  ];
}

export function sectionBlocks(section: ReportSection): ReportBlock[] {
  return [{ kind: 'heading', text: section.heading }, ...section.paragraphs.map((text): ReportBlock => ({ kind: 'paragraph', text }))];
}

/**
 * Characters of the longest text in each column: the basis of column widths in every format. A header
 * longer than `headerChars` wraps rather than widen a column of short numbers.
 */
export function columnChars(table: ReportTable, lang: Lang, headerChars: number): number[] {
  return table.columns.map((column, i) =>
    Math.max(
      Math.min(column.label.length, headerChars),
      ...table.rows.map((row) => formatCell(row.cells[i] ?? null, column.kind, lang).length),
    ),
  );
}

/** Numbers read down a column when they line up on the right. */
export function isNumeric(kind: ReportTable['columns'][number]['kind']): boolean {
  return kind !== 'text';
}

/** Whether rows are totals with their parts (set in bold) rather than a plain list. */
export function hasParts(table: ReportTable): boolean {
  return table.rows.some((row) => row.level === 1);
}
