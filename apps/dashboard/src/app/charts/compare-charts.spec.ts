import type { ScorecardNode } from '@cchc/domain';
import {
  HEAT_COLOURS,
  heatmapChart,
  heatmapHeight,
  heatmapSummary,
  radarChart,
  radarSummary,
  scatterChart,
  scatterSummary,
  shareRange,
  unitComponents,
  type ComponentData,
  type RatesData,
} from './compare-charts';
import { PALETTE } from './dossier-charts';

const PAR = { nameVi: 'Chỉ số cải cách hành chính (PAR INDEX)', nameEn: 'Public Administration Reform Index (PAR INDEX)' };
const EGOV = 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số';
const SLDTBXH = 'Sở Lao động - Thương binh và Xã hội';
const SVHTTDL = 'Sở Văn hóa, Thể thao và Du lịch';

function node(code: string, achieved: number | null, depth = 0): ScorecardNode {
  return {
    code,
    nameVi: code,
    nameEn: code,
    parentCode: depth === 0 ? null : 'e-government',
    depth,
    maxPoints: 14,
    achieved,
    lost: null,
    lostOfTotal: null,
    missingReason: achieved === null ? 'blank' : null,
    ownerDepartment: null,
  };
}

// Two sở of PAR INDEX 2022 over three fields; Sở VHTTDL has no score for the impact field
const par2022: ComponentData = {
  index: PAR,
  year: 2022,
  components: [
    { code: 'steering', nameVi: 'Chỉ đạo, điều hành', nameEn: 'Steering', maxPoints: 12 },
    { code: 'e-government', nameVi: EGOV, nameEn: 'E-government', maxPoints: 14 },
    { code: 'impact', nameVi: 'Tác động của cải cách hành chính', nameEn: 'Impact', maxPoints: 22 },
  ],
  units: [
    { code: 'SLDTBXH', name: SLDTBXH, achieved: { steering: 12, 'e-government': 13.64, impact: 21.02 } },
    unitComponents(
      { unitCode: 'SVHTTDL', unitName: SVHTTDL },
      {
        nodes: [node('e-government', 9.8), node('e-government.portal', 2.5, 1), node('steering', 9.85), node('impact', null)],
      },
    ),
  ],
};

const rates: RatesData = {
  periodLabel: '6 tháng đầu năm 2024',
  chosen: 'SVHTTDL',
  agencies: [
    { code: 'SVHTTDL', name: SVHTTDL, onlineRate: 80.75, onTimeRate: 100 },
    { code: 'SXD', name: 'Sở Xây dựng', onlineRate: 53, onTimeRate: 89.8 },
    { code: 'STP', name: 'Sở Tư pháp', onlineRate: null, onTimeRate: null },
  ],
};

