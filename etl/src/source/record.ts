/** One data row of a source file with the line it started on (1-based, header included). */
export interface SourceRecord {
  line: number;
  cells: string[];
}

export interface RecordSource {
  header: string[];
  records: AsyncIterable<SourceRecord>;
}
