import type { ScorecardFamily, ScorecardNode, TrendPoint, UnitIndexResult } from '@cchc/domain';
import {
  formatScore,
  lossBars,
  lossChart,
  lossSummary,
  rankChangeText,
  rankText,
  scoreChangeText,
  scoreDecimals,
  shortIndexName,
  trendChart,
  trendSummary,
  type LossData,
  type TrendData,
} from './index-charts';

const PAR = { nameVi: 'Chỉ số cải cách hành chính (PAR INDEX)', nameEn: 'Public Administration Reform Index (PAR INDEX)' };

function node(code: string, nameVi: string, maxPoints: number, achieved: number | null, patch: Partial<ScorecardNode> = {}): ScorecardNode {
  const lost = achieved === null ? null : Math.round((maxPoints - achieved) * 100) / 100;
  return {
    code,
    nameVi,
    nameEn: code,
    parentCode: null,
    depth: 0,
    maxPoints,
    achieved,
    lost,
    lostOfTotal: lost,
    missingReason: achieved === null ? 'Để trống trong tệp / blank in the file' : null,
    ownerDepartment: null,
    ...patch,
  };
}

const result: UnitIndexResult = {
  unitCode: 'SVHTTDL',
  unitName: 'Sở Văn hóa, Thể thao và Du lịch',
  peerGroup: 'par-2023',
  frameworkVersion: '2022-2030',
  total: 82.53,
  missing: [],
  rank: 12,
  peerCount: 15,
  rankedCount: 15,
  percentile: 21.43,
  quartileGroup: 'lowest',
  band: { code: 'B', nameVi: 'Nhóm B', nameEn: 'Group B' },
  fileTotal: 82.53,
  fileRank: 12,
  rankChange: 3,
  rankChangeReason: null,
  scoreChange: 3.82,
  scoreChangeReason: null,
};

