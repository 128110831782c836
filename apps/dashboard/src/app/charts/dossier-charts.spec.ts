import type { BreakdownRow } from '@cchc/domain';
import { channelChart, channelSummary, monthLabel, timelinessChart, timelinessSummary, type MonthlyDossiers } from './dossier-charts';

function row(key: string, patch: Partial<BreakdownRow>): BreakdownRow {
  return {
    key,
    label: key,
    from: '',
    to: '',
    received: 0,
    receivedOnline: 0,
    receivedDirect: 0,
    receivedPostal: 0,
    carriedOver: 0,
    resolved: 0,
    resolvedEarly: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    pending: 0,
    pendingWithinDeadline: 0,
    pendingOverdue: 0,
    onlineRate: null,
    onTimeRate: null,
    digitizedRate: null,
    signedRate: null,
    paidOnlineRate: null,
    ...patch,
  };
}

const data: MonthlyDossiers = {
  periodLabel: '6 tháng đầu năm 2023',
  rows: [
    row('2023-01', {
      received: 70,
      receivedOnline: 58,
      receivedDirect: 10,
      receivedPostal: 2,
      resolved: 60,
      resolvedEarly: 55,
      resolvedOnTime: 5,
      onTimeRate: 100,
    }),
    row('2023-02', {
      received: 1075,
      receivedOnline: 962,
      receivedDirect: 113,
      resolved: 80,
      resolvedEarly: 70,
      resolvedOnTime: 8,
      resolvedLate: 2,
      onTimeRate: 97.5,
    }),
  ],
};
const empty: MonthlyDossiers = { periodLabel: 'tháng 3 năm 2023', rows: [] };

describe('dossier chart options', () => {
  it('stacks received dossiers by channel per month, with title, named axes, tooltip and aria', () => {
    const option = channelChart(data, 'vi') as any;
    expect(option.title.text).toBe('Hồ sơ tiếp nhận theo tháng và hình thức nộp');
    expect(option.xAxis.data).toEqual(['01/2023', '02/2023']);
    expect(option.xAxis.name).toBe('Tháng');
    expect(option.yAxis.name).toBe('Số hồ sơ (hồ sơ)');
    expect(option.aria.enabled).toBeTrue();
    expect(option.aria.decal.show).toBeTrue();
    expect(option.aria.label.description).toBe(channelSummary(data, 'vi'));
    expect(option.series.map((s: any) => [s.type, s.name, s.stack, s.data])).toEqual([
      ['bar', 'Trực tuyến', 'received', [58, 962]],
      ['bar', 'Trực tiếp', 'received', [10, 113]],
      ['bar', 'Bưu chính', 'received', [2, 0]],
    ]);
    expect(option.tooltip.trigger).toBe('axis');
    expect(option.tooltip.valueFormatter(1234)).toBe('1.234');
    expect(option.yAxis.axisLabel.formatter(1500)).toBe('1.500');
  });

  it('draws timeliness bars and the on-time rate as a line on a percent axis', () => {
    const option = timelinessChart(data, 'vi') as any;
    expect(option.title.text).toBe('Kết quả giải quyết theo tháng');
    expect(option.yAxis.map((axis: any) => axis.name)).toEqual(['Số hồ sơ (hồ sơ)', 'Tỷ lệ (%)']);
    expect(option.series.map((s: any) => s.name)).toEqual(['Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ đúng hạn']);
    expect(option.series[2].data).toEqual([0, 2]);
    expect(option.series[3]).toEqual(jasmine.objectContaining({ type: 'line', yAxisIndex: 1, data: [100, 97.5] }));
    expect(option.series[3].tooltip.valueFormatter(97.5)).toBe('97,50%');
    expect(option.yAxis[1].axisLabel.formatter(82.48)).toBe('82,48%');
    expect(option.aria.enabled).toBeTrue();
  });

  it('speaks English formats and labels when asked', () => {
    const option = timelinessChart(data, 'en') as any;
    expect(option.title.text).toBe('Resolution timeliness by month');
    expect(option.xAxis.name).toBe('Month');
    expect(option.yAxis[1].axisLabel.formatter(97.5)).toBe('97.50%');
    expect(option.tooltip.valueFormatter(1234)).toBe('1,234');
  });

  it('keeps a valid, titled chart when there is no data', () => {
    for (const option of [channelChart(empty, 'vi'), timelinessChart(empty, 'vi')] as any[]) {
      expect(option.title.text).toBeTruthy();
      expect(option.xAxis.data).toEqual([]);
      expect(option.series.every((s: any) => s.data.length === 0)).toBeTrue();
      expect(option.aria.label.description).toBe('tháng 3 năm 2023: chưa có hồ sơ.');
    }
  });

  it('writes the text summaries in Vietnamese formats', () => {
    expect(channelSummary(data, 'vi')).toBe(
      '6 tháng đầu năm 2023: tiếp nhận 1.145 hồ sơ, trong đó 1.020 trực tuyến (89,08%). Tháng nhiều nhất: 02/2023 (1.075 hồ sơ).',
    );
    expect(timelinessSummary(data, 'vi')).toBe('6 tháng đầu năm 2023: giải quyết 140 hồ sơ, 138 trước hoặc đúng hạn (98,57%), 2 quá hạn.');
  });

  it('labels months as reports do', () => {
    expect(monthLabel('2023-06')).toBe('06/2023');
    expect(monthLabel('other')).toBe('other');
  });
});
