import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatDateTime, formatNumber, formatPercent } from './format';

describe('Vietnamese and English formats', () => {
  it('groups thousands and marks decimals the Vietnamese way', () => {
    assert.equal(formatNumber(1234567, 'vi'), '1.234.567');
    assert.equal(formatNumber(82.48, 'vi', 2), '82,48');
    assert.equal(formatNumber(1234567, 'en'), '1,234,567');
    assert.equal(formatNumber(-1234.5, 'vi', 1), '-1.234,5');
    assert.equal(formatNumber(0, 'vi'), '0');
  });
  it('writes percentages with two decimals and a dash for missing', () => {
    assert.equal(formatPercent(82.48, 'vi'), '82,48%');
    assert.equal(formatPercent(12.5, 'vi'), '12,50%');
    assert.equal(formatPercent(100, 'en'), '100.00%');
    assert.equal(formatPercent(null, 'vi'), '—');
  });
  it('writes dates dd/MM/yyyy and date-times in Vietnam time', () => {
    assert.equal(formatDate('2023-06-14', 'vi'), '14/06/2023');
    assert.equal(formatDateTime(new Date('2023-06-14T02:05:00Z'), 'vi'), '14/06/2023 09:05');
  });
});

describe('formatNumber, edges', () => {
  it('rounds half away from zero without float traps', () => {
    assert.equal(formatNumber(1.005, 'vi', 2), '1,01');
    assert.equal(formatNumber(2.675, 'en', 2), '2.68');
    assert.equal(formatNumber(0.5, 'en'), '1');
    assert.equal(formatNumber(-0.5, 'en'), '-1');
    assert.equal(formatNumber(999.995, 'vi', 2), '1.000,00');
  });
  it('writes no minus sign on a value that rounds to zero', () => {
    assert.equal(formatNumber(-0.004, 'vi', 2), '0,00');
    assert.equal(formatNumber(-0, 'en'), '0');
  });
  it('groups only the integer part, at every length', () => {
    assert.deepEqual([1, 12, 123, 1234, 12345, 123456, 1234567].map((n) => formatNumber(n, 'en')), ['1', '12', '123', '1,234', '12,345', '123,456', '1,234,567']);
    assert.equal(formatNumber(1234.5678, 'en', 4), '1,234.5678');
    assert.equal(formatNumber(12345.5, 'vi', 1), '12.345,5');
  });
  it('spells out very large numbers instead of exponent form', () => {
    assert.equal(formatNumber(1e21, 'en'), '1,000,000,000,000,000,000,000');
    assert.equal(formatNumber(1e21, 'vi', 2), '1.000.000.000.000.000.000.000,00');
  });
  it('shows a dash for NaN and infinities', () => {
    assert.equal(formatNumber(NaN, 'vi'), '—');
    assert.equal(formatNumber(Infinity, 'en'), '—');
  });
});

describe('formatPercent, edges', () => {
  it('keeps two decimals always', () => {
    assert.equal(formatPercent(0, 'vi'), '0,00%');
    assert.equal(formatPercent(43.64, 'vi'), '43,64%');
    assert.equal(formatPercent(82.48, 'en'), '82.48%');
    assert.equal(formatPercent(12.5, 'en'), '12.50%');
    assert.equal(formatPercent(33.333, 'vi'), '33,33%');
  });
  it('shows the dash in both languages', () => {
    assert.equal(formatPercent(null, 'en'), '—');
    assert.equal(formatPercent(NaN, 'en'), '—');
  });
});

describe('formatDate and formatDateTime, edges', () => {
  it('uses dd/MM/yyyy in English too', () => {
    assert.equal(formatDate('2023-06-14', 'en'), '14/06/2023');
    assert.equal(formatDate('2024-02-29', 'vi'), '29/02/2024');
  });
  it('leaves non-ISO input as it is', () => assert.equal(formatDate('hôm qua', 'vi'), 'hôm qua'));
  it('shows VN time even where the UTC day differs', () => {
    assert.equal(formatDateTime(new Date('2023-06-14T17:30:00Z'), 'en'), '15/06/2023 00:30');
    assert.equal(formatDateTime(new Date('2023-12-31T17:00:00Z'), 'vi'), '01/01/2024 00:00');
  });
  it('shows the dash for an invalid Date', () => assert.equal(formatDateTime(new Date('x'), 'vi'), '—'));
});
