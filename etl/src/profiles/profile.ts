import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EtlKind } from '@cchc/domain';
import { KIND_FIELDS } from '../kinds/kind-fields';
import { normalizeLabel } from './normalize';

/** A vendor's export format: header aliases per canonical field and value vocabularies. Data, not code. */
export interface Profile {
  name: string;
  kind: EtlKind;
  description: string;
  headers: Record<string, string[]>;
  values: Record<string, Record<string, string[]>>;
}

export class ProfileError extends Error {}

const KINDS = Object.keys(KIND_FIELDS) as EtlKind[];

function validate(raw: unknown, path: string): Profile {
  const fail = (where: string, reason: string): never => {
    throw new ProfileError(`Hồ sơ ánh xạ lỗi / Invalid mapping profile ${path} at ${where}: ${reason}`);
  };
  if (typeof raw !== 'object' || raw === null) return fail('$', 'expected an object');
  const profile = raw as Partial<Profile>;
  if (typeof profile.name !== 'string' || !/^[a-z0-9-]+$/.test(profile.name)) fail('$.name', 'expected lowercase letters, digits and dashes');
  if (!KINDS.includes(profile.kind as EtlKind)) fail('$.kind', `expected one of ${KINDS.join(', ')}`);
  if (typeof profile.headers !== 'object' || profile.headers === null) return fail('$.headers', 'expected an object');
  const fields = KIND_FIELDS[profile.kind as EtlKind];
  const known = new Set([...fields.required, ...fields.optional]);
  for (const [field, aliases] of Object.entries(profile.headers)) {
    if (!known.has(field)) fail(`$.headers.${field}`, `unknown field for kind ${profile.kind}`);
    if (!Array.isArray(aliases) || aliases.length === 0 || aliases.some((a) => typeof a !== 'string')) {
      fail(`$.headers.${field}`, 'expected a non-empty list of header names');
    }
  }
  for (const field of fields.required) if (!profile.headers[field]) fail(`$.headers.${field}`, 'required field has no header');
  const values = profile.values ?? {};
  for (const [vocabulary, mapping] of Object.entries(values)) {
    for (const [canonical, labels] of Object.entries(mapping ?? {})) {
      if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string')) {
        fail(`$.values.${vocabulary}.${canonical}`, 'expected a list of strings');
      }
    }
  }
  return { name: profile.name!, kind: profile.kind!, description: profile.description ?? '', headers: profile.headers, values };
}

export function loadProfiles(dir: string): Profile[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const profiles = files.map((file) => {
    const path = join(dir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new ProfileError(`Hồ sơ ánh xạ lỗi / Invalid mapping profile ${path}: ${(error as Error).message}`);
    }
    return validate(raw, path);
  });
  const names = new Set<string>();
  for (const profile of profiles) {
    if (names.has(profile.name)) throw new ProfileError(`Duplicate mapping profile name "${profile.name}" in ${dir}`);
    names.add(profile.name);
  }
  return profiles;
}

/** Looks a raw cell value up in a profile vocabulary; undefined when the value is not listed. */
export function vocabulary(profile: Profile, name: string): (value: string) => string | undefined {
  const lookup = new Map<string, string>();
  for (const [canonical, labels] of Object.entries(profile.values[name] ?? {})) {
    for (const label of labels) lookup.set(normalizeLabel(label), canonical);
  }
  return (value) => lookup.get(normalizeLabel(value));
}
