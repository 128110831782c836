import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { PeriodPickerComponent, type PeriodChoice } from './period-picker.component';

describe('PeriodPickerComponent', () => {
  let fixture: ComponentFixture<PeriodPickerComponent>;
  let emitted: PeriodChoice[];

  async function show(period: string, calendar = false): Promise<void> {
    fixture.componentRef.setInput('period', period);
    fixture.componentRef.setInput('calendar', calendar);
    await fixture.whenStable();
  }

  function pick(testId: string, value: string): PeriodChoice {
    const select = fixture.nativeElement.querySelector(`[data-testid="${testId}"]`) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    return emitted.at(-1)!;
  }

  beforeEach(() => {
    localStorage.removeItem('cchc.lang');
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
    fixture = TestBed.createComponent(PeriodPickerComponent);
    emitted = [];
    fixture.componentInstance.changed.subscribe((choice) => emitted.push(choice));
  });

  it('shows the period it is given', async () => {
    await show('2023-H1');
    const value = (id: string) => (fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLSelectElement).value;
    expect([value('period-kind'), value('period-index'), value('period-year')]).toEqual(['half', '1', '2023']);
    expect(fixture.nativeElement.textContent).toContain('6 tháng đầu');
  });

  it('keeps the same stretch of the year when the kind changes', async () => {
    await show('2023-H1');
    expect(pick('period-kind', 'quarter')).toEqual({ period: '2023-Q2', calendar: false });
    expect(pick('period-kind', 'month')).toEqual({ period: '2023-06', calendar: false });
    expect(pick('period-kind', 'nine_months')).toEqual({ period: '2023-9M', calendar: false });
    expect(pick('period-kind', 'year')).toEqual({ period: '2023', calendar: false });
    await show('2023-08');
    expect(pick('period-kind', 'quarter').period).toBe('2023-Q3');
    expect(pick('period-kind', 'half').period).toBe('2023-H2');
    await show('2024');
    expect(pick('period-kind', 'month').period).toBe('2024-12');
  });

  it('changes the index and the year', async () => {
    await show('2023-Q1');
    expect(pick('period-index', '4')).toEqual({ period: '2023-Q4', calendar: false });
    expect(pick('period-year', '2022')).toEqual({ period: '2022-Q1', calendar: false });
  });

  it('has no index for a year or nine months', async () => {
    await show('2023-9M');
    expect(fixture.nativeElement.querySelector('[data-testid="period-index"]')).toBeNull();
  });

  it('switches to the calendar window and keeps the code', async () => {
    await show('2023-H1');
    const box = fixture.nativeElement.querySelector('[data-testid="period-calendar"]') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    expect(emitted.at(-1)).toEqual({ period: '2023-H1', calendar: true });
    await show('2023-H1', true);
    expect(pick('period-kind', 'quarter')).toEqual({ period: '2023-Q2', calendar: true });
  });
});
