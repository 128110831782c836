/** One data row of a source file with the line it started on (1-based, header included). */
export interface SourceRecord {
  line: number;
  cells: string[];
}

/**
 * CSV text of whole records for the engine to parse. `firstLine` numbers the records of a text file
 * (its first record's line; the rest follow one per line); null when every record carries its own
 * line as its first cell (spreadsheets, whose empty rows are skipped).
 */
export interface CsvChunk {
  text: string;
  delimiter: string;
  firstLine: number | null;
  /** Share of the file read so far, 0–1, for progress and ETA. */
  fraction: number;
}

/** A UTF-8 CSV file (',' or ';') the engine can parse on its own, header line included. */
export interface DirectFile {
  path: string;
  delimiter: string;
  /** Lines in the file, header included: a bound on its records (a quoted line break makes it high). */
  lines: number;
  bytes: number;
}

export interface RecordSource {
  header: string[];
  /** The file itself when the engine may read it directly (from the scan that read it for its checksum), else null. */
  directFile(): Promise<DirectFile | null>;
  /** Rows parsed in JavaScript, for small kinds that are validated in code. */
  records(): AsyncIterable<SourceRecord>;
  /** The same rows as CSV chunks, for kinds the engine parses and validates itself. */
  chunks(): AsyncIterable<CsvChunk>;
}
