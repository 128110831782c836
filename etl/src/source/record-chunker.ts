/** A run of whole CSV records (never one cut in two) and the line its first record starts on. */
export interface TextChunk {
  text: string;
  firstLine: number;
}

export class UnterminatedQuoteError extends Error {
  constructor(readonly line: number) {
    super(`unterminated quote opened on line ${line}`);
  }
}

/**
 * Cuts CSV text into chunks of whole records for the engine to parse, without parsing it: a line
 * break ends a record unless an odd number of quotes precede it in the record (RFC 4180 escapes a
 * quote by doubling it, which keeps the parity). The first record, the header, is dropped.
 */
export class RecordChunker {
  private buffer = '';
  private scanned = 0;
  private inQuotes = false;
  private newlines = 0;
  private boundary = -1;
  private newlinesAtBoundary = 0;
  private openQuoteLine = 0;
  private headerEnd = -1;
  private headerNewlines = 0;
  private line = 1;

  constructor(private readonly chunkChars: number) {}

  push(text: string): TextChunk | null {
    this.buffer += text;
    this.scan();
    return this.buffer.length >= this.chunkChars ? this.cut(this.boundary, this.newlinesAtBoundary) : null;
  }

  /** The rest after the last push; throws when the text ends inside a quoted cell. */
  end(): TextChunk | null {
    if (this.inQuotes) throw new UnterminatedQuoteError(this.openQuoteLine);
    this.scan();
    if (this.headerEnd < 0) {
      // a header with no line break after it: no records
      this.headerEnd = this.buffer.length;
      this.headerNewlines = this.newlines;
    }
    return this.cut(this.buffer.length, this.newlines);
  }

  private scan(): void {
    const text = this.buffer;
    let i = this.scanned;
    let quote = text.indexOf('"', i);
    let newline = text.indexOf('\n', i);
    while (quote !== -1 || newline !== -1) {
      if (quote !== -1 && (newline === -1 || quote < newline)) {
        this.inQuotes = !this.inQuotes;
        if (this.inQuotes) this.openQuoteLine = this.line + this.newlines;
        i = quote + 1;
        quote = text.indexOf('"', i);
      } else {
        this.newlines++;
        i = newline + 1;
        if (!this.inQuotes) {
          if (this.headerEnd < 0) {
            this.headerEnd = i;
            this.headerNewlines = this.newlines;
          }
          this.boundary = i;
          this.newlinesAtBoundary = this.newlines;
        }
        newline = text.indexOf('\n', i);
      }
    }
    this.scanned = text.length;
  }

  private cut(end: number, newlinesAtEnd: number): TextChunk | null {
    if (this.headerEnd < 0 || end <= this.headerEnd) return null;
    const text = this.buffer.slice(this.headerEnd, end);
    const chunk = { text, firstLine: this.line + this.headerNewlines };
    this.line += newlinesAtEnd;
    this.buffer = this.buffer.slice(end);
    this.scanned -= end;
    this.newlines -= newlinesAtEnd;
    this.boundary = -1;
    this.newlinesAtBoundary = 0;
    this.headerEnd = 0;
    this.headerNewlines = 0;
    return text.trim() === '' ? null : chunk;
  }
}