// SVHTTDL's PAR INDEX 2023, nodes deliberately out of order: the chart must sort them itself
const par2023: LossData = {
  year: 2023,
  family: {
    family: 'par',
    ...PAR,
    result,
    scale: { min: 0, max: 100 },
    nodes: [
      node('impact', 'Tác động của cải cách hành chính', 22, 19.03),
      node('e-government', 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số', 14, 10.33),
      node('e-government.portal', 'Cổng dịch vụ công', 4, 2.5, { parentCode: 'e-government', depth: 1 }),
      node('procedure-reform', 'Cải cách thủ tục hành chính', 14, 10.46),
      node('steering', 'Chỉ đạo, điều hành', 12, 12),
      node('institutional-reform', 'Cải cách thể chế', 9, null),
    ],
  },
};

const point = (year: number, total: number | null, rank: number | null, patch: Partial<TrendPoint> = {}): TrendPoint => ({
  year,
  total,
  rank,
  peerCount: 15,
  peerGroup: `par-${year}`,
  frameworkVersion: year < 2022 ? '2012-2021' : '2022-2030',
  methodologyBreak: false,
  breakReason: null,
  ...patch,
});

// 11/15 in 2021, then the 2022 methodology: 15/15, 12/15, 9/15
const parTrend: TrendData = {
  index: PAR,
  points: [
    point(2020, 80.4, 12),
    point(2021, 81.25, 11),
    point(2022, 78.71, 15, { methodologyBreak: true, breakReason: 'methodology-changed' }),
    point(2023, 82.53, 12),
    point(2024, 85.1, 9),
  ],
};

describe('index chart options', () => {
  it('bars the points each field lost of the total, largest first and on top, leaving out sub-criteria and missing fields', () => {
    const option = lossChart(par2023, 'vi') as any;
    expect(option.title.text).toBe('Mất điểm ở đâu — PAR INDEX năm 2023');
    expect(option.yAxis.type).toBe('category');
    expect(option.yAxis.inverse).toBeTrue();
    expect(option.yAxis.name).toBe('Lĩnh vực, chỉ số thành phần');
    expect(option.yAxis.data).toEqual([
      'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
      'Cải cách thủ tục hành chính',
      'Tác động của cải cách hành chính',
      'Chỉ đạo, điều hành',
    ]);
    expect(option.xAxis.name).toBe('Điểm bị mất trên tổng điểm (điểm)');
    expect(option.series.length).toBe(1);
    expect(option.series[0].type).toBe('bar');
    expect(option.series[0].data).toEqual([3.67, 3.54, 2.97, 0]);
    expect(option.series[0].label.formatter({ value: 3.67 })).toBe('3,67');
    expect(option.xAxis.axisLabel.formatter(2.5)).toBe('2,5');
    expect(option.tooltip.formatter([{ dataIndex: 0 }])).toBe(
      'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số<br/>mất 3,67 điểm của tổng (đạt 10,33/14)',
    );
    expect(option.aria.enabled).toBeTrue();
    expect(option.aria.decal.show).toBeTrue();
    expect(option.aria.label.description).toBe(lossSummary(par2023, 'vi'));
  });

  it('sums up the losses in words, and says so when nothing is scored', () => {
    expect(lossSummary(par2023, 'vi')).toBe(
      'PAR INDEX năm 2023: đạt 82,53 trên thang 100 điểm. Mất nhiều điểm nhất: ' +
        'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số (3,67 điểm), Cải cách thủ tục hành chính (3,54 điểm), ' +
        'Tác động của cải cách hành chính (2,97 điểm).',
    );
    expect(lossSummary(par2023, 'en')).toContain(
      'PAR INDEX 2023: 82.53 on a 100-point scale. Most points lost: e-government (3.67 points)',
    );
    const unscored: ScorecardFamily = { ...par2023.family, nodes: [node('impact', 'Tác động', 22, null)] };
    const option = lossChart({ year: 2023, family: unscored }, 'vi') as any;
    expect(option.series[0].data).toEqual([]);
    expect(option.aria.label.description).toBe('PAR INDEX năm 2023: chưa có điểm từng phần.');
  });

  it('escapes names in the tooltip HTML', () => {
    const family = { ...par2023.family, nodes: [node('x', 'A <b>&</b> B', 10, 5)] };
    expect((lossChart({ year: 2023, family }, 'vi') as any).tooltip.formatter([{ dataIndex: 0 }])).toContain(
      'A &#60;b&#62;&#38;&#60;/b&#62; B',
    );
    expect(lossBars(family).length).toBe(1);
  });

  it('draws the rank on an inverted axis (1 at the top) and the total on a second axis', () => {
    const option = trendChart(parTrend, 'vi') as any;
    expect(option.title.text).toBe('Thứ hạng và tổng điểm PAR INDEX qua các năm');
    expect(option.xAxis.data).toEqual(['2020', '2021', '2022', '2023', '2024']);
    expect(option.xAxis.name).toBe('Năm');
    const [rank, total] = option.yAxis;
    expect([rank.name, rank.inverse, rank.min, rank.max, rank.minInterval]).toEqual(['Thứ hạng (1 = cao nhất)', true, 1, 15, 1]);
    expect([total.name, total.inverse]).toEqual(['Tổng điểm (điểm)', undefined]);
    expect(total.axisLabel.formatter(82.5)).toBe('82,5');
    expect(option.aria.enabled).toBeTrue();
    expect(option.aria.decal.show).toBeTrue();
  });

  it('breaks both lines at a methodology change and marks the break with its reason', () => {
    const option = trendChart(parTrend, 'vi') as any;
    expect(option.series.map((s: any) => [s.name, s.yAxisIndex, s.data])).toEqual([
      ['Thứ hạng', 0, [12, 11, null, null, null]],
      ['Tổng điểm', 1, [80.4, 81.25, null, null, null]],
      ['Thứ hạng', 0, [null, null, 15, 12, 9]],
      ['Tổng điểm', 1, [null, null, 78.71, 82.53, 85.1]],
    ]);
    expect(option.series[0].markArea.data).toEqual([[{ xAxis: '2021', name: 'đổi phương pháp' }, { xAxis: '2022' }]]);
    expect(option.series.slice(1).some((s: any) => s.markArea)).toBeFalse();
    expect(option.tooltip.formatter([{ dataIndex: 2 }])).toBe('năm 2022: hạng 15/15, 78,71 điểm<br/>đổi phương pháp');
    expect(option.tooltip.formatter([{ dataIndex: 3 }])).toBe('năm 2023: hạng 12/15, 82,53 điểm');
    expect(trendSummary(parTrend, 'vi')).toBe(
      'PAR INDEX — năm 2020: hạng 12/15, 80,40 điểm; năm 2021: hạng 11/15, 81,25 điểm; năm 2022: hạng 15/15, 78,71 điểm; ' +
        'năm 2023: hạng 12/15, 82,53 điểm; năm 2024: hạng 9/15, 85,10 điểm. Năm 2022 không so sánh được với năm trước: đổi phương pháp.',
    );
    expect(option.aria.label.description).toBe(trendSummary(parTrend, 'vi'));
  });

  it('names a peer-group change, keeps four decimals where the index has them, and speaks English', () => {
    const papi: TrendData = {
      index: { nameVi: 'Chỉ số PAPI (PAPI)', nameEn: 'Provincial Governance and Public Administration Performance Index (PAPI)' },
      points: [
        { ...point(2022, 48.8453, 24), peerCount: 63 },
        { ...point(2023, 48.07, 26), peerCount: 62, methodologyBreak: true, breakReason: 'peer-group-changed' },
      ],
    };
    const option = trendChart(papi, 'en') as any;
    expect(option.title.text).toBe('PAPI rank and total over the years');
    expect(option.yAxis[0].max).toBe(63);
    expect(option.series[0].markArea.data[0][0].name).toBe('the peer group changed');
    expect(option.tooltip.formatter([{ dataIndex: 1 }])).toBe('2023: rank 26/62, 48.0700 points<br/>the peer group changed');
    expect(trendChart({ ...papi, points: [] }, 'vi')).toEqual(jasmine.objectContaining({ series: [] }));
    expect(trendSummary({ ...papi, points: [] }, 'vi')).toBe('PAPI: chưa có kết quả qua các năm.');
  });

  it('writes rank changes in words, and why there is none', () => {
    expect(rankChangeText({ rankChange: -4, rankChangeReason: null }, 'vi')).toBe('giảm 4 bậc');
    expect(rankChangeText({ rankChange: 3, rankChangeReason: null }, 'vi')).toBe('tăng 3 bậc');
    expect(rankChangeText({ rankChange: 0, rankChangeReason: null }, 'vi')).toBe('giữ nguyên thứ hạng');
    expect(rankChangeText({ rankChange: null, rankChangeReason: 'methodology-changed' }, 'vi')).toBe('không so sánh được: đổi phương pháp');
    expect(rankChangeText({ rankChange: null, rankChangeReason: 'peer-group-changed' }, 'vi')).toBe(
      'không so sánh được: đổi khối xếp hạng',
    );
    expect(rankChangeText({ rankChange: null, rankChangeReason: 'no-previous' }, 'vi')).toBe(
      'không so sánh được: chưa có kết quả năm trước',
    );
    expect(rankChangeText({ rankChange: 1, rankChangeReason: null }, 'en')).toBe('up 1 place');
    expect(rankChangeText({ rankChange: -4, rankChangeReason: null }, 'en')).toBe('down 4 places');
    expect(rankChangeText({ rankChange: null, rankChangeReason: 'not-ranked' }, 'en')).toBe(
      'not comparable: not ranked in one of the two years',
    );
  });

  it('formats scores, ranks and names as the rankings are announced', () => {
    expect(formatScore(82.53, 'vi')).toBe('82,53');
    expect(formatScore(80, 'vi')).toBe('80,00');
    expect(formatScore(82.53, 'en')).toBe('82.53');
    expect(formatScore(null, 'vi')).toBe('—');
    expect(scoreDecimals([44.9517, 48.07, null])).toBe(4);
    expect(scoreDecimals([82.5, 80])).toBe(2);
    expect(formatScore(48.07, 'vi', 4)).toBe('48,0700');
    expect(scoreChangeText(3.82, 'vi')).toBe('+3,82 điểm');
    expect(scoreChangeText(-9.08, 'vi')).toBe('-9,08 điểm');
    expect(rankText({ rank: 15, peerCount: 15 }, 'vi')).toBe('15/15');
    expect(rankText({ rank: null, peerCount: 15 }, 'en')).toBe('not ranked');
    expect(shortIndexName(PAR, 'vi')).toBe('PAR INDEX');
    expect(shortIndexName({ nameVi: 'Chỉ số khác', nameEn: 'Other' }, 'vi')).toBe('Chỉ số khác');
  });
});
