import {
  formatDate,
  formatNumber,
  formatPercent,
  periodLabelVi,
  type DossierStatsResponse,
  type FeedbackStatsResponse,
  type IndexScoresResponse,
  type ProcedureStatsResponse,
  type ReportingPeriod,
} from '@cchc/domain';

/** One printed line: Vietnamese label, English label, value already formatted the Vietnamese way. */
type Line = [vi: string, en: string, value: string];

const n = (value: number) => formatNumber(value, 'vi');
const pct = (value: number | null) => formatPercent(value, 'vi');

function heading(title: string, agency: string, period: ReportingPeriod): string {
  return `${title} · ${agency} · ${periodLabelVi(period)} (${formatDate(period.from, 'vi')} – ${formatDate(period.to, 'vi')})`;
}

function render(title: string, lines: readonly Line[]): string {
  const labels = lines.map(([vi, en]) => `${vi} / ${en}`);
  const width = Math.max(...labels.map((label) => label.length));
  const valueWidth = Math.max(...lines.map(([, , value]) => value.length));
  return [title, ...lines.map(([, , value], i) => `  ${labels[i]!.padEnd(width)}  ${value.padStart(valueWidth)}`)].join('\n');
}

export function dossierTable(s: DossierStatsResponse): string {
  return render(heading('Hồ sơ TTHC / Dossiers', s.agency, s.period), [
    ['Tiếp nhận', 'received', n(s.received)],
    ['  trực tuyến', 'online', n(s.receivedOnline)],
    ['  trực tiếp', 'direct', n(s.receivedDirect)],
    ['  bưu chính', 'postal', n(s.receivedPostal)],
    ['Kỳ trước chuyển qua', 'carried over', n(s.carriedOver)],
    ['Đã giải quyết', 'resolved', n(s.resolved)],
    ['  trước hạn', 'early', n(s.resolvedEarly)],
    ['  đúng hạn', 'on time', n(s.resolvedOnTime)],
    ['  quá hạn', 'late', n(s.resolvedLate)],
    ['Đang giải quyết', 'pending', n(s.pending)],
    ['  trong hạn', 'within deadline', n(s.pendingWithinDeadline)],
    ['  quá hạn', 'overdue', n(s.pendingOverdue)],
    ['Tỷ lệ trực tuyến', 'online rate', pct(s.onlineRate)],
    ['Tỷ lệ đúng hạn', 'on-time rate', pct(s.onTimeRate)],
    ['Tỷ lệ số hóa', 'digitised rate', pct(s.digitizedRate)],
    ['Tỷ lệ ký số', 'signed rate', pct(s.signedRate)],
    ['Tỷ lệ thanh toán trực tuyến', 'paid online rate', pct(s.paidOnlineRate)],
  ]);
}

export function procedureTable(s: ProcedureStatsResponse): string {
  const asOf = s.catalogueAsOf ? formatDate(s.catalogueAsOf, 'vi') : 'chưa nạp / none loaded';
  return render(heading('Thủ tục hành chính / Procedures', s.agency, s.period), [
    ['Danh mục ngày', 'catalogue as of', asOf],
    ['Tổng số TTHC', 'total', n(s.total)],
    ['  cấp tỉnh', 'province level', n(s.byLevel.province)],
    ['  cấp huyện', 'district level', n(s.byLevel.district)],
    ['  cấp xã', 'commune level', n(s.byLevel.commune)],
    ['DVC trực tuyến toàn trình', 'fully online', n(s.online.full)],
    ['DVC trực tuyến một phần', 'partly online', n(s.online.partial)],
    ['Không trực tuyến', 'not online', n(s.online.none)],
    ['Tỷ lệ toàn trình', 'fully online share', pct(s.fullOnlineShare)],
    ['Toàn trình có phát sinh hồ sơ', 'fully online with dossiers', `${n(s.fullOnlineWithDossiers)}/${n(s.online.full)} (${pct(s.fullOnlineWithDossiersRate)})`],
    ['Có phí, lệ phí', 'with fees', n(s.withFees)],
    ['  thanh toán trực tuyến', 'payable online', `${n(s.withOnlinePayment)}/${n(s.withFees)} (${pct(s.onlinePaymentRate)})`],
  ]);
}

export function feedbackTable(s: FeedbackStatsResponse): string {
  return render(heading('Phản ánh, kiến nghị / Feedback', s.agency, s.period), [
    ['Tiếp nhận', 'received', n(s.received)],
    ['  Tổng đài 1022', '1022 hotline', n(s.receivedBySource.hotline1022)],
    ['  Cổng DVC', 'service portal', n(s.receivedBySource.portal)],
    ['  trực tiếp', 'in person', n(s.receivedBySource.direct)],
    ['  khác', 'other', n(s.receivedBySource.other)],
    ['Đã trả lời', 'answered', n(s.answered)],
    ['  đúng hạn', 'on time', n(s.answeredOnTime)],
    ['  quá hạn', 'late', n(s.answeredLate)],
    ['Chưa trả lời', 'open', n(s.open)],
    ['  trong hạn', 'within deadline', n(s.openWithinDeadline)],
    ['  quá hạn', 'overdue', n(s.openOverdue)],
    ['Tỷ lệ đúng hạn', 'on-time rate', pct(s.onTimeRate)],
    ['Tỷ lệ hài lòng', 'satisfaction rate', pct(s.satisfactionRate)],
  ]);
}

export function scoresTable(s: IndexScoresResponse): string {
  const decimals = (value: number | null) => (value === null ? '—' : formatNumber(value, 'vi', 2));
  const change = (value: number | null, reason: string | null) =>
    value === null ? (reason === 'methodology-changed' ? 'đổi phương pháp' : reason === 'peer-group-changed' ? 'đổi khối' : '—') : value > 0 ? `+${value}` : String(value);
  const rows = s.units.map((u) => [
    u.rank === null ? '—' : `${u.rank}/${u.peerCount}`,
    u.unitCode,
    u.unitName,
    decimals(u.total),
    change(u.rankChange, u.rankChangeReason),
    u.band?.nameVi ?? u.missing.map((code) => `thiếu ${code}`).join(', '),
  ]);
  const header = ['Hạng', 'Mã', 'Đơn vị', 'Tổng điểm', '± hạng', 'Nhóm / ghi chú'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 3 || i === 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const groups = s.peerGroups.map((g) => g.name).join(', ') || '—';
  return [`${s.family.toUpperCase()} ${s.year} · ${groups}`, line(header), ...rows.map(line)].join('\n');
}
