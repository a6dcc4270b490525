import { foldText, normalizeCompanyName } from './normalize-name.js';

/**
 * Typo-tolerant comparison of ALREADY NORMALIZED company names (output of normalizeCompanyName).
 * Precision comes first: a false match is worse than a missed one, so every tolerance is narrow.
 *
 * Both names are first reduced to canonical tokens (see canonicalTokens), then they match when
 * - the canonical tokens are equal (a misspelt trailing legal form such as "corporaton" or "limted" was
 *   dropped, "and" between words was dropped, "mcdonald s" was joined, a non-Latin legal form was dropped);
 * - or they are equal once spaces are removed AND one side's word breaks are a subset of the other's
 *   ("micro soft" / "microsoft", but not "now here" / "no where");
 * - or they have the same number of tokens, in the same order, and exactly one token differs by
 *   - a trailing plural "s" (the shorter form has at least 4 letters), or
 *   - a small typo in a token of Latin letters only: the first letter never differs; tokens of 5+ letters
 *     allow one transposition, insertion or deletion; 7+ letters also one substituted letter, but not among
 *     the first three nor the last (a changed letter too often names another firm: Intel / Intex,
 *     Jensen / Jansen, Allianz / Alliant); 9+ letters allow two edits after the first three letters.
 *     Never when both tokens are common business words (tools / pools, printing / painting,
 *     hotels / hostels), nor when they differ only in a "sen" / "son" ending (Petersen / Peterson).
 * Word order matters ("air china" / "china air" differ), and an extra or missing word never matches.
 */

export const FUZZY_NAME_THRESHOLD = 0.8;
/** Names that do not match score a character-bigram Dice coefficient scaled below the threshold. */
const NO_MATCH_SCALE = 0.79;

/** Misspelt long legal forms are dropped from the end ("corporaton", "limted", "compnay"). */
const LONG_LEGAL_FORMS = ['corporation', 'incorporated', 'limited', 'company', 'gesellschaft'];
/** Legal forms normalizeCompanyName leaves in place, in front of a name ("ООО Ромашка", "PT Telkom", "(株)"). */
const LEADING_FORMS = new Set(['ооо', 'оао', 'зао', 'пао', 'ао', 'тоо', 'pt', '株', '주'].map(foldText));
/** ...and at its end: non-Latin and rarer forms, and the "com" of "Amazon.com, Inc.". */
const TRAILING_FORMS = new Set(
  ['ооо', 'оао', 'зао', 'пао', 'ао', 'тоо', '株', '주', 'αε', 'επε', 'ικε', 'sab', 'sapi', 'tbk', 'com']
    .concat([
      '株式会社',
      '有限会社',
      '合同会社',
      '有限公司',
      '股份有限公司',
      '有限责任公司',
      '주식회사',
      '유한회사',
    ])
    .map(foldText),
);
/** Legal forms glued to a name written without spaces ("トヨタ自動車株式会社"). */
const GLUED_LEGAL_FORMS = [
  '株式会社',
  '有限会社',
  '合同会社',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '주식회사',
]
  .map(foldText)
  .sort((x, y) => y.length - x.length);
const CONNECTIVES = new Set(['and', 'und', 'et', 'en', 'og', 'och', 'y', 'e']);

/**
 * Common words of company names. Two different such words are a distinction, never a typo: a typo
 * makes a non-word ("systms"), while "tools" / "pools" are two trades.
 */
const COMMON_WORDS = new Set(
  `food tool pool paint print printer printing painting painter marine marina motor mill mall hill health
  dental rental airline air line liner system solution service software hardware logistic lighting lightning
  plastic elastic metal medal medical media medic energy power tower water bakery baker brewing brewery
  builder building consulting consultant capital partner party holding group global digital design dynamic
  electric electrical electronic engineering finance financial good home house housing industry industrial
  insurance international investment lab machine management manufacturing marketing material network
  pharma pharmacy product property resource security steel store story stories supply supplies technology
  technologies textile trading treading transport travel venture wireless works world hotel hostel clinic
  farm firm trust truss bank band cargo garden glass wood wool tile title mining minding dining data date
  labor labour legal level cable table chemical clean cleaning clear coffee copper cotton dairy depot diary
  direct drink drive driver drug estate event export express fashion fibre fiber film fitness fleet flight
  flower fresh fruit fuel game gaming gas grain green heating import kitchen land leisure lease leasing
  life light link living loan mail maker market meat motion music national natural nature ocean office
  optic outdoor pack packing packaging paper part port post pant press pride prime produce project public
  radio rail realty record research retail river road robot robotics rock roof roofing rubber safety sale
  salt salon saloon sand school science screen sea seed shipping shoe shop sign silk silver smart solar
  sound source space sport spring star stone storage studio style sugar sun surgical tech tire tyre toy
  trade trader trans trend truck union united valley vision version wave wear web wine wing wire yard
  beauty bounty coast coat center centre central counsel council dent tent care core cure credit crest
  farmer former partner painter planner planter print sprint quest guest west east north south`
    .split(/\s+/)
    .filter(Boolean),
);

