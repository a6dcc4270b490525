/** ISO 3166-1 alpha-2 codes, plus XK (Kosovo), which CRMs use although ISO has not assigned it. */
const CODES = new Set(
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
  BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET
  FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM
  IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD
  ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
  PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST
  SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS
  XK YE YT ZA ZM ZW`.split(/\s+/),
);

/** Names CRMs write that the locale data does not give, folded (see fold). */
const ALIASES: Record<string, string> = {
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  'united states of america': 'US',
  america: 'US',
  uk: 'GB',
  'u k': 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  holland: 'NL',
  'the netherlands': 'NL',
  'czech republic': 'CZ',
  korea: 'KR',
  'republic of korea': 'KR',
  'korea republic of': 'KR',
  'russian federation': 'RU',
  uae: 'AE',
  'viet nam': 'VN',
  'ivory coast': 'CI',
  turkey: 'TR',
  macau: 'MO',
  macao: 'MO',
  'hong kong': 'HK',
  'mainland china': 'CN',
  'peoples republic of china': 'CN',
  swaziland: 'SZ',
  burma: 'MM',
};

/** Languages whose country names are recognized (as far as the runtime's locale data has them). */
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'];

const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

let byName: Map<string, string> | undefined;

function namesToCodes(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  for (const locale of LOCALES) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of CODES) {
      const name = names.of(code);
      if (!name) continue;
      // "Myanmar (Burma)": the full name and the name before the parenthesis.
      for (const variant of [name, name.replace(/\s*\(.*$/, '')]) {
        const key = fold(variant);
        if (key && !byName.has(key)) byName.set(key, code);
      }
    }
  }
  return byName;
}

/**
 * The ISO 3166-1 alpha-2 code a CRM's country field names: a code in any case ("de"), or a country name
 * in English or a few other languages ("Germany", "Deutschland", "United States", "USA"); null when it
 * names none. An empty value is not a country: callers treat it before.
 */
export function countryCode(value: string): string | null {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    if (CODES.has(code)) return code;
  }
  return namesToCodes().get(fold(trimmed)) ?? null;
}
