import { openSync, writeSync, closeSync } from 'node:fs';

export const DOSSIER_HEADER =
  'Mã hồ sơ,Mã TTHC,Tên thủ tục,Lĩnh vực,Mã cơ quan,Phòng xử lý,Hình thức nộp,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Trạng thái,Ký số,Số hóa,Thanh toán trực tuyến,Đối tượng';

const CHANNELS = ['Trực tuyến', 'Trực tuyến', 'Trực tuyến', 'Trực tiếp', 'Bưu chính'];
export const DEPARTMENTS = ['Văn phòng', 'Phòng Quản lý Văn hóa', 'Phòng Quản lý Thể thao', 'Phòng Quản lý Du lịch'];
const pad = (n: number) => String(n).padStart(2, '0');
const text = (ms: number) => {
  const d = new Date(ms + 7 * 3600_000);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

/** A canonical dossier export of `rows` rows over `agencies` agencies, 2021–2025; same seed, same bytes. */
export function writeDossierCsv(path: string, rows: number, agencies: number, seed = 1): number {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const start = Date.UTC(2021, 0, 1) - 7 * 3600_000;
  const span = Date.UTC(2025, 11, 31) - Date.UTC(2021, 0, 1);
  const fd = openSync(path, 'w');
  let bytes = 0;
  let buffer = `${DOSSIER_HEADER}\n`;
  for (let i = 0; i < rows; i++) {
    const agency = `A${pad(1 + Math.floor(random() * agencies))}`;
    const procedure = Math.floor(random() * 60);
    const received = start + Math.floor(random() * span / 60_000) * 60_000;
    const due = received + (3 + Math.floor(random() * 15)) * 86_400_000;
    const resolved = random() < 0.93 ? received + Math.floor(random() * 20) * 86_400_000 + 3_600_000 : null;
    const yes = () => (random() < 0.7 ? 'Có' : 'Không');
    buffer +=
      `HS${i},1.${String(procedure).padStart(6, '0')},Thủ tục ${procedure},Lĩnh vực ${procedure % 6},${agency},` +
      `${DEPARTMENTS[procedure % 4]},${CHANNELS[Math.floor(random() * 5)]},${text(received)},${text(due)},` +
      `${resolved === null ? '' : text(resolved)},${resolved === null ? 'Đang xử lý' : 'Đã trả kết quả'},${yes()},${yes()},${yes()},Công dân\n`;
    if (buffer.length > 4_000_000) {
      bytes += writeSync(fd, buffer);
      buffer = '';
    }
  }
  bytes += writeSync(fd, buffer);
  closeSync(fd);
  return bytes;
}
