/**
 * Headers and vocabulary values match case- and diacritics-insensitively with spaces collapsed:
 * exports differ in Unicode normalisation (NFC/NFD), capitalisation and stray spaces, not in meaning.
 */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
