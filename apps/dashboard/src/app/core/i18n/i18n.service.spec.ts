import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { EN } from './en';
import { I18nService, translator } from './i18n.service';
import { VI } from './vi';

describe('I18nService', () => {
  beforeEach(() => {
    localStorage.removeItem('cchc.lang');
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
  });
  afterEach(() => localStorage.removeItem('cchc.lang'));

  it('speaks Vietnamese first and switches to English, remembering the choice', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.lang()).toBe('vi');
    expect(i18n.t('app.title')).toBe('Theo dõi Chỉ số CCHC');
    expect(i18n.t('nav.dossiers')).toBe('Hồ sơ TTHC');
    i18n.toggle();
    expect(i18n.lang()).toBe('en');
    expect(i18n.t('nav.dossiers')).toBe('Dossiers');
    expect(localStorage.getItem('cchc.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    i18n.setLang('vi');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('starts in the language remembered by this browser', () => {
    localStorage.setItem('cchc.lang', 'en');
    expect(TestBed.inject(I18nService).t('nav.overview')).toBe('Overview');
  });

  it('fills placeholders', () => {
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('period.window', { from: '15/12/2022', to: '14/06/2023' })).toBe('từ ngày 15/12/2022 đến ngày 14/06/2023');
    expect(translator('en')('period.window', { from: '15/12/2022', to: '14/06/2023' })).toBe('from 15/12/2022 to 14/06/2023');
  });

  it('has an English text for every Vietnamese key, and the same placeholders', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(VI).sort());
    const holes = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(VI) as (keyof typeof VI)[]) expect(holes(EN[key])).withContext(key).toEqual(holes(VI[key]));
  });
});
