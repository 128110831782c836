import { Injectable, signal } from '@angular/core';
import type { Lang } from '@cchc/domain';
import { EN } from './en';
import { VI, type MessageKey } from './vi';

const STORAGE_KEY = 'cchc.lang';
const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { vi: VI, en: EN };

/** A message lookup with `{name}` placeholders; chart builders take one so they stay pure. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, values = {}) => DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Vietnamese first; the choice is remembered in this browser. */
@Injectable({ providedIn: 'root' })
export class I18nService {
  readonly lang = signal<Lang>(localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi');

  constructor() {
    document.documentElement.lang = this.lang();
  }

  setLang(lang: Lang): void {
    this.lang.set(lang);
    localStorage.setItem(STORAGE_KEY, lang);
    document.documentElement.lang = lang;
  }

  toggle(): void {
    this.setLang(this.lang() === 'vi' ? 'en' : 'vi');
  }

  /** The message in the current language; reading `lang` makes templates and computeds follow a switch. */
  t(key: MessageKey, values?: Record<string, string | number>): string {
    return translator(this.lang())(key, values);
  }
}

export type { MessageKey };
