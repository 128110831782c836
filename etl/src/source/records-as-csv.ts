import type { CsvChunk, SourceRecord } from './record';
import { CHUNK_CHARS } from './text-source';

const quoted = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Rows already read in code (spreadsheets) as CSV for the engine, each carrying its own line first. */
export async function* chunksOfRecords(records: AsyncIterable<SourceRecord>): AsyncGenerator<CsvChunk> {
  let lines: string[] = [];
  let size = 0;
  for await (const record of records) {
    const line = `${record.line},${record.cells.map(quoted).join(',')}`;
    lines.push(line);
    size += line.length + 1;
    if (size >= CHUNK_CHARS) {
      yield { text: `${lines.join('\n')}\n`, delimiter: ',', firstLine: null, fraction: 0 };
      lines = [];
      size = 0;
    }
  }
  if (lines.length > 0) yield { text: `${lines.join('\n')}\n`, delimiter: ',', firstLine: null, fraction: 1 };
}
