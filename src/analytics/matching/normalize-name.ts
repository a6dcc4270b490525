/**
 * Company-name key for matching and sorting: Unicode fold, lower case, no punctuation, no legal
 * suffixes ("Inc", "GmbH", "S.A."…), no leading "The". "The Müller-Brot GmbH & Co. KG" → "muller brot".
 */
const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc', 'corp', 'corporation', 'co', 'company',
  'gmbh', 'mbh', 'ag', 'kg', 'ohg', 'ug', 'se', 'sa', 'sas', 'sarl', 'sl', 'srl', 'spa', 'bv', 'nv', 'vof',
  'pty', 'pte', 'pvt', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'a/s', 'kk', 'kft', 'sp', 'zoo', 'sro',
  'doo', 'ad', 'jsc', 'ooo', 'pjsc', 'lda', 'ltda', 'sac', 'sae', 'cv', 'de', 'bhd', 'sdn', 'tbk',
]);

const DOTTED_FORMS: Array<[RegExp, string]> = [
  [/\bs\.\s?a\.\s?r\.\s?l\.?/g, 'sarl'],
  [/\bs\.\s?a\.\s?s\.?/g, 'sas'],
  [/\bs\.\s?p\.\s?a\.?/g, 'spa'],
  [/\bs\.\s?r\.\s?l\.?/g, 'srl'],
  [/\bs\.\s?a\.?(?=\s|$)/g, 'sa'],
  [/\bb\.\s?v\.?/g, 'bv'],
  [/\bn\.\s?v\.?/g, 'nv'],
  [/\bl\.\s?l\.\s?c\.?/g, 'llc'],
  [/\bl\.\s?t\.\s?d\.?/g, 'ltd'],
  [/\bsp\.\s?z\s?o\.\s?o\.?/g, 'sp zoo'],
  [/\bs\.\s?r\.\s?o\.?/g, 'sro'],
];

export function foldText(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase();
}

export function normalizeCompanyName(name: string): string {
  let value = foldText(name).replace(/&/g, ' and ');
  for (const [pattern, replacement] of DOTTED_FORMS) value = value.replace(pattern, replacement);
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
