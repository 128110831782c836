// Typed reading of an untrusted JSON object that records every problem with its JSON path
// (nodes[3].maxPoints) instead of stopping at the first, so one pass lists all that is wrong in a file.

export interface JsonIssue {
  /** JSON path inside the document, '' for the document itself. */
  path: string;
  message: string;
}

export type Parse<T> = (value: unknown) => { value: T } | { problem: string };

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent === '' ? key : `${parent}.${key}`;
}

export class JsonFields {
  private constructor(
    private readonly record: Readonly<Record<string, unknown>>,
    readonly path: string,
    private readonly issues: JsonIssue[],
  ) {}

  /** Reads `value` as an object with only the `allowed` keys, so a misspelt key is refused, not ignored. */
  static of(value: unknown, path: string, allowed: readonly string[], issues: JsonIssue[]): JsonFields | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push({ path, message: 'must be an object' });
      return undefined;
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) issues.push({ path: childPath(path, key), message: 'is not a known field' });
    }
    return new JsonFields(record, path, issues);
  }

  required<T>(key: string, parse: Parse<T>): T | undefined {
    if (!(key in this.record)) {
      this.issues.push({ path: childPath(this.path, key), message: 'is required' });
      return undefined;
    }
    return this.parse(key, parse);
  }

  optional<T>(key: string, parse: Parse<T>): T | undefined {
    return key in this.record ? this.parse(key, parse) : undefined;
  }

  object(key: string, allowed: readonly string[], presence: 'required' | 'optional'): JsonFields | undefined {
    if (!(key in this.record)) {
      if (presence === 'required') this.issues.push({ path: childPath(this.path, key), message: 'is required' });
      return undefined;
    }
    return JsonFields.of(this.record[key], childPath(this.path, key), allowed, this.issues);
  }

  /** The items of a non-empty array with their paths, for the caller to read one by one. */
  list(key: string, presence: 'required' | 'optional'): Array<{ value: unknown; path: string }> | undefined {
    const path = childPath(this.path, key);
    if (!(key in this.record)) {
      if (presence === 'required') this.issues.push({ path, message: 'is required' });
      return undefined;
    }
    const value = this.record[key];
    if (!Array.isArray(value) || value.length === 0) {
      this.issues.push({ path, message: 'must be a non-empty array' });
      return undefined;
    }
    return value.map((item, index) => ({ value: item, path: childPath(path, index) }));
  }

  private parse<T>(key: string, parse: Parse<T>): T | undefined {
    const result = parse(this.record[key]);
    if ('problem' in result) {
      this.issues.push({ path: childPath(this.path, key), message: result.problem });
      return undefined;
    }
    return result.value;
  }
}

export const text: Parse<string> = (value) =>
  typeof value === 'string' && value.trim() !== '' ? { value } : { problem: 'must be a non-empty string' };

export const finiteNumber: Parse<number> = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? { value } : { problem: 'must be a number' };

export const positiveNumber: Parse<number> = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0
    ? { value }
    : { problem: 'must be a positive number' };

export const boolean: Parse<boolean> = (value) =>
  typeof value === 'boolean' ? { value } : { problem: 'must be true or false' };

export function integerBetween(min: number, max: number): Parse<number> {
  return (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? { value }
      : { problem: `must be an integer from ${min} to ${max}` };
}

export function numberBetween(min: number, max: number): Parse<number> {
  return (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
      ? { value }
      : { problem: `must be a number from ${min} to ${max}` };
}

export function oneOf<T extends string>(options: readonly T[]): Parse<T> {
  return (value) =>
    typeof value === 'string' && (options as readonly string[]).includes(value)
      ? { value: value as T }
      : { problem: `must be one of ${options.join(', ')}` };
}

export function nullable<T>(parse: Parse<T>): Parse<T | null> {
  return (value) => {
    if (value === null) return { value: null };
    const result = parse(value);
    return 'problem' in result ? { problem: `${result.problem} or null` } : result;
  };
}

/** A real calendar date written YYYY-MM-DD (2022-02-30 is refused). */
export const isoDate: Parse<string> = (value) => {
  const problem = { problem: 'must be a date written YYYY-MM-DD' };
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return problem;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? { value }
    : problem;
};

export const textList: Parse<string[]> = (value) =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '')
    ? { value: value as string[] }
    : { problem: 'must be a non-empty array of non-empty strings' };
