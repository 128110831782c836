import { overviewStamp } from './overview-stamp';

describe('overviewStamp', () => {
  const period = {
    label: '6 tháng đầu năm 2024',
    window: 'từ ngày 15/12/2023 đến ngày 14/06/2024',
    kind: 'kỳ chính thức (Nghị định 09/2019)',
  };
  // 01:30 UTC on 15/06/2024 is 08:30 in Vietnam
  const printedAt = new Date('2024-06-15T01:30:00Z');

  it('states the agency, the period with its dates, the index year and when it was printed, in Vietnamese', () => {
    expect(overviewStamp({ agency: 'Sở Văn hóa, Thể thao và Du lịch', period, indexYear: 2023, printedAt }, 'vi')).toEqual([
      { label: 'Cơ quan', text: 'Sở Văn hóa, Thể thao và Du lịch' },
      { label: 'Kỳ báo cáo', text: '6 tháng đầu năm 2024 — từ ngày 15/12/2023 đến ngày 14/06/2024, kỳ chính thức (Nghị định 09/2019)' },
      { label: 'Năm chỉ số', text: '2023' },
      { label: 'Ngày in', text: '15/06/2024 08:30' },
    ]);
  });

  it('leaves out what is not known yet rather than printing a blank', () => {
    const stamp = overviewStamp({ agency: 'Sở Tư pháp', period: null, indexYear: null, printedAt }, 'en');
    expect(stamp.map((item) => item.label)).toEqual(['Agency', 'Printed']);
  });
});
