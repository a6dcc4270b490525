/**
 * Company-name key for matching and sorting: Unicode fold, lower case, no punctuation, no legal
 * suffixes ("Inc", "GmbH", "S.A."…), no leading "The". "The Müller-Brot GmbH & Co. KG" → "muller brot".
 */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'llp',
  'lp',
  'ltd',
  'limited',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'mbh',
  'ag',
  'kg',
  'ohg',
  'ug',
  'se',
  'sa',
  'sas',
  'sarl',
  'sl',
  'srl',
  'spa',
  'bv',
  'nv',
  'vof',
  'pty',
  'pte',
  'pvt',
  'oy',
  'oyj',
  'ab',
  'as',
  'asa',
  'aps',
  'a/s',
  'kk',
  'kft',
  'sp',
  'zoo',
  'sro',
  'doo',
  'ad',
  'jsc',
  'ooo',
  'pjsc',
  'lda',
  'ltda',
  'sac',
  'sae',
  'cv',
  'de',
  'bhd',
  'sdn',
  'tbk',
  'kgaa',
]);

const DOTTED_FORMS: Array<[RegExp, string]> = [
  [/\bs\.\s?a\.?\s?r\.\s?l\b\.?/g, 'sarl'], // also "S.à r.l." once folded
  [/\bsp\.\s?z\s?o\.\s?o\b\.?/g, 'sp zoo'],
  [/\ba\s?\/\s?s\b/g, 'as'], // "A/S"
];

/** Single letters joined by dots ("S.A.", "L.L.C.", "K.K.") become one word ("sa", "llc", "kk"). */
const DOTTED_INITIALS = /\b[a-z](?:\.\s?[a-z]\b)+\.?/g;

export function foldText(value: string): string {
  // Lower case first, so the letters below fold the same in either case ("Ø" as "ø").
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l');
}

export function normalizeCompanyName(name: string): string {
  let value = foldText(name).replace(/&/g, ' and ');
  for (const [pattern, replacement] of DOTTED_FORMS) value = value.replace(pattern, replacement);
  value = value.replace(DOTTED_INITIALS, (initials) => initials.replace(/[.\s]/g, ''));
  const words = value
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  // "and" goes too when it joined two suffixes, as in "GmbH & Co. KG".
  while (words.length > 1 && (LEGAL_SUFFIXES.has(words.at(-1)!) || words.at(-1) === 'and')) words.pop();
  return words.join(' ');
}
