import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addWorkingDays, DAY, dayOf, isWorkingDay } from './calendar';
import { csvField } from './csv';
import { AGENCIES, AGENCY_HEADER, DOSSIER_HEADER, FEEDBACK_HEADER, generateSamples, PROCEDURE_HEADER } from './index';

/** Enough RFC 4180 for the generator's output (no line breaks inside fields). */
function parseLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted && char === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (char === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else {
      cell += char;
    }
  }
  cells.push(cell);
  return cells;
}

function readCsv(path: string): { header: string[]; rows: Record<string, string>[] } {
  const [head, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
  const header = parseLine(head!);
  const rows = lines.map((line) => {
    const cells = parseLine(line);
    assert.equal(cells.length, header.length, `${path}: ${line}`);
    return Object.fromEntries(header.map((name, i) => [name, cells[i]!]));
  });
  return { header, rows };
}

/** dd/MM/yyyy HH:mm → { day (UTC midnight standing for the Vietnamese day), minutes, instant } */
function parseTime(text: string): { day: number; minutes: number; at: number } {
  const match = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/.exec(text);
  assert.ok(match, `date format: ${text}`);
  const [, dd, mm, yyyy, hh, min] = match.map(Number) as [number, number, number, number, number, number];
  const day = Date.UTC(yyyy, mm - 1, dd);
  assert.equal(new Date(day).getUTCDate(), dd, `real calendar date: ${text}`);
  const minutes = hh * 60 + min;
  return { day, minutes, at: day + minutes * 60_000 };
}

const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-samples-'));
  tempDirs.push(dir);
  return dir;
};

