import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EtlJobSummary } from '@cchc/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';

const HEADER = 'Mã hồ sơ,Mã TTHC,Tên thủ tục,Lĩnh vực,Mã cơ quan,Phòng xử lý,Hình thức nộp,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái,Ký số,Số hóa,Thanh toán trực tuyến,Đối tượng';

describe('uploaded file names are shown, never used as paths', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  for (const [i, name] of ['../../../evil.csv', '..\\..\\evil.csv', '/etc/cron.d/evil.csv', '.hidden.csv'].entries()) {
    it(`"${name}" loads under a harmless name inside the data folder`, async () => {
      // a different dossier each time: the same bytes twice would be skipped as already loaded
      const file = join(t.installation.config.dataDir, `source-${i}.tmp`);
      writeFileSync(file, `${HEADER}\nN${i},1.000001,Cấp phép,Văn hóa,SVHTTDL,Văn phòng,Trực tuyến,10/01/2023 09:00,20/01/2023 17:00,,Đang xử lý,Có,Có,Không,Công dân\n`);
      const reply = await t.upload<EtlJobSummary>(file, {}, name);
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      assert.equal(reply.body.status, 'done');
      assert.doesNotMatch(reply.body.fileName, /[/\\]|^\./);
      const dataDir = t.installation.config.dataDir;
      for (const outside of [join(dataDir, '..', 'evil.csv'), join(dirname(dataDir), '..', 'evil.csv'), '/etc/cron.d/evil.csv']) {
        assert.equal(existsSync(outside), false, outside);
      }
      const stored = readdirSync(dataDir, { recursive: true }).map(String);
      assert.ok(stored.some((path) => path.endsWith(reply.body.fileName)), `filed as ${reply.body.fileName} inside the data folder`);
    });
  }
});
