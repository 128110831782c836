import { open } from 'node:fs/promises';
import { FileRejectedError } from '../pipeline/errors';

export type SourceFormat =
  | { type: 'xlsx' }
  | { type: 'text'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bomLength: number };

const SAMPLE_BYTES = 64 * 1024;

/**
 * Decides how to read a file from its first bytes: XLSX (a zip), text with a BOM (UTF-8, UTF-16LE/BE,
 * as Excel's "Unicode text" writes), or UTF-8 without BOM. Anything else is refused with its reason.
 */
export async function detectFormat(path: string): Promise<SourceFormat> {
  const handle = await open(path, 'r');
  let sample: Buffer;
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    sample = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (sample.length === 0) throw new FileRejectedError('Tệp rỗng', 'The file is empty');
  if (sample[0] === 0x50 && sample[1] === 0x4b && sample[2] === 0x03 && sample[3] === 0x04) return { type: 'xlsx' };
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { type: 'text', encoding: 'utf-8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { type: 'text', encoding: 'utf-16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { type: 'text', encoding: 'utf-16be', bomLength: 2 };
  if (sample.includes(0)) {
    throw new FileRejectedError(
      'Tệp nhị phân, không phải CSV/XLSX (hoặc UTF-16 thiếu BOM)',
      'Binary file, not CSV/XLSX (or UTF-16 without a byte-order mark)',
    );
  }
  try {
    // stream: true tolerates a multi-byte character cut at the sample's end
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
  } catch {
    throw new FileRejectedError(
      'Tệp không phải UTF-8: hãy lưu lại dưới dạng CSV UTF-8 hoặc Unicode (UTF-16)',
      'The file is not UTF-8: save it again as CSV UTF-8 or Unicode text (UTF-16)',
    );
  }
  return { type: 'text', encoding: 'utf-8', bomLength: 0 };
}
