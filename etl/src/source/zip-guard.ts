import { open } from 'node:fs/promises';
import { FileRejectedError } from '../pipeline/errors';

/** A workbook of a million dossier rows unpacks to a few hundred MB; beyond this it is not an export. */
export const MAX_UNPACKED_BYTES = 1024 ** 3;
/** Spreadsheet XML deflates 5–20×; a part that claims far more is built to exhaust memory. */
const MAX_RATIO = 200;
const RATIO_FLOOR = 16 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/**
 * Reads the zip's central directory (sizes declared for every part) before anything is inflated, and
 * refuses a zip bomb dressed as XLSX: too much in total, a part with an absurd compression ratio, or
 * ZIP64 sizes no export needs. Nothing is decompressed here.
 */
export async function assertSafeZip(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 65_557); // end record (22 bytes) + the longest comment
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_OF_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) throw broken('no central directory');
    const entries = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset === 0xffffffff || directorySize > size) throw tooBig();
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    let total = 0;
    for (let at = 0, n = 0; n < entries; n++) {
      if (at + 46 > directory.length || directory.readUInt32LE(at) !== DIRECTORY_ENTRY) throw broken('damaged central directory');
      const compressed = directory.readUInt32LE(at + 20);
      const unpacked = directory.readUInt32LE(at + 24);
      if (compressed === 0xffffffff || unpacked === 0xffffffff) throw tooBig();
      if (unpacked > RATIO_FLOOR && unpacked > MAX_RATIO * Math.max(compressed, 1)) throw tooBig();
      total += unpacked;
      at += 46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    if (total > MAX_UNPACKED_BYTES) throw tooBig();
  } finally {
    await handle.close();
  }
}

function tooBig(): FileRejectedError {
  return new FileRejectedError(
    `Tệp XLSX giải nén quá lớn (quá ${MAX_UNPACKED_BYTES / 1024 ** 3} GiB hoặc tỷ lệ nén bất thường): hãy xuất CSV`,
    `The XLSX file unpacks too large (over ${MAX_UNPACKED_BYTES / 1024 ** 3} GiB or an abnormal compression ratio): export CSV instead`,
  );
}

function broken(reason: string): FileRejectedError {
  return new FileRejectedError(`Tệp XLSX hỏng (${reason})`, `Damaged XLSX file (${reason})`);
}
