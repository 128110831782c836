// Report wording is data (data/templates/*.json) so a province can change a sentence without a
// release; this is the whole template language: named placeholders filled with typed values that
// are written in the language's formats.
import { formatDate, formatNumber, formatPercent, type Lang } from '../lib/format';
import { roundHalfUp } from '../lib/percent';
import { JsonFields, type JsonIssue } from '../indices/json-fields';

export type TemplateValue =
  | { kind: 'count'; value: number }
  /** Index points, see formatScore. */
  | { kind: 'score'; value: number }
  | { kind: 'percent'; value: number | null }
  | { kind: 'date'; value: string }
  | { kind: 'text'; value: string };

/** Typed template values: `tv.count(428)`, `tv.percent(82.48)`, `tv.date('2023-06-14')`. */
export const tv = {
  count: (value: number): TemplateValue => ({ kind: 'count', value }),
  score: (value: number): TemplateValue => ({ kind: 'score', value }),
  percent: (value: number | null): TemplateValue => ({ kind: 'percent', value }),
  date: (value: string): TemplateValue => ({ kind: 'date', value }),
  text: (value: string): TemplateValue => ({ kind: 'text', value }),
};

/**
 * `{name}` or `{name:02}`. The one modifier writes counts from 1 to 9 with a leading zero ("06 tháng",
 * "03 thông tin"), as Vietnamese official documents write a small count before a noun; 0 and counts
 * of two digits or more are unchanged ("quá hạn: 0", "110 TTHC").
 */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?::(02))?\}/g;

export class TemplateError extends Error {
  override name = 'TemplateError';
}

export function renderTemplate(template: string, values: Readonly<Record<string, TemplateValue>>, lang: Lang): string {
  return template.replace(PLACEHOLDER, (_match, name: string, modifier: string | undefined) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    // a sentence with a hole reads as a false statement, so it must never go out
    if (!value) throw new TemplateError(`Thiếu giá trị cho {${name}} / No value for {${name}} in "${template}"`);
    if (modifier && value.kind !== 'count') {
      throw new TemplateError(`{${name}:${modifier}} chỉ dùng cho số đếm / {${name}:${modifier}} applies to counts only, in "${template}"`);
    }
    return formatValue(value, lang, modifier === '02');
  });
}

function formatValue(value: TemplateValue, lang: Lang, pad: boolean): string {
  switch (value.kind) {
    case 'count': {
      const written = formatNumber(value.value, lang);
      return pad && Number.isInteger(value.value) && value.value >= 1 && value.value <= 9 ? `0${written}` : written;
    }
    case 'score':
      return formatScore(value.value, lang);
    case 'percent':
      return formatPercent(value.value, lang);
    case 'date':
      return formatDate(value.value, lang);
    case 'text':
      return value.value;
  }
}

/** Index points as published: at most two decimals, and only those needed (85; 80,5; 84,75). */
export function formatScore(value: number, lang: Lang): string {
  const rounded = roundHalfUp(value, 2);
  return formatNumber(rounded, lang, (String(rounded).split('.')[1] ?? '').length);
}

/** The placeholder names a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

/** Each template key with the placeholder names the code supplies for it; a template may use fewer. */
export type TemplateSpec = Readonly<Record<string, readonly string[]>>;
export type TemplateValues<S extends TemplateSpec, K extends keyof S> = { readonly [P in S[K][number]]: TemplateValue };
type Entries<S extends TemplateSpec> = { readonly [K in keyof S]: Readonly<Record<Lang, string>> };

export class TemplateSet<S extends TemplateSpec> {
  constructor(private readonly entries: Entries<S>) {}

  render<K extends keyof S & string>(key: K, lang: Lang, values: TemplateValues<S, K>): string {
    return renderTemplate(this.entries[key][lang], values as Readonly<Record<string, TemplateValue>>, lang);
  }
}

export class TemplateFileError extends Error {
  override name = 'TemplateFileError';

  constructor(
    readonly file: string,
    readonly issues: readonly JsonIssue[],
  ) {
    super(issues.map((issue) => [file, issue.path, issue.message].filter(Boolean).join(': ')).join('\n'));
  }
}

const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * A template file: `{ "description"?: string, "templates": { key: { "vi": "…", "en": "…" } } }` with
 * exactly the spec's keys, each using only the spec's placeholders, so a typo is refused when the
 * file is read rather than when a report is asked for. `file` is only used in messages.
 */
export function parseTemplateSet<S extends TemplateSpec>(json: unknown, file: string, spec: S): TemplateSet<S> {
  const issues: JsonIssue[] = [];
  const root = JsonFields.of(json, '', ['description', 'templates'], issues);
  root?.optional('description', (value) => (typeof value === 'string' ? { value } : { problem: 'must be a string' }));
  const templates = root?.object('templates', Object.keys(spec), 'required');
  const entries: Record<string, Record<Lang, string>> = {};
  if (templates) {
    for (const [key, allowed] of Object.entries(spec)) {
      const entry = templates.object(key, LANGS, 'required');
      if (!entry) continue;
      const texts = {} as Record<Lang, string>;
      for (const lang of LANGS) {
        const template = entry.required(lang, (value) => checkTemplate(value, allowed));
        if (template !== undefined) texts[lang] = template;
      }
      entries[key] = texts;
    }
  }
  if (issues.length > 0) throw new TemplateFileError(file, issues);
  return new TemplateSet(entries as Entries<S>);
}

function checkTemplate(value: unknown, allowed: readonly string[]): { value: string } | { problem: string } {
  if (typeof value !== 'string' || value.trim() === '') return { problem: 'must be a non-empty string' };
  const stray = value.replace(PLACEHOLDER, '');
  if (/[{}]/.test(stray)) return { problem: 'has a brace that is not a placeholder {name} or {name:02}' };
  const unknown = placeholdersOf(value).filter((name) => !allowed.includes(name));
  if (unknown.length > 0) {
    const known = allowed.length > 0 ? allowed.map((name) => `{${name}}`).join(', ') : 'none';
    return { problem: `uses ${unknown.map((name) => `{${name}}`).join(', ')}; the placeholders of this template are ${known}` };
  }
  return { value };
}
