import { detectFormat } from './detect';
import type { FileFacts } from './direct-file';
import type { RecordSource } from './record';
import { openTextSource } from './text-source';
import { openXlsxSource } from './xlsx-source';

/**
 * Opens CSV/TSV (any supported encoding and delimiter) or XLSX as one stream of records. `facts` come
 * from readFileFacts; a caller that only reads records leaves them out, and the engine is never offered
 * the file itself.
 */
export async function openSource(path: string, facts: Pick<FileFacts, 'engineReadable'> = { engineReadable: null }): Promise<RecordSource> {
  const format = await detectFormat(path);
  return format.type === 'xlsx' ? openXlsxSource(path) : openTextSource(path, format.encoding, format.bomLength, facts.engineReadable);
}
