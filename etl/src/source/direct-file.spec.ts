import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineCanRead } from './direct-file';

const dir = mkdtempSync(join(tmpdir(), 'cchc-direct-'));
const file = (name: string, bytes: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('engineCanRead: which files the engine may parse itself', () => {
  const text = 'Mã hồ sơ,Tên thủ tục\nHS01,"Cấp ""giấy phép"", biểu diễn"\nHS02,"Công nhận\nđiểm du lịch"\n';

  it('accepts valid UTF-8 with paired quotes, whatever the read size cuts through', async () => {
    // reads of 1 to 7 bytes split every multi-byte Vietnamese letter somewhere
    for (const size of [1, 2, 3, 5, 7, 4096]) assert.deepEqual(await engineCanRead(file('ok.csv', text), 0, size), { lines: 4 }, `read size ${size}`);
  });

  it('skips the BOM it is told about', async () => {
    assert.deepEqual(await engineCanRead(file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), 3), { lines: 4 });
  });

  it('counts a last line without a line break', async () => {
    assert.deepEqual(await engineCanRead(file('no-eol.csv', text.trimEnd()), 0, 3), { lines: 4 });
  });

  it('refuses a quote that is never closed (a truncated file)', async () => {
    assert.equal(await engineCanRead(file('open.csv', `${text}HS03,"Cấp phép\n`), 0, 5), null);
  });

  it('refuses bytes that are not UTF-8, and a character cut at the end of the file', async () => {
    assert.equal(await engineCanRead(file('latin1.csv', Buffer.from('Mã,T\nHS01,Hà Nội\n', 'latin1')), 0), null);
    const cut = Buffer.from('HS01,Hà');
    assert.equal(await engineCanRead(file('cut.csv', cut.subarray(0, cut.length - 1)), 0, 3), null);
  });
});
