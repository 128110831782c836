import { addWorkingDays, CLOSE, DAY, dayOf, exportText, isWorkingDay, OPEN, officeMinute } from './calendar';
import { CsvWriter } from './csv';
import { FIRST_DAY } from './dossiers';
import { deriveSeed, mulberry32, poisson } from './prng';
import type { AgencyProfile } from './profiles';

export const FEEDBACK_HEADER = [
  'Mã PAKN',
  'Nguồn',
  'Mã cơ quan',
  'Phòng xử lý',
  'Ngày tiếp nhận',
  'Hạn xử lý',
  'Ngày trả lời',
  'Hài lòng',
] as const;

/** Working days allowed to answer a PAKN. */
export const FEEDBACK_DEADLINE_DAYS = 15;

/** The seed agency hears almost only through the 1022 hotline; others also via the portal and in person. */
function sourceOf(agency: AgencyProfile, roll: number): string {
  const hotline = agency.code === 'SVHTTDL' ? 0.85 : 0.4;
  if (roll < hotline) return 'Tổng đài 1022';
  const rest = (roll - hotline) / (1 - hotline);
  return rest < 0.55 ? 'Cổng DVC' : rest < 0.85 ? 'Trực tiếp' : 'Khác';
}

/** Phản ánh, kiến nghị: a handful a year, most answered well inside the 15 working days. */
export async function writeFeedback(path: string, agency: AgencyProfile, seed: number, untilDay: number): Promise<number> {
  const random = mulberry32(deriveSeed(seed, agency.code, 'feedback'));
  const writer = new CsvWriter(path, FEEDBACK_HEADER);
  // agencies slow with dossiers tend to be slow with PAKN too
  const lateShare = Math.min(0.3, 0.01 + agency.late * 2);
  const perYear = new Map<number, number>();

  for (let day = dayOf(FIRST_DAY); day <= untilDay; day += DAY) {
    if (!isWorkingDay(day)) continue;
    for (let n = poisson(random, agency.feedback / 242); n > 0; n--) {
      const [rSource, rDepartment, rLate, rSpan, rMinute, rSatisfied] = Array.from({ length: 6 }, random) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      const received = officeMinute(random);
      const year = new Date(day).getUTCFullYear();
      const serial = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, serial);

      const deadline = addWorkingDays(day, FEEDBACK_DEADLINE_DAYS);
      const span =
        rLate < lateShare
          ? FEEDBACK_DEADLINE_DAYS + 1 + Math.floor(rSpan * 10)
          : 1 + Math.floor(rSpan ** 1.5 * (FEEDBACK_DEADLINE_DAYS - 1));
      const answerDay = addWorkingDays(day, span);
      const answered = answerDay <= untilDay;
      const satisfied = !answered ? '' : rSatisfied < 0.78 ? 'Có' : rSatisfied < 0.88 ? 'Không' : '';

      await writer.write([
        `PAKN-${agency.code}-${year}-${String(serial).padStart(4, '0')}`,
        sourceOf(agency, rSource),
        agency.code,
        agency.departments[Math.floor(rDepartment * agency.departments.length)]!,
        exportText(day, received),
        exportText(deadline, CLOSE),
        answered ? exportText(answerDay, OPEN + Math.floor(rMinute * (CLOSE - OPEN))) : '',
        satisfied,
      ]);
    }
  }
  await writer.close();
  return writer.rows;
}
