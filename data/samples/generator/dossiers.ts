import { addWorkingDays, CLOSE, compactDate, DAY, dayOf, exportText, isWorkingDay, OPEN, officeMinute, yearsSince2021 } from './calendar';
import { CsvWriter, yesNo } from './csv';
import { deriveSeed, mulberry32, poisson, weightedPicker } from './prng';
import type { Procedure } from './procedures';
import { curveAt, type AgencyProfile } from './profiles';

export const DOSSIER_HEADER = [
  'Mã hồ sơ',
  'Mã TTHC',
  'Tên thủ tục',
  'Lĩnh vực',
  'Mã cơ quan',
  'Phòng xử lý',
  'Hình thức nộp',
  'Ngày tiếp nhận',
  'Ngày hẹn trả',
  'Ngày có kết quả',
  'Trạng thái',
  'Ký số',
  'Số hóa',
  'Thanh toán trực tuyến',
  'Đối tượng',
] as const;

export const FIRST_DAY = '2021-01-01';

/** Working days in a year once weekends and public holidays are gone. */
const WORKING_DAYS_PER_YEAR = 242;
/** Quiet around Tết (February), busier before the mid-year and year-end report cut-offs. */
const SEASON = [1.0, 0.85, 1.05, 1.0, 1.0, 1.05, 1.0, 0.95, 1.0, 1.0, 1.05, 1.1];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * One agency's dossiers from 2021-01-01 to `untilDay`, in receipt order. Every dossier draws the same
 * number of random values whatever `untilDay` is, so a later cut-off only adds rows and resolves
 * pending ones: the history before it never changes.
 */
export async function writeDossiers(
  path: string,
  agency: AgencyProfile,
  agencyIndex: number,
  catalogue: readonly Procedure[],
  seed: number,
  untilDay: number,
): Promise<number> {
  const random = mulberry32(deriveSeed(seed, agency.code, 'dossiers'));
  const writer = new CsvWriter(path, DOSSIER_HEADER);
  const pickProcedure = weightedPicker(catalogue.map((p) => p.weight));
  // procedures without an online service pull the online share down; lift the rest to compensate
  const totalWeight = catalogue.reduce((sum, p) => sum + p.weight, 0);
  const onlineCapable = catalogue.reduce((sum, p) => sum + (p.onlineLevel === 'Không' ? 0 : p.weight), 0) / totalWeight;
  const unitCode = `000.00.${pad(agencyIndex + 1, 2)}.TM`;

  for (let day = dayOf(FIRST_DAY); day <= untilDay; day += DAY) {
    if (!isWorkingDay(day)) continue;
    const years = yearsSince2021(day);
    const mean = (curveAt(agency.volume, years) * SEASON[new Date(day).getUTCMonth()]!) / WORKING_DAYS_PER_YEAR;
    const onlineShare = Math.min(0.985, curveAt(agency.online, years) / onlineCapable);
    const digitizedShare = curveAt(agency.digitized, years);
    const receipts = Array.from({ length: poisson(random, mean) }, () => officeMinute(random)).sort((a, b) => a - b);

    for (const [i, received] of receipts.entries()) {
      const procedure = catalogue[pickProcedure(random)]!;
      const [rChannel, rPostal, rOutcome, rSpan, rMinute, rFinal, rPending, rSigned, rDigitized, rPaid, rApplicant] = Array.from(
        { length: 11 },
        random,
      ) as [number, number, number, number, number, number, number, number, number, number, number];

      const online = procedure.onlineLevel !== 'Không' && rChannel < onlineShare;
      const channel = online ? 'Trực tuyến' : rPostal < agency.postal ? 'Bưu chính' : 'Trực tiếp';
      const dueDay = addWorkingDays(day, procedure.legalDays);
      const dueMinute = agency.dueAtClose ? CLOSE : received;

      let resultDay: number;
      let resultMinute: number;
      if (rOutcome < agency.late) {
        resultDay = addWorkingDays(dueDay, 1 + Math.floor(rSpan * rSpan * 10));
        resultMinute = OPEN + Math.floor(rMinute * (CLOSE - OPEN));
      } else if (rOutcome < agency.late + agency.onTime) {
        resultDay = dueDay;
        resultMinute = OPEN + Math.floor(rMinute * (dueMinute - OPEN));
      } else {
        // early: most dossiers use a good part of the legal time, some are done the same day
        let span = Math.min(procedure.legalDays - 1, Math.floor(procedure.legalDays * Math.sqrt(rSpan)));
        if (span === 0 && received > CLOSE - 45) span = 1;
        resultDay = addWorkingDays(day, span);
        resultMinute =
          span === 0 ? received + 30 + Math.floor(rMinute * (CLOSE - received - 30)) : OPEN + Math.floor(rMinute * (CLOSE - OPEN));
      }
      const resolved = resultDay <= untilDay;
      const status = resolved
        ? rFinal < 0.006
          ? 'Từ chối'
          : rFinal < 0.01
            ? 'Rút hồ sơ'
            : 'Đã trả kết quả'
        : rPending < 0.15
          ? 'Chờ bổ sung'
          : 'Đang xử lý';

      await writer.write([
        `${unitCode}-${compactDate(day)}-${pad(i + 1, 4)}`,
        procedure.code,
        procedure.name,
        procedure.field,
        agency.code,
        procedure.department,
        channel,
        exportText(day, received),
        exportText(dueDay, dueMinute),
        resolved ? exportText(resultDay, resultMinute) : '',
        status,
        yesNo(resolved && rSigned < agency.signed),
        yesNo(rDigitized < digitizedShare),
        yesNo(online && procedure.hasFee && procedure.onlinePayment && rPaid < 0.9),
        rApplicant < procedure.businessShare ? 'Doanh nghiệp' : 'Công dân',
      ]);
    }
  }
  await writer.close();
  return writer.rows;
}
