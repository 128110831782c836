import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ApiError, EtlJobSummary } from '@cchc/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const FIXTURES = join(process.cwd(), 'etl/src/testing/fixtures');
const DOSSIERS = join(FIXTURES, 'dossiers-hand-count.csv');
const FEEDBACK = join(FIXTURES, 'feedback-hand-count.csv');
const PROCEDURES = join(FIXTURES, 'procedures-hand-count.csv');
const bytes = (file: string) => statSync(file).size;

/** Every file under a folder with the hash of its content. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

describe('inbox size limit (INBOX_MAX_BYTES): a full inbox refuses uploads clearly and loses nothing', () => {
  // room for the dossier export and one feedback file, not for a second one nor the catalogue
  const limit = bytes(DOSSIERS) + bytes(FEEDBACK) + 200;
  let t: TestApp;
  let inbox: string;
  let uploads: string;

  before(async () => {
    t = await startTestApp({ INBOX_MAX_BYTES: String(limit) });
    inbox = t.installation.config.inboxDir;
    uploads = join(t.installation.config.dataDir, 'uploads');
  });
  after(() => t.close());

  it('loads and files an upload that fits', async () => {
    const { status, body } = await t.upload<EtlJobSummary>(DOSSIERS);
    assert.equal(status, 201, JSON.stringify(body));
    assert.equal(body.status, 'done', JSON.stringify(body));
    assert.deepEqual(Object.values(snapshot(join(inbox, 'done'))), [createHash('sha256').update(readFileSync(DOSSIERS)).digest('hex')]);
  });

  it('of two uploads racing for the last room, loads one and refuses the other', async () => {
    const replies = await Promise.all([t.upload<EtlJobSummary | ApiError>(FEEDBACK, {}, 'a.csv'), t.upload<EtlJobSummary | ApiError>(FEEDBACK, {}, 'b.csv')]);
    assert.deepEqual(replies.map((r) => r.status).sort(), [201, 507]);
    assert.equal(readdirSync(join(inbox, 'done')).length, 2);
  });

  it('refuses with 507 inbox_full in Vietnamese and English, keeps every file, leaves no trace of the upload', async () => {
    const before = snapshot(inbox);
    const jobs = (await t.get<EtlJobSummary[]>('/api/etl/jobs')).body.length;
    const used = bytes(DOSSIERS) + bytes(FEEDBACK);
    assert.deepEqual([used, bytes(PROCEDURES), limit], [3513, 748, 3713], 'the fixtures the message below is written for');

    const { status, body } = await t.upload<ApiError>(PROCEDURES, { agency: 'SVHTTDL' });
    assert.equal(status, 507);
    assert.deepEqual(body, {
      statusCode: 507,
      code: 'inbox_full',
      message:
        'Hộp thư dữ liệu đã đầy: tệp 0,7 KB không còn chỗ (đang dùng 3,4 KB / giới hạn 3,6 KB). ' +
        'Hãy chuyển bớt tệp trong done/ hoặc failed/ đi nơi khác, hoặc tăng INBOX_MAX_BYTES; các tệp đã có không bị ảnh hưởng.',
      messageEn:
        'The data inbox is full: no room for this 0.7 KB file (3.4 KB used of 3.6 KB). ' +
        'Move files out of done/ or failed/, or raise INBOX_MAX_BYTES; the files already there are untouched.',
    });
    assert.deepEqual(snapshot(inbox), before, 'the inbox, done/ and failed/ unchanged');
    assert.deepEqual(readdirSync(uploads), [], 'the refused upload is not kept');
    assert.equal((await t.get<EtlJobSummary[]>('/api/etl/jobs')).body.length, jobs, 'no load was started');
  });
});
