import { detectFormat } from './detect';
import type { FileFacts } from './direct-file';
import type { RecordSource } from './record';
import { openTextSource } from './text-source';
import { openXlsxSource } from './xlsx-source';

/** Opens CSV/TSV (any supported encoding and delimiter) or XLSX as one stream of records. */
export async function openSource(path: string, facts: FileFacts): Promise<RecordSource> {
  const format = await detectFormat(path);
  return format.type === 'xlsx' ? openXlsxSource(path) : openTextSource(path, format.encoding, format.bomLength, facts.engineReadable);
}
