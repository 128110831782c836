import { createHash } from 'node:crypto';
import { formatCell, type CchcReport, type ReportTable } from '@cchc/domain';
import { hasParts, isNumeric, reportBlocks, type ReportBlock } from './report-layout';

// Official documents are set in Times New Roman 13–14 pt on A4 with a wide left margin for binding.
const STYLE = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.4; color: #000; margin: 0 auto; max-width: 165mm; padding: 1em; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 1em; }
h2 { font-size: 13pt; margin: 1.2em 0 0.4em; break-after: avoid; }
p { text-align: justify; margin: 0 0 0.6em; }
dl { margin: 0 0 1em; }
dl > div { display: grid; grid-template-columns: 9em 1fr; gap: 1em; }
dt { font-weight: bold; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1em; break-inside: auto; }
caption { font-weight: bold; text-align: left; padding-bottom: 0.3em; }
th, td { border: 1px solid #000; padding: 0.2em 0.4em; vertical-align: top; }
th { background: #e8e8e8; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.number { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; }
tr.part td:nth-child(2) { padding-left: 1.6em; }
`;

/** The page runs no script and only this stylesheet, so its policy names the stylesheet by hash instead of allowing inline styles. */
export const HTML_CSP = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'; frame-ancestors 'none'`;

/** A printable page of the report in its language. */
export function reportHtml(report: CchcReport): string {
  const body = reportBlocks(report).map((block) => blockHtml(block, report));
  return [
    '<!doctype html>',
    `<html lang="${report.lang}">`,
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(report.title)}</title><style>${STYLE}</style></head>`,
    '<body><main>',
    // consecutive filters form one list
    body.join('\n').replaceAll('</dl>\n<dl>', ''),
    '</main></body>',
    '</html>',
  ].join('\n');
}

function blockHtml(block: ReportBlock, report: CchcReport): string {
  switch (block.kind) {
    case 'filter':
      return `<dl><div><dt>${escape(block.filter.label)}</dt><dd>${escape(block.filter.text)}</dd></div></dl>`;
    case 'title':
      return `<h1>${escape(block.text)}</h1>`;
    case 'heading':
      return `<h2>${escape(block.text)}</h2>`;
    case 'paragraph':
      return `<p>${escape(block.text)}</p>`;
    case 'table':
      return tableHtml(block.table, report);
  }
}

function tableHtml(table: ReportTable, report: CchcReport): string {
  const grouped = hasParts(table);
  const head = table.columns.map((column) => `<th scope="col">${escape(column.label)}</th>`).join('');
  const rows = table.rows.map((row) => {
    const cells = row.cells.map((cell, i) => {
      const column = table.columns[i]!;
      return `<td${isNumeric(column.kind) ? ' class="number"' : ''}>${escape(formatCell(cell, column.kind, report.lang))}</td>`;
    });
    return `<tr class="${row.level === 0 ? (grouped ? 'total' : 'item') : 'part'}">${cells.join('')}</tr>`;
  });
  return `<table><caption>${escape(table.title)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
