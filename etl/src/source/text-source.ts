import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { FileRejectedError } from '../pipeline/errors';
import { detectDelimiter } from './delimiter';
import type { RecordSource, SourceRecord } from './record';

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

export async function openTextSource(path: string, encoding: TextEncoding, bomLength: number): Promise<RecordSource> {
  const delimiter = detectDelimiter(await readHeaderLine(path, encoding, bomLength));
  const parser = createReadStream(path, { start: bomLength, highWaterMark: 256 * 1024 })
    .pipe(decoder(encoding))
    .pipe(
      parse({
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        info: true,
        max_record_size: 1_000_000,
      }),
    );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const first = await next(iterator);
  if (first.done) throw new FileRejectedError('Tệp không có dòng tiêu đề', 'The file has no header row');
  const header = first.value.record;
  async function* records(): AsyncGenerator<SourceRecord> {
    let previousEnd = first.value!.info.lines;
    for (;;) {
      const item = await next(iterator);
      if (item.done) return;
      const { record, info } = item.value;
      // csv-parse reports the line a record ends on; a quoted cell may span lines, so start = previous end + 1
      yield { line: previousEnd + 1, cells: record };
      previousEnd = info.lines;
    }
  }
  return { header, records: records() };
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
