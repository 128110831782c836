import type { EtlKind } from '@cchc/domain';
import { KIND_FIELDS } from '../kinds/kind-fields';
import { normalizeLabel } from './normalize';
import type { Profile } from './profile';

export interface HeaderMatch {
  profile: Profile;
  /** Canonical field → column index in the file. */
  columns: Map<string, number>;
  /** The file's own header text per canonical field, for error reports. */
  labels: Map<string, string>;
  /** Required fields the file lacks, named by the profile's first alias. */
  missing: string[];
}

export function matchProfile(header: readonly string[], profile: Profile): HeaderMatch {
  const positions = new Map<string, number>();
  header.forEach((text, index) => {
    const key = normalizeLabel(text);
    if (key !== '' && !positions.has(key)) positions.set(key, index);
  });
  const columns = new Map<string, number>();
  const labels = new Map<string, string>();
  for (const [field, aliases] of Object.entries(profile.headers)) {
    for (const alias of aliases) {
      const index = positions.get(normalizeLabel(alias));
      if (index !== undefined) {
        columns.set(field, index);
        labels.set(field, header[index]!.trim());
        break;
      }
    }
  }
  const missing = KIND_FIELDS[profile.kind].required
    .filter((field) => !columns.has(field))
    .map((field) => profile.headers[field]![0]!);
  return { profile, columns, labels, missing };
}

/**
 * Picks the profile that recognises the header: complete matches first, then the most columns.
 * With no complete match the closest one is returned so the error can name the missing columns.
 */
export function detectProfile(header: readonly string[], profiles: readonly Profile[], kind?: EtlKind): HeaderMatch | null {
  const candidates = profiles.filter((p) => kind === undefined || p.kind === kind).map((p) => matchProfile(header, p));
  candidates.sort((a, b) => a.missing.length - b.missing.length || b.columns.size - a.columns.size);
  return candidates[0] ?? null;
}