export const isLatinWord = (token: string) => /^[a-z]+$/.test(token);
export const singular = (token: string) =>
  token.endsWith('ies') ? `${token.slice(0, -3)}y` : token.replace(/s$/, '');
const isCommonWord = (token: string) => COMMON_WORDS.has(token) || COMMON_WORDS.has(singular(token));

/** Optimal-string-alignment Damerau–Levenshtein distance (adjacent transpositions count as one edit). */
export function damerauLevenshtein(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Index of the one substituted letter when the strings differ by exactly that, else -1. */
function substitutionAt(a: string, b: string): number {
  if (a.length !== b.length) return -1;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return diff.length === 1 ? diff[0]! : -1;
}

/** Edits of a tolerated typo between two different tokens, or null when they are different words. */
export function tokenTypoEdits(x: string, y: string): number | null {
  if (!isLatinWord(x) || !isLatinWord(y) || x[0] !== y[0]) return null;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 5 || (isCommonWord(x) && isCommonWord(y))) return null;
  if (/s[eo]n$/.test(x) && /s[eo]n$/.test(y) && x.slice(0, -2) === y.slice(0, -2)) return null;
  // Edits confined to the letters after the first one.
  const edits = damerauLevenshtein(x.slice(1), y.slice(1));
  if (edits === 0 || edits > (shorter >= 9 ? 2 : 1)) return null;
  // Two edits keep the first three letters ("lindqvist" / "lundqvist" are two surnames).
  if (edits === 2) return x.slice(0, 3) === y.slice(0, 3) ? edits : null;
  // A changed letter, rather than a swapped, missing or doubled one, is a typo only inside a long word:
  // not in a 5–6 letter word (intel / intex), the first three letters (becker / backer) or the last
  // letter (allianz / alliant).
  const at = substitutionAt(x, y);
  if (at < 0) return edits;
  return shorter >= 7 && at >= 3 && at < x.length - 1 ? edits : null;
}

/** "tool" / "tools", "company" / "companies": the shorter form has at least 4 letters. */
export function isPluralPair(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 4 || !isLatinWord(short) || !isLatinWord(long)) return false;
  return long === `${short}s` || (short.endsWith('y') && long === `${short.slice(0, -1)}ies`);
}

function nearLegalForm(token: string): boolean {
  // No substitution: "limiter" is a word of its own, "limted" is a typo of "limited".
  return LONG_LEGAL_FORMS.some(
    (form) =>
      token[0] === form[0] &&
      damerauLevenshtein(token, form) === 1 &&
      substitutionAt(token, form) < 0 &&
      isLatinWord(token),
  );
}

function stripGluedForm(token: string): string {
  for (const form of GLUED_LEGAL_FORMS) {
    if (token.length > form.length && token.endsWith(form)) return token.slice(0, -form.length);
    if (token.length > form.length && token.startsWith(form)) return token.slice(form.length);
  }
  return token;
}

/**
 * The tokens a normalized name is compared by: a possessive "s" joined to its word ("mcdonald s"),
 * legal forms normalizeCompanyName leaves (leading "ооо"/"pt"/"株", glued "株式会社", misspelt trailing
 * "corporaton") dropped, and connectives between words ("procter and gamble") dropped.
 */
export function canonicalTokens(normalizedName: string): string[] {
  let tokens: string[] = [];
  for (const token of normalizedName.split(' ').filter(Boolean)) {
    if (token === 's' && tokens.length > 0) tokens[tokens.length - 1] += 's';
    else tokens.push(token);
  }
  tokens = tokens.map(stripGluedForm);
  while (tokens.length > 1 && LEADING_FORMS.has(tokens[0]!)) tokens.shift();
  while (tokens.length > 1) {
    const last = tokens.at(-1)!;
    if (TRAILING_FORMS.has(last) || nearLegalForm(last)) tokens.pop();
    else if (tokens.length > 2 && TRAILING_FORMS.has(tokens.at(-2)! + last)) tokens.splice(-2, 2);
    else break;
    // What is left may end with an exact legal form ("acme corp limted").
    tokens = normalizeCompanyName(tokens.join(' ')).split(' ');
  }
  return tokens.filter((token, i) => i === 0 || i === tokens.length - 1 || !CONNECTIVES.has(token));
}

