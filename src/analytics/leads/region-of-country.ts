const NA = ['US', 'CA', 'PR'];
const LATAM = [
  'MX',
  'BR',
  'AR',
  'CL',
  'CO',
  'PE',
  'UY',
  'PY',
  'BO',
  'EC',
  'VE',
  'CR',
  'PA',
  'GT',
  'HN',
  'SV',
  'NI',
  'DO',
  'CU',
  'JM',
  'TT',
  'BS',
  'BB',
  'BZ',
  'GY',
  'SR',
];
const APAC = [
  'AU',
  'NZ',
  'JP',
  'CN',
  'HK',
  'TW',
  'KR',
  'SG',
  'MY',
  'ID',
  'TH',
  'VN',
  'PH',
  'IN',
  'PK',
  'BD',
  'LK',
  'NP',
  'MM',
  'KH',
  'LA',
  'MN',
  'BN',
  'MO',
  'FJ',
  'PG',
];

const REGION_BY_COUNTRY = new Map<string, 'NA' | 'LATAM' | 'APAC'>([
  ...NA.map((c) => [c, 'NA'] as const),
  ...LATAM.map((c) => [c, 'LATAM'] as const),
  ...APAC.map((c) => [c, 'APAC'] as const),
]);

/** The program region (NA, LATAM, EMEA, APAC) of an ISO country code; Europe, Middle East and Africa otherwise. */
export function regionOfCountry(country: string | null | undefined): string | null {
  if (!country) return null;
  return REGION_BY_COUNTRY.get(country.toUpperCase()) ?? 'EMEA';
}
