import JSZip from 'jszip';
import { formatCell, type CchcReport, type ReportTable } from '@cchc/domain';
import { columnChars, hasParts, isNumeric, reportBlocks, type ReportBlock } from './report-layout';

// No Word library is installed: a DOCX is a zip of a few XML parts, and these are the minimum Word,
// LibreOffice and Google Docs open (package types, the relationships, the document and its styles).
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`;

const PACKAGE_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;

// Times New Roman 13 pt (sizes are in half-points), as official documents are set
const STYLES = `${XML}<w:styles xmlns:w="${W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
</w:styles>`;

// A4 with the margins of official documents (top and bottom 20 mm, left 30 mm, right 15 mm), in twentieths of a point
const PAGE = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 850 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export async function reportDocx(report: CchcReport): Promise<Buffer> {
  const zip = new JSZip();
  const parts = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': PACKAGE_RELS,
    'word/_rels/document.xml.rels': DOCUMENT_RELS,
    'word/styles.xml': STYLES,
    'word/document.xml': documentXml(report),
  };
  // only parts, as Word writes them: folder entries would be parts without a content type
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml, { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function documentXml(report: CchcReport): string {
  const body = reportBlocks(report)
    .map((block) => blockXml(block, report))
    .join('\n');
  const section = `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/><w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`;
  return `${XML}<w:document xmlns:w="${W}"><w:body>\n${body}\n${section}</w:body></w:document>`;
}

function blockXml(block: ReportBlock, report: CchcReport): string {
  switch (block.kind) {
    case 'title':
      return paragraph(run(block.text), '<w:pStyle w:val="Title"/>');
    case 'filter':
      return paragraph(
        `${run(`${block.filter.label}: `, '<w:b/>')}${run(block.filter.text)}`,
        '<w:spacing w:after="0"/><w:jc w:val="left"/>',
      );
    case 'heading':
      return paragraph(run(block.text), '<w:pStyle w:val="Heading1"/>');
    case 'paragraph':
      return paragraph(run(block.text));
    case 'table':
      // a paragraph after the table keeps two tables from merging into one
      return [paragraph(run(block.table.title), '<w:pStyle w:val="Heading2"/>'), tableXml(block.table, report), paragraph('')].join('\n');
  }
}

function tableXml(table: ReportTable, report: CchcReport): string {
  const widths = columnWidths(table, report);
  const grouped = hasParts(table);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const properties = `<w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`;
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const cell = (i: number, content: string, shading = '') =>
    `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${shading}</w:tcPr>${content}</w:tc>`;
  // the header row repeats on every page the table runs onto
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${table.columns
    .map((column, i) =>
      cell(
        i,
        paragraph(run(column.label, '<w:b/>'), '<w:spacing w:after="0"/><w:jc w:val="center"/>'),
        '<w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/>',
      ),
    )
    .join('')}</w:tr>`;
  const rows = table.rows.map((row) => {
    const bold = grouped && row.level === 0 ? '<w:b/>' : '';
    const cells = row.cells.map((value, i) => {
      const column = table.columns[i]!;
      const indent = row.level === 1 && i > 0 && !isNumeric(column.kind) ? '<w:ind w:left="284"/>' : '';
      const align = isNumeric(column.kind) ? '<w:jc w:val="right"/>' : '<w:jc w:val="left"/>';
      return cell(i, paragraph(run(formatCell(value, column.kind, report.lang), bold), `<w:spacing w:after="0"/>${indent}${align}`));
    });
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.join('')}</w:tr>`;
  });
  return `<w:tbl>${properties}${grid}${header}${rows.join('')}</w:tbl>`;
}

/** Twentieths of a point an average character takes at 13 pt. */
const CHAR = 130;

/**
 * Number columns as wide as their longest figure or header, text columns sharing the rest by their
 * longest text; when numbers would leave the text too little, every column shares by length.
 */
function columnWidths(table: ReportTable, report: CchcReport): number[] {
  // two characters more for the cell margins, so a column just wide enough does not wrap
  const chars = columnChars(table, report.lang, 8).map((n) => n + 2);
  const numbers = table.columns.reduce((sum, column, i) => sum + (isNumeric(column.kind) ? chars[i]! * CHAR : 0), 0);
  const rest = TEXT_WIDTH - numbers;
  const share = (columns: number[], width: number) => {
    const total = columns.reduce((sum, i) => sum + chars[i]!, 0);
    return new Map(columns.map((i) => [i, Math.floor((width * chars[i]!) / total)]));
  };
  const all = table.columns.map((_, i) => i);
  if (rest < TEXT_WIDTH / 3) return [...share(all, TEXT_WIDTH).values()];
  const text = share(
    all.filter((i) => !isNumeric(table.columns[i]!.kind)),
    rest,
  );
  return all.map((i) => text.get(i) ?? chars[i]! * CHAR);
}

function paragraph(runs: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`;
}

function run(text: string, properties = ''): string {
  if (text === '') return '';
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

/** Escaped, and without the control characters XML 1.0 cannot hold at all. */
function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
