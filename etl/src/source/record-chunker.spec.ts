import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RecordChunker, UnterminatedQuoteError, type TextChunk } from './record-chunker';

function chunksOf(text: string, size: number, pieces = 3): TextChunk[] {
  const chunker = new RecordChunker(size);
  const out: TextChunk[] = [];
  const step = Math.max(1, Math.ceil(text.length / pieces));
  for (let i = 0; i < text.length; i += step) {
    const chunk = chunker.push(text.slice(i, i + step));
    if (chunk) out.push(chunk);
  }
  const last = chunker.end();
  if (last) out.push(last);
  return out;
}

describe('RecordChunker: whole CSV records for the engine, header dropped', () => {
  it('drops the header and numbers the first record line 2', () => {
    assert.deepEqual(chunksOf('a,b\n1,2\n3,4\n', 1_000), [{ text: '1,2\n3,4\n', firstLine: 2 }]);
  });

  it('never cuts inside a quoted cell that spans lines, and keeps line numbers exact across chunks', () => {
    const text = 'h1,h2\n1,"x\ny"\n2,z\n3,"a ""q"" b"\n4,w';
    const chunks = chunksOf(text, 4, 20);
    assert.equal(chunks.map((c) => c.text).join(''), text.slice('h1,h2\n'.length));
    for (const chunk of chunks) assert.equal((chunk.text.match(/"/g) ?? []).length % 2, 0, `balanced: ${chunk.text}`);
    const starts = chunks.map((c) => [c.firstLine, c.text.split(',')[0]]);
    assert.deepEqual(starts, [[2, '1'], [4, '2'], [5, '3'], [6, '4']]);
  });

  it('gives no chunk for a header-only file, with or without a final line break', () => {
    assert.deepEqual(chunksOf('a,b', 10), []);
    assert.deepEqual(chunksOf('a,b\r\n', 10), []);
    assert.deepEqual(chunksOf('a,b\n\n\n', 10), []);
  });

  it('refuses text that ends inside a quote, naming the line the quote opened on', () => {
    const chunker = new RecordChunker(1_000);
    chunker.push('a,b\n1,2\n3,"open\nstill open');
    assert.throws(() => chunker.end(), (error: unknown) => error instanceof UnterminatedQuoteError && error.line === 3);
  });
});