/** Word-break positions in the space-free form of the name. */
function breaks(tokens: readonly string[]): Set<number> {
  const positions = new Set<number>();
  let at = 0;
  for (const token of tokens.slice(0, -1)) {
    at += token.length;
    positions.add(at);
  }
  return positions;
}

const isSubset = (a: Set<number>, b: Set<number>) => [...a].every((position) => b.has(position));

/** Cost of the differences between two canonical token lists (0 = equal), or null when they do not match. */
function matchCost(ta: readonly string[], tb: readonly string[]): number | null {
  if (ta.join(' ') === tb.join(' ')) return 0;
  if (ta.join('') === tb.join('')) {
    const [ba, bb] = [breaks(ta), breaks(tb)];
    return isSubset(ba, bb) || isSubset(bb, ba) ? 0.5 : null;
  }
  if (ta.length !== tb.length) return null;
  let cost: number | null = null;
  for (let i = 0; i < ta.length; i++) {
    const [x, y] = [ta[i]!, tb[i]!];
    if (x === y) continue;
    if (cost !== null) return null; // a second differing token
    cost = isPluralPair(x, y) ? 0.5 : tokenTypoEdits(x, y);
    if (cost === null) return null;
  }
  return cost;
}

function bigrams(value: string): string[] {
  return Array.from({ length: Math.max(0, value.length - 1) }, (_, i) => value.slice(i, i + 2));
}

/** Sørensen–Dice coefficient of character bigrams: the informative score of names that do not match. */
function dice(a: string, b: string): number {
  const [ga, gb] = [bigrams(a), bigrams(b)];
  if (ga.length === 0 || gb.length === 0) return a === b ? 1 : 0;
  const counts = new Map<string, number>();
  for (const gram of ga) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of gb) {
    const count = counts.get(gram) ?? 0;
    if (count > 0) {
      shared++;
      counts.set(gram, count - 1);
    }
  }
  return (2 * shared) / (ga.length + gb.length);
}

/**
 * Similarity of two normalized names, 0..1. At or above FUZZY_NAME_THRESHOLD exactly when the rules above
 * say they match: 1 when identical, 0.97 when only canonical tokens are equal, otherwise lowered by the size
 * of the difference relative to the name length (never below the threshold). Names that do not match score
 * their character-bigram Dice coefficient scaled by 0.79, for information only.
 */
export function fuzzyNameSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const [ta, tb] = [canonicalTokens(a), canonicalTokens(b)];
  const cost = matchCost(ta, tb);
  const compactA = ta.join('');
  const compactB = tb.join('');
  if (cost === null) return Math.round(NO_MATCH_SCALE * dice(compactA, compactB) * 1000) / 1000;
  if (cost === 0) return 0.97;
  const length = Math.max(compactA.length, compactB.length);
  const score = Math.min(0.95, 1 - (0.8 * cost) / length);
  const canonicalised = ta.join(' ') !== a || tb.join(' ') !== b;
  return Math.max(FUZZY_NAME_THRESHOLD, Math.round((score - (canonicalised ? 0.03 : 0)) * 1000) / 1000);
}

export function isFuzzyNameMatch(a: string, b: string): boolean {
  return fuzzyNameSimilarity(a, b) >= FUZZY_NAME_THRESHOLD;
}

/**
 * Cheap candidate-blocking keys of a normalized name: any two names isFuzzyNameMatch accepts share one.
 * The first 3 characters of the space-free name and of each token cover equal, re-spaced and plural names;
 * for typo-tolerant tokens (Latin, 5+ letters, first letter never edited) the keys anchored at the start or
 * at the end (first letter + last 2, first 2 + last 1) and, for 9+ letters, first letter + inner 3-letter
 * windows cover every edit the rules allow.
 */
export function blockingKeys(normalizedName: string): string[] {
  const tokens = canonicalTokens(normalizedName);
  const compact = tokens.join('');
  if (!compact) return [];
  const keys = new Set([compact.slice(0, 3)]);
  for (const token of tokens) {
    if (token.length >= 3) keys.add(token.slice(0, 3));
    if (!isLatinWord(token) || token.length < 5) continue;
    keys.add(`${token[0]}~${token.slice(-2)}`);
    keys.add(`${token.slice(0, 2)}~${token.slice(-1)}`);
    if (token.length >= 9) for (let i = 2; i <= 4; i++) keys.add(`${token[0]}~${token.slice(i, i + 3)}~`);
  }
  return [...keys];
}
