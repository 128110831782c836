import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/** What a load needs to know of a file before reading its rows. */
export interface FileFacts {
  /** SHA-256 of the bytes, hex: the same file loaded again is recognised by it. */
  checksum: string;
  /** Lines of a file the engine may read itself, header included; null if it may not. */
  engineReadable: { lines: number } | null;
}

/**
 * The checksum and the engine-readability scan in one read of the file (a 2M-row file: 0,69 → 0,45 s
 * against one read each). Pieces of 4 MiB: with the default 64 KiB the hash alone took 230 ms per
 * million rows instead of 170.
 */
export async function readFileFacts(path: string, readSize = 4 * 1024 * 1024): Promise<FileFacts> {
  const hash = createHash('sha256');
  const scan = new EngineReadabilityScan();
  for await (const chunk of createReadStream(path, { highWaterMark: readSize }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    scan.push(chunk);
  }
  return { checksum: hash.digest('hex'), engineReadable: scan.end() };
}

/**
 * Whether the engine may read a UTF-8 text file itself: every byte sequence is valid UTF-8 and the
 * quotes pair up. Those are what our own chunker checks while it cuts records; the engine would
 * instead load a stray byte as text or an unclosed quote as one cell running to the end of the file.
 * A file that fails goes the chunked way, whose errors say where the problem is. The scan also counts
 * the lines: while the engine parses the file in one statement, the load's progress estimates its rows
 * from them and the share of the file read (read-progress.ts). A UTF-8 byte order mark is valid UTF-8
 * with neither quote nor line break, so it needs no special case; any other file stops the checks at
 * its first piece that is not UTF-8.
 */
class EngineReadabilityScan {
  private carry = Buffer.alloc(0);
  private valid = true;
  private quotes = 0;
  private lines = 0;
  private last = NEWLINE;

  push(chunk: Buffer): void {
    if (!this.valid || chunk.length === 0) return;
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    // a multi-byte character may straddle reads: check up to the start of the last one, carry it over
    const cut = lastCharacterStart(bytes);
    this.valid = isUtf8(bytes.subarray(0, cut));
    this.carry = Buffer.from(bytes.subarray(cut));
    this.quotes += occurrences(chunk, QUOTE);
    this.lines += occurrences(chunk, NEWLINE);
    this.last = chunk[chunk.length - 1]!;
  }

  end(): { lines: number } | null {
    return this.valid && isUtf8(this.carry) && this.quotes % 2 === 0 ? { lines: this.lines + (this.last === NEWLINE ? 0 : 1) } : null;
  }
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
