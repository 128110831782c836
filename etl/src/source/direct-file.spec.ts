import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileFacts } from './direct-file';

const dir = mkdtempSync(join(tmpdir(), 'cchc-direct-'));
const file = (name: string, bytes: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const readable = async (path: string, readSize?: number) => (await readFileFacts(path, readSize)).engineReadable;

describe('readFileFacts: the checksum, and which files the engine may parse itself', () => {
  const text = 'Mã hồ sơ,Tên thủ tục\nHS01,"Cấp ""giấy phép"", biểu diễn"\nHS02,"Công nhận\nđiểm du lịch"\n';

  it('accepts valid UTF-8 with paired quotes, whatever the read size cuts through', async () => {
    // reads of 1 to 7 bytes split every multi-byte Vietnamese letter somewhere
    for (const size of [1, 2, 3, 5, 7, 4096]) assert.deepEqual(await readable(file('ok.csv', text), size), { lines: 4 }, `read size ${size}`);
  });

  it('hashes every byte, whatever the read size', async () => {
    const expected = createHash('sha256').update(text).digest('hex');
    for (const size of [1, 7, 4096]) assert.equal((await readFileFacts(file('sum.csv', text), size)).checksum, expected, `read size ${size}`);
  });

  it('reads through a UTF-8 byte order mark', async () => {
    assert.deepEqual(await readable(file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), 2), { lines: 4 });
  });

  it('counts a last line without a line break', async () => {
    assert.deepEqual(await readable(file('no-eol.csv', text.trimEnd()), 3), { lines: 4 });
  });

  it('refuses a quote that is never closed (a truncated file)', async () => {
    assert.equal(await readable(file('open.csv', `${text}HS03,"Cấp phép\n`), 5), null);
  });

  it('refuses bytes that are not UTF-8, UTF-16 with its byte order mark, and a character cut at the end of the file', async () => {
    assert.equal(await readable(file('latin1.csv', Buffer.from('Mã,T\nHS01,Hà Nội\n', 'latin1'))), null);
    assert.equal(await readable(file('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))), null);
    const cut = Buffer.from('HS01,Hà');
    assert.equal(await readable(file('cut.csv', cut.subarray(0, cut.length - 1)), 3), null);
  });
});