describe('comparison chart options', () => {
  it("takes a scorecard's scored top-level components, leaving out sub-criteria and blanks", () => {
    expect(par2022.units[1]).toEqual({ code: 'SVHTTDL', name: SVHTTDL, achieved: { 'e-government': 9.8, steering: 9.85 } });
    expect(unitComponents({ unitCode: 'TM', unitName: 'Tỉnh Mẫu' }, null).achieved).toEqual({});
  });

  it('fills a heatmap cell per scored unit and component, coloured by points achieved ÷ maximum', () => {
    const option = heatmapChart(par2022, 'vi') as any;
    expect(option.title.text).toBe('Điểm từng lĩnh vực — PAR INDEX năm 2022');
    expect(option.xAxis.data).toEqual(['Chỉ đạo, điều hành', EGOV, 'Tác động của cải cách hành chính']);
    expect(option.xAxis.name).toBe('Lĩnh vực, chỉ số thành phần');
    expect([option.yAxis.data, option.yAxis.inverse, option.yAxis.name]).toEqual([[SLDTBXH, SVHTTDL], true, 'Đơn vị']);
    // [component, unit, % of the maximum]; Sở VHTTDL's unscored impact stays empty, not 0
    expect(option.series[0].type).toBe('heatmap');
    expect(option.series[0].data).toEqual([
      [0, 0, 100],
      [1, 0, 97.43],
      [2, 0, 95.55],
      [0, 1, 82.08],
      [1, 1, 70],
    ]);
    expect(option.visualMap.dimension).toBe(2);
    expect([option.visualMap.min, option.visualMap.max]).toEqual([70, 100]);
    expect(option.visualMap.inRange.color).toEqual(HEAT_COLOURS);
    expect(option.visualMap.text).toEqual(['100,00%', 'Điểm đạt trên điểm tối đa (%): 70,00%']);
    expect(option.visualMap.formatter(82.5)).toBe('82,50%');
  });

  it('labels each cell with the points achieved and explains it in the tooltip', () => {
    const option = heatmapChart(par2022, 'vi') as any;
    expect([0, 4].map((dataIndex) => option.series[0].label.formatter({ dataIndex }))).toEqual(['12,00', '9,80']);
    expect(option.tooltip.formatter({ dataIndex: 4 })).toBe(`${SVHTTDL}<br/>${EGOV}<br/>đạt 9,80/14 điểm (70,00% điểm tối đa)`);
    expect((heatmapChart(par2022, 'en') as any).series[0].label.formatter({ dataIndex: 1 })).toBe('13.64');
    // the cells carry their figures, so no decal patterns over them; the summary is the aria description
    expect(option.aria.decal.show).toBeFalse();
    expect(option.aria.label.description).toBe(heatmapSummary(par2022, 'vi'));
  });

  it('keeps the four decimals of PAPI and grows a row per unit', () => {
    const papi: ComponentData = {
      index: { nameVi: 'Chỉ số PAPI (PAPI)', nameEn: 'PAPI (PAPI)' },
      year: 2024,
      components: [{ code: 'participation', nameVi: 'Tham gia của người dân ở cấp cơ sở', nameEn: 'Participation', maxPoints: 10 }],
      units: [{ code: 'TM', name: 'Tỉnh Mẫu', achieved: { participation: 4.9517 } }],
    };
    const option = heatmapChart(papi, 'vi') as any;
    expect(option.series[0].label.formatter({ dataIndex: 0 })).toBe('4,9517');
    expect([option.visualMap.min, option.visualMap.max]).toEqual([40, 50]);
    expect([heatmapHeight(1), heatmapHeight(15), heatmapHeight(63)]).toEqual([320, 550, 1798]);
  });

  it('spreads the colours over the shares that occur, at least ten wide', () => {
    expect(shareRange([])).toEqual({ min: 0, max: 100 });
    expect(shareRange([46.81, 72.51])).toEqual({ min: 40, max: 80 });
    expect(shareRange([100, 100])).toEqual({ min: 90, max: 100 });
    expect(shareRange([0])).toEqual({ min: 0, max: 10 });
  });

  it('sums up the heatmap in words: weakest and strongest component on average, and the lowest cell', () => {
    expect(heatmapSummary(par2022, 'vi')).toBe(
      'PAR INDEX năm 2022: 2 đơn vị, 3 lĩnh vực; màu theo điểm đạt trên điểm tối đa, số trong ô là điểm đạt. ' +
        `Lĩnh vực đạt thấp nhất (bình quân): ${EGOV} (83,71%); cao nhất: Tác động của cải cách hành chính (95,55%). ` +
        `Ô thấp nhất: ${SVHTTDL} — ${EGOV} (70,00%).`,
    );
    expect(heatmapSummary(par2022, 'en')).toContain('Weakest component (on average): E-government (83.71%); strongest: Impact (95.55%).');
    expect(heatmapSummary({ ...par2022, units: [] }, 'vi')).toBe('PAR INDEX năm 2022: chưa có điểm từng lĩnh vực.');
  });

  it('puts each picked unit on a radar of the components as % of their maximum', () => {
    const option = radarChart(par2022, 'vi') as any;
    expect(option.title.text).toBe('So sánh theo lĩnh vực — PAR INDEX năm 2022 (% điểm tối đa)');
    expect(option.radar.indicator).toEqual([
      { name: 'Chỉ đạo, điều hành', min: 70, max: 100, axisLabel: { show: true } },
      { name: EGOV, min: 70, max: 100, axisLabel: { show: false } },
      { name: 'Tác động của cải cách hành chính', min: 70, max: 100, axisLabel: { show: false } },
    ]);
    expect(option.radar.splitNumber).toBe(3);
    expect(option.radar.axisLabel.formatter(80)).toBe('80%');
    const [first, second] = option.series[0].data;
    expect([first.name, first.value, first.symbol, first.lineStyle.type]).toEqual([SLDTBXH, [100, 97.43, 95.55], 'circle', 'solid']);
    expect([second.name, second.value, second.symbol, second.lineStyle.type]).toEqual([SVHTTDL, [82.08, 70, null], 'rect', 'dashed']);
    expect([first.itemStyle.color, second.itemStyle.color]).toEqual([PALETTE.online, PALETTE.late]);
    expect(option.tooltip.formatter({ name: SVHTTDL, value: [82.08, 70, null] })).toBe(
      `${SVHTTDL}<br/>Chỉ đạo, điều hành: 82,08%<br/>${EGOV}: 70,00%<br/>Tác động của cải cách hành chính: —`,
    );
    expect(option.aria.decal.show).toBeTrue();
    expect(option.aria.label.description).toBe(radarSummary(par2022, 'vi'));
  });

  it("names each picked unit's highest and lowest component, and asks for a pick when there is none", () => {
    expect(radarSummary(par2022, 'vi')).toBe(
      'PAR INDEX năm 2022, điểm đạt trên điểm tối đa của từng lĩnh vực — ' +
        `${SLDTBXH}: cao nhất Chỉ đạo, điều hành (100,00%), thấp nhất Tác động của cải cách hành chính (95,55%); ` +
        `${SVHTTDL}: cao nhất Chỉ đạo, điều hành (82,08%), thấp nhất ${EGOV} (70,00%).`,
    );
    expect(radarSummary(par2022, 'en')).toContain(`${SVHTTDL}: highest Steering (82.08%), lowest E-government (70.00%)`);
    expect(radarSummary({ ...par2022, units: [] }, 'vi')).toBe('Chọn đơn vị trong bảng xếp hạng để so sánh.');
  });

  it('plots one point per agency with dossiers, labelled with its code, the chosen one a diamond', () => {
    const option = scatterChart(rates, 'vi') as any;
    expect(option.title.text).toBe('Trực tuyến và đúng hạn theo cơ quan — 6 tháng đầu năm 2024');
    expect([option.xAxis.name, option.xAxis.min, option.xAxis.max]).toEqual(['Tỷ lệ hồ sơ trực tuyến (%)', 0, 100]);
    expect([option.yAxis.name, option.yAxis.min, option.yAxis.max]).toEqual(['Tỷ lệ giải quyết đúng hạn (%)', 0, 100]);
    expect(option.xAxis.axisLabel.formatter(20)).toBe('20');
    expect(option.series[0].type).toBe('scatter');
    expect(option.series[0].data).toEqual([
      { name: 'SVHTTDL', value: [80.75, 100], symbol: 'diamond', symbolSize: 18, itemStyle: { color: PALETTE.late } },
      { name: 'SXD', value: [53, 89.8], symbol: 'circle', symbolSize: 12, itemStyle: { color: PALETTE.online } },
    ]);
    expect(option.series[0].label).toEqual(jasmine.objectContaining({ show: true, formatter: '{b}' }));
    expect(option.tooltip.formatter({ dataIndex: 1 })).toBe('Sở Xây dựng<br/>SXD: trực tuyến 53,00%, đúng hạn 89,80%');
    expect(option.aria.label.description).toBe(scatterSummary(rates, 'vi'));
  });

  it('lists every point in the scatter summary and the agencies without dossiers', () => {
    expect(scatterSummary(rates, 'vi')).toBe(
      '6 tháng đầu năm 2024, 2 cơ quan — SVHTTDL: trực tuyến 80,75%, đúng hạn 100,00%; SXD: trực tuyến 53,00%, đúng hạn 89,80%. ' +
        'Chưa có hồ sơ trong kỳ: STP.',
    );
    expect(scatterSummary({ ...rates, periodLabel: 'First half of 2024' }, 'en')).toBe(
      'First half of 2024, 2 agencies — SVHTTDL: 80.75% online, 100.00% on time; SXD: 53.00% online, 89.80% on time. ' +
        'No dossiers in the period: STP.',
    );
    expect(scatterSummary({ ...rates, agencies: rates.agencies.slice(2) }, 'vi')).toBe('6 tháng đầu năm 2024: chưa cơ quan nào có hồ sơ.');
  });

  it('escapes unit names in the tooltip HTML', () => {
    const data = { ...par2022, units: [{ code: 'X', name: 'A <b>&</b> B', achieved: { steering: 6 } }] };
    expect((heatmapChart(data, 'vi') as any).tooltip.formatter({ dataIndex: 0 })).toContain('A &#60;b&#62;&#38;&#60;/b&#62; B');
  });
});
