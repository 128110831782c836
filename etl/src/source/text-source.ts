import { createReadStream, statSync } from 'node:fs';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { FileRejectedError } from '../pipeline/errors';
import { detectDelimiter } from './delimiter';
import type { FileFacts } from './direct-file';
import type { CsvChunk, RecordSource, SourceRecord } from './record';
import { RecordChunker, UnterminatedQuoteError } from './record-chunker';

/** Big enough that per-insert overhead vanishes, small enough that memory stays flat. */
export const CHUNK_CHARS = 8 * 1024 * 1024;

type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Decodes as it streams; an invalid byte sequence anywhere rejects the file (nothing is half-loaded). */
function decoder(encoding: TextEncoding): Transform {
  const textDecoder = new TextDecoder(encoding, { fatal: true });
  return new Transform({
    decodeStrings: true,
    transform(chunk: Buffer, _enc, done) {
      try {
        done(null, textDecoder.decode(chunk, { stream: true }));
      } catch {
        done(new FileRejectedError(`Tệp có ký tự không hợp lệ với mã ${encoding}`, `The file has bytes that are not valid ${encoding}`));
      }
    },
    flush(done) {
      try {
        done(null, textDecoder.decode());
      } catch {
        done(new FileRejectedError(`Tệp bị cắt giữa một ký tự ${encoding}`, `The file ends in the middle of a ${encoding} character`));
      }
    },
  });
}

async function readHeaderLine(path: string, encoding: TextEncoding, bomLength: number): Promise<string> {
  const stream = createReadStream(path, { start: bomLength, highWaterMark: 64 * 1024 }).pipe(decoder(encoding));
  let text = '';
  for await (const chunk of stream as AsyncIterable<string>) {
    text += chunk;
    const end = text.search(/\r?\n/);
    if (end >= 0) {
      stream.destroy();
      return text.slice(0, end);
    }
    if (text.length > 1_000_000) {
      stream.destroy();
      throw new FileRejectedError('Dòng tiêu đề quá dài (trên 1 triệu ký tự)', 'Header line longer than 1 million characters');
    }
  }
  return text;
}

/** `engineReadable`: from the scan of the whole file (direct-file.ts); only a UTF-8 comma or semicolon file can use it. */
export async function openTextSource(
  path: string,
  encoding: TextEncoding,
  bomLength: number,
  engineReadable: FileFacts['engineReadable'],
): Promise<RecordSource> {
  const delimiter = detectDelimiter(await readHeaderLine(path, encoding, bomLength));
  const open = () => createReadStream(path, { start: bomLength, highWaterMark: 256 * 1024 });
  const parsed = () => {
    const file = open();
    const parser = file
      .pipe(decoder(encoding))
      .pipe(parse({ delimiter, relax_column_count: true, skip_empty_lines: true, info: true, max_record_size: 1_000_000 }));
    // a piped file stream outlives an abandoned parser; close it with the parser or the fd leaks
    parser.on('close', () => file.destroy());
    return parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  };
  const headerRows = parsed();
  const first = await next(headerRows);
  await headerRows.return?.();
  if (first.done) throw new FileRejectedError('Tệp không có dòng tiêu đề', 'The file has no header row');
  const header = first.value.record;

  async function* records(): AsyncGenerator<SourceRecord> {
    const iterator = parsed();
    let previousEnd = (await next(iterator)).value?.info.lines ?? 0;
    for (;;) {
      const item = await next(iterator);
      if (item.done) return;
      const { record, info } = item.value;
      // csv-parse reports the line a record ends on; a quoted cell may span lines, so start = previous end + 1
      yield { line: previousEnd + 1, cells: record };
      previousEnd = info.lines;
    }
  }

  async function* chunks(): AsyncGenerator<CsvChunk> {
    const size = Math.max(statSync(path).size, 1);
    let bytesRead = bomLength;
    const raw = open().on('data', (chunk) => (bytesRead += chunk.length));
    const chunker = new RecordChunker(CHUNK_CHARS);
    const emit = (chunk: { text: string; firstLine: number } | null): CsvChunk | null =>
      chunk && { ...chunk, delimiter, fraction: Math.min(bytesRead / size, 1) };
    try {
      for await (const text of raw.pipe(decoder(encoding)) as AsyncIterable<string>) {
        const chunk = emit(chunker.push(text));
        if (chunk) yield chunk;
      }
      const last = emit(chunker.end());
      if (last) yield last;
    } catch (error) {
      if (!(error instanceof UnterminatedQuoteError)) throw error;
      throw new FileRejectedError(
        `Tệp CSV hỏng: dấu ngoặc kép mở ở dòng ${error.line} không được đóng`,
        `Malformed CSV: the quote opened on line ${error.line} is never closed`,
        { line: error.line },
      );
    } finally {
      raw.destroy();
    }
  }

  const directFile = async () =>
    engineReadable && encoding === 'utf-8' && delimiter !== '\t' ? { path, delimiter, lines: engineReadable.lines, bytes: statSync(path).size } : null;

  return { header, records, chunks, directFile };
}

async function next<T>(iterator: AsyncIterator<T>): Promise<IteratorResult<T>> {
  try {
    return await iterator.next();
  } catch (error) {
    if (error instanceof FileRejectedError) throw error;
    const csv = error as { code?: string; lines?: number; message: string };
    throw new FileRejectedError(
      `Tệp CSV hỏng${csv.lines ? ` ở dòng ${csv.lines}` : ''}: ${csv.message}`,
      `Malformed CSV${csv.lines ? ` at line ${csv.lines}` : ''}: ${csv.message}`,
      { code: csv.code, line: csv.lines },
    );
  }
}
