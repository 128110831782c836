import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * Whether the engine may read a UTF-8 text file itself: every byte sequence is valid UTF-8 and the
 * quotes pair up. Those are what our own chunker checks while it cuts records; the engine would
 * instead load a stray byte as text or an unclosed quote as one cell running to the end of the file.
 * A file that fails goes the chunked way, whose errors say where the problem is (null here).
 * The same read counts the file's lines: while the engine parses the file in one statement, the
 * load's progress estimates its rows from them and the share of the file read (read-progress.ts).
 */
export async function engineCanRead(path: string, bomLength: number, readSize = 4 * 1024 * 1024): Promise<{ lines: number } | null> {
  let carry = Buffer.alloc(0);
  let quotes = 0;
  let lines = 0;
  let last = NEWLINE;
  for await (const chunk of createReadStream(path, { start: bomLength, highWaterMark: readSize }) as AsyncIterable<Buffer>) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    // a multi-byte character may straddle reads: check up to the start of the last one, carry it over
    const cut = lastCharacterStart(bytes);
    if (!isUtf8(bytes.subarray(0, cut))) return null;
    carry = Buffer.from(bytes.subarray(cut));
    quotes += occurrences(chunk, QUOTE);
    lines += occurrences(chunk, NEWLINE);
    last = chunk[chunk.length - 1] ?? last;
  }
  return isUtf8(carry) && quotes % 2 === 0 ? { lines: lines + (last === NEWLINE ? 0 : 1) } : null;
}

function occurrences(bytes: Buffer, byte: number): number {
  let count = 0;
  for (let at = bytes.indexOf(byte); at >= 0; at = bytes.indexOf(byte, at + 1)) count++;
  return count;
}

/** Index of the first byte of the last character when it may be incomplete (within the last 3 bytes). */
function lastCharacterStart(bytes: Buffer): number {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 4); i--) {
    const byte = bytes[i]!;
    if ((byte & 0xc0) !== 0x80) return byte < 0x80 ? bytes.length : i;
  }
  return bytes.length;
}