describe('synthetic sample generator (Tỉnh Mẫu)', () => {
  let dir: string;
  before(async () => {
    dir = tempDir();
    await generateSamples({ outDir: dir, until: '2023-06-30' });
  });
  after(() => tempDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('is deterministic: same seed and --until give byte-identical files, through the API and the CLI', async () => {
    const [a, b, cli] = [tempDir(), tempDir(), tempDir()];
    const first = await generateSamples({ outDir: a, until: '2021-06-30' });
    const second = await generateSamples({ outDir: b, until: '2021-06-30', seed: 20231214 });
    const run = spawnSync(
      process.execPath,
      ['--require', '@swc-node/register', join(__dirname, 'main.ts'), '--out', cli, '--until', '2021-06-30'],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.equal(first.dossiers, second.dossiers);
    const names = readdirSync(a).sort();
    assert.deepEqual(readdirSync(b).sort(), names);
    assert.deepEqual(readdirSync(cli).sort(), names);
    for (const name of names) {
      const bytes = readFileSync(join(a, name));
      assert.ok(bytes.equals(readFileSync(join(b, name))), name);
      assert.ok(bytes.equals(readFileSync(join(cli, name))), `${name} (CLI)`);
    }
    const other = await generateSamples({ outDir: tempDir(), until: '2021-06-30', seed: 7, agencies: ['SVHTTDL'] });
    const otherDossiers = other.files.find((file) => file.endsWith('dossiers-SVHTTDL.csv'))!;
    assert.ok(!readFileSync(otherDossiers).equals(readFileSync(join(a, 'dossiers-SVHTTDL.csv'))), 'another seed, other rows');
  });

  it('keeps history: a later --until only adds rows and resolves pending ones', async () => {
    const later = tempDir();
    await generateSamples({ outDir: later, until: '2023-12-31', agencies: ['SVHTTDL', 'SXD'], kinds: ['dossiers'] });
    for (const code of ['SVHTTDL', 'SXD']) {
      const longer = new Set(readFileSync(join(later, `dossiers-${code}.csv`), 'utf8').split('\n'));
      const { rows } = readCsv(join(dir, `dossiers-${code}.csv`));
      const resolved = readFileSync(join(dir, `dossiers-${code}.csv`), 'utf8')
        .split('\n')
        .slice(1, -1)
        .filter((_, i) => rows[i]!['Ngày có kết quả']);
      assert.ok(resolved.length > 1000);
      for (const line of resolved) assert.ok(longer.has(line), line);
    }
  });

  it('writes the four kinds with their canonical headers, one file per agency', () => {
    const names = readdirSync(dir);
    assert.equal(names.length, 1 + 3 * AGENCIES.length + 4 + 2);
    for (const family of ['par-TM', 'ddci-TM', 'sipas-TM', 'papi-VN']) assert.ok(names.includes(`scores-${family}.csv`));
    assert.ok(names.includes('agencies.csv'));
    const firstLine = (name: string) => readFileSync(join(dir, name), 'utf8').split('\n', 1)[0];
    for (const { code } of AGENCIES) {
      assert.equal(firstLine(`dossiers-${code}.csv`), DOSSIER_HEADER.join(','));
      assert.equal(
        firstLine(`procedures-${code}.csv`),
        'Mã cơ quan,Ngày áp dụng,Mã TTHC,Tên thủ tục,Lĩnh vực,Cấp thực hiện,Mức độ DVC trực tuyến,"Có phí, lệ phí",Thanh toán trực tuyến',
      );
      assert.equal(firstLine(`feedback-${code}.csv`), FEEDBACK_HEADER.join(','));
    }
    assert.equal(firstLine('agencies.csv'), AGENCY_HEADER.join(','));
    assert.deepEqual(readCsv(join(dir, 'procedures-SVHTTDL.csv')).header, [...PROCEDURE_HEADER]);
    const directory = readCsv(join(dir, 'agencies.csv')).rows;
    assert.equal(directory.length, AGENCIES.length);
    assert.equal(directory[0]!['Tên cơ quan'], 'Sở Văn hóa, Thể thao và Du lịch');
    assert.ok(directory.every((a) => a['Phòng']!.split(';').length >= 2));
  });

  it('quotes fields per RFC 4180 only when needed', () => {
    assert.equal(csvField('Văn hóa'), 'Văn hóa');
    assert.equal(csvField('Có phí, lệ phí'), '"Có phí, lệ phí"');
    assert.equal(csvField('Công nhận danh hiệu "Gia đình văn hóa"'), '"Công nhận danh hiệu ""Gia đình văn hóa"""');
  });

  it('publishes catalogues shaped like the seed reports, and dossiers only use their own', () => {
    for (const { code } of AGENCIES) {
      const catalogue = readCsv(join(dir, `procedures-${code}.csv`)).rows;
      assert.ok(catalogue.length >= 20 && catalogue.length <= 150, `${code}: ${catalogue.length} procedures`);
      assert.equal(new Set(catalogue.map((p) => p['Mã TTHC'])).size, catalogue.length, `${code}: unique codes`);
      assert.equal(new Set(catalogue.map((p) => p['Tên thủ tục'])).size, catalogue.length, `${code}: unique names`);
      for (const p of catalogue) {
        assert.match(p['Mã TTHC']!, /^[12]\.\d{6}$/);
        assert.deepEqual([p['Mã cơ quan'], p['Ngày áp dụng']], [code, '01/01/2021']);
        assert.ok(['Cấp tỉnh', 'Cấp huyện', 'Cấp xã'].includes(p['Cấp thực hiện']!));
        assert.ok(['Toàn trình', 'Một phần', 'Không'].includes(p['Mức độ DVC trực tuyến']!));
        if (p['Thanh toán trực tuyến'] === 'Có') assert.equal(p['Có phí, lệ phí'], 'Có', `${code} ${p['Mã TTHC']}: payment without fee`);
      }
      const byCode = new Map(catalogue.map((p) => [p['Mã TTHC'], p]));
      for (const d of readCsv(join(dir, `dossiers-${code}.csv`)).rows) {
        const p = byCode.get(d['Mã TTHC']);
        assert.ok(p, `${code}: ${d['Mã TTHC']} not in the catalogue`);
        assert.equal(d['Tên thủ tục'], p['Tên thủ tục']);
        assert.equal(d['Lĩnh vực'], p['Lĩnh vực']);
        if (d['Hình thức nộp'] === 'Trực tuyến') assert.notEqual(p['Mức độ DVC trực tuyến'], 'Không');
        if (d['Thanh toán trực tuyến'] === 'Có') assert.equal(p['Thanh toán trực tuyến'], 'Có');
      }
    }
    const culture = readCsv(join(dir, 'procedures-SVHTTDL.csv')).rows;
    const count = (column: string, value: string) => culture.filter((p) => p[column] === value).length;
    assert.equal(culture.length, 118);
    assert.equal(count('Mức độ DVC trực tuyến', 'Toàn trình'), 110);
    assert.equal(count('Có phí, lệ phí', 'Có'), 53);
    assert.equal(count('Thanh toán trực tuyến', 'Có'), 24);
  });

  it('writes plausible dossiers: office hours on working days, receipt ≤ due and ≤ result', () => {
    const until = dayOf('2023-06-30');
    let total = 0;
    for (const { code } of AGENCIES) {
      const codes = new Set<string>();
      for (const d of readCsv(join(dir, `dossiers-${code}.csv`)).rows) {
        total++;
        const where = `${code} ${d['Mã hồ sơ']}`;
        assert.ok(!codes.has(d['Mã hồ sơ']!), `${where}: duplicate code`);
        codes.add(d['Mã hồ sơ']!);
        assert.equal(d['Mã cơ quan'], code);
        assert.ok(['Trực tuyến', 'Trực tiếp', 'Bưu chính'].includes(d['Hình thức nộp']!), where);
        assert.ok(['Công dân', 'Doanh nghiệp'].includes(d['Đối tượng']!), where);
        for (const flag of ['Ký số', 'Số hóa', 'Thanh toán trực tuyến']) assert.ok(['Có', 'Không'].includes(d[flag]!), where);

        const received = parseTime(d['Ngày tiếp nhận']!);
        const due = parseTime(d['Ngày hẹn trả']!);
        assert.ok(isWorkingDay(received.day) && isWorkingDay(due.day), `${where}: working days`);
        assert.ok(received.minutes >= 450 && received.minutes < 1020, `${where}: office hours`);
        assert.ok(received.day >= dayOf('2021-01-01') && received.day <= until, where);
        let legalDays = 0;
        for (let day = received.day + DAY; day <= due.day; day += DAY) if (isWorkingDay(day)) legalDays++;
        assert.ok(legalDays >= 3 && legalDays <= 20 && isWorkingDay(due.day), `${where}: due ${legalDays} working days after receipt`);
        assert.ok(due.minutes === received.minutes || due.minutes === 1020, `${where}: due time`);

        if (d['Ngày có kết quả']) {
          const result = parseTime(d['Ngày có kết quả']);
          assert.ok(received.at <= result.at, `${where}: result before receipt`);
          assert.ok(isWorkingDay(result.day) && result.minutes >= 450 && result.minutes <= 1020, `${where}: result in office hours`);
          assert.ok(result.day <= until, where);
          assert.ok(['Đã trả kết quả', 'Từ chối', 'Rút hồ sơ'].includes(d['Trạng thái']!), where);
        } else {
          assert.ok(['Đang xử lý', 'Chờ bổ sung'].includes(d['Trạng thái']!), where);
          assert.equal(d['Ký số'], 'Không', `${where}: no signed result yet`);
          assert.ok(received.day > dayOf('2023-04-01'), `${where}: old dossiers are resolved`);
        }
      }
    }
    assert.ok(total > 25_000 && total < 60_000, `${total} dossiers up to mid-2023`);
  });

  it('puts SVHTTDL in the seed report’s neighbourhood for H1 2023 (428 received, 82.48% online, none late)', () => {
    // the official half-year runs 15/12/2022–14/06/2023 (NĐ 09/2019)
    const from = dayOf('2022-12-15');
    const to = dayOf('2023-06-14');
    const rows = readCsv(join(dir, 'dossiers-SVHTTDL.csv')).rows;
    const received = rows.filter((d) => {
      const day = parseTime(d['Ngày tiếp nhận']!).day;
      return day >= from && day <= to;
    });
    const online = received.filter((d) => d['Hình thức nộp'] === 'Trực tuyến').length / received.length;
    assert.ok(received.length >= 360 && received.length <= 500, `received ${received.length}`);
    assert.ok(online >= 0.75 && online <= 0.9, `online ${(online * 100).toFixed(2)}%`);

    let onTime = 0;
    let late = 0;
    let resolved = 0;
    for (const d of rows) {
      if (!d['Ngày có kết quả']) continue;
      const result = parseTime(d['Ngày có kết quả']).day;
      if (result < from || result > to) continue;
      resolved++;
      const due = parseTime(d['Ngày hẹn trả']!).day;
      if (result === due) onTime++;
      if (result > due) late++;
    }
    assert.ok(late <= 2, `late ${late}`);
    assert.ok(onTime / resolved > 0.05 && onTime / resolved < 0.2, `on time ${onTime}/${resolved}`);
    const signed = received.filter((d) => d['Ký số'] === 'Có').length / received.length;
    const digitized = received.filter((d) => d['Số hóa'] === 'Có').length / received.length;
    assert.ok(signed > 0.95 && digitized > 0.9, `signed ${signed}, digitised ${digitized}`);
  });

  it('makes timeliness differ between agencies (SXD about one late in ten)', () => {
    const lateShare = (code: string) => {
      const resolved = readCsv(join(dir, `dossiers-${code}.csv`)).rows.filter((d) => d['Ngày có kết quả']);
      const late = resolved.filter((d) => parseTime(d['Ngày có kết quả']!).day > parseTime(d['Ngày hẹn trả']!).day).length;
      return late / resolved.length;
    };
    const sxd = lateShare('SXD');
    assert.ok(sxd > 0.07 && sxd < 0.14, `SXD late ${sxd}`);
    assert.ok(lateShare('SVHTTDL') < 0.002);
    assert.ok(lateShare('STNMT') > 0.02 && lateShare('STNMT') < 0.08);
  });

  it('writes a handful of PAKN a year with 15-working-day deadlines', () => {
    const untilDay = dayOf('2023-06-30');
    for (const { code } of AGENCIES) {
      for (const f of readCsv(join(dir, `feedback-${code}.csv`)).rows) {
        const received = parseTime(f['Ngày tiếp nhận']!);
        assert.equal(parseTime(f['Hạn xử lý']!).day, addWorkingDays(received.day, 15), f['Mã PAKN']);
        assert.ok(['Tổng đài 1022', 'Cổng DVC', 'Trực tiếp', 'Khác'].includes(f['Nguồn']!));
        assert.ok(['Có', 'Không', ''].includes(f['Hài lòng']!));
        if (f['Ngày trả lời']) assert.ok(parseTime(f['Ngày trả lời']).at >= received.at && parseTime(f['Ngày trả lời']).day <= untilDay);
        else assert.equal(f['Hài lòng'], '');
      }
    }
    const culture = readCsv(join(dir, 'feedback-SVHTTDL.csv')).rows;
    // 2.5 years of about 3 per half-year, nearly all from the 1022 hotline
    assert.ok(culture.length >= 6 && culture.length <= 30, `${culture.length} PAKN`);
    assert.ok(culture.filter((f) => f['Nguồn'] === 'Tổng đài 1022').length >= culture.length / 2);
  });

  it('refuses bad options', async () => {
    await assert.rejects(generateSamples({ outDir: tempDir(), until: '2023-02-30' }), /until/);
    await assert.rejects(generateSamples({ outDir: tempDir(), until: '2020-12-31' }), /until/);
    await assert.rejects(generateSamples({ outDir: tempDir(), agencies: ['XYZ'] }), /XYZ/);
  });

  it("publishes index scores that tell the seeds' story of Sở VHTTDL, with totals and ranks that add up", () => {
    const rankOf = (file: string, unit: string, year: string) => readCsv(join(dir, file)).rows.find((r) => r['unit_code'] === unit && r['year'] === year)!['rank'];
    assert.deepEqual(['2021', '2022', '2023', '2024'].map((y) => rankOf('scores-par-TM.csv', 'SVHTTDL', y)), ['11', '15', '12', '9']);
    assert.deepEqual(['2022', '2023'].map((y) => rankOf('scores-ddci-TM.csv', 'SVHTTDL', y)), ['13', '19']);
    const par = readCsv(join(dir, 'scores-par-TM.csv'));
    for (const year of ['2019', '2022']) {
      const rows = par.rows.filter((r) => r['year'] === year);
      assert.equal(rows.length, 15, `${year}: one khối of 15 sở`);
      for (const row of rows) {
        const components = par.header.slice(3, -2).map((code) => row[code]!).filter((v) => v !== '');
        assert.equal(components.length, 8, `${row['unit_code']} ${year}: eight fields of one methodology`);
        const sum = components.reduce((a, v) => a + Number(v), 0);
        assert.ok(Math.abs(sum - Number(row['total'])) < 0.005, `${row['unit_code']} ${year}: ${sum} vs ${row['total']}`);
        assert.equal(Number(row['rank']), 1 + rows.filter((r) => Number(r['total']) > Number(row['total'])).length);
      }
    }
    const ddci = readCsv(join(dir, 'scores-ddci-TM.csv')).rows;
    assert.deepEqual([ddci.filter((r) => r['year'] === '2022').length, ddci.filter((r) => r['year'] === '2023').length], [21, 20]);
  });
});
