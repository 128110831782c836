import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/** RFC 4180: quote only when the value holds a comma, a quote or a line break; double inner quotes. */
export const csvField = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export const csvLine = (cells: readonly string[]): string => `${cells.map(csvField).join(',')}\n`;

/** Streams CSV rows with back-pressure, so large sample sets never sit in memory. */
export class CsvWriter {
  private readonly stream: WriteStream;
  rows = 0;

  constructor(
    readonly path: string,
    header: readonly string[],
  ) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    this.stream.write(csvLine(header));
  }

  async write(cells: readonly string[]): Promise<void> {
    this.rows++;
    if (!this.stream.write(csvLine(cells))) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

export const yesNo = (value: boolean): string => (value ? 'Có' : 'Không');
