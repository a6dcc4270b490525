import type { REGIONS } from '../modules/partners/partners.schemas.js';

export type Region = (typeof REGIONS)[number];

export interface Country {
  code: string;
  name: string;
  region: Region;
  /** Relative share of companies within its region. */
  weight: number;
  /** The local top-level domain; companies also often use .com. */
  tld: string;
  legalSuffixes: readonly string[];
  callingCode: string;
}

export const COUNTRIES: readonly Country[] = [
  {
    code: 'US',
    name: 'the United States',
    region: 'NA',
    weight: 8,
    tld: 'com',
    legalSuffixes: ['Inc', 'LLC', 'Corp'],
    callingCode: '1',
  },
  {
    code: 'CA',
    name: 'Canada',
    region: 'NA',
    weight: 2,
    tld: 'ca',
    legalSuffixes: ['Inc', 'Ltd'],
    callingCode: '1',
  },
  {
    code: 'BR',
    name: 'Brazil',
    region: 'LATAM',
    weight: 4,
    tld: 'com.br',
    legalSuffixes: ['Ltda', 'S.A.'],
    callingCode: '55',
  },
  {
    code: 'MX',
    name: 'Mexico',
    region: 'LATAM',
    weight: 3,
    tld: 'com.mx',
    legalSuffixes: ['S.A. de C.V.'],
    callingCode: '52',
  },
  {
    code: 'AR',
    name: 'Argentina',
    region: 'LATAM',
    weight: 1,
    tld: 'com.ar',
    legalSuffixes: ['S.A.', 'S.R.L.'],
    callingCode: '54',
  },
  {
    code: 'CL',
    name: 'Chile',
    region: 'LATAM',
    weight: 1,
    tld: 'cl',
    legalSuffixes: ['SpA', 'S.A.'],
    callingCode: '56',
  },
  {
    code: 'CO',
    name: 'Colombia',
    region: 'LATAM',
    weight: 1,
    tld: 'com.co',
    legalSuffixes: ['S.A.S.'],
    callingCode: '57',
  },
  {
    code: 'GB',
    name: 'the United Kingdom',
    region: 'EMEA',
    weight: 4,
    tld: 'co.uk',
    legalSuffixes: ['Ltd', 'plc'],
    callingCode: '44',
  },
  {
    code: 'DE',
    name: 'Germany',
    region: 'EMEA',
    weight: 4,
    tld: 'de',
    legalSuffixes: ['GmbH', 'AG'],
    callingCode: '49',
  },
  {
    code: 'FR',
    name: 'France',
    region: 'EMEA',
    weight: 3,
    tld: 'fr',
    legalSuffixes: ['SAS', 'SA'],
    callingCode: '33',
  },
  {
    code: 'NL',
    name: 'the Netherlands',
    region: 'EMEA',
    weight: 2,
    tld: 'nl',
    legalSuffixes: ['B.V.'],
    callingCode: '31',
  },
  {
    code: 'SE',
    name: 'Sweden',
    region: 'EMEA',
    weight: 1,
    tld: 'se',
    legalSuffixes: ['AB'],
    callingCode: '46',
  },
  {
    code: 'ES',
    name: 'Spain',
    region: 'EMEA',
    weight: 1,
    tld: 'es',
    legalSuffixes: ['S.L.', 'S.A.'],
    callingCode: '34',
  },
  {
    code: 'IT',
    name: 'Italy',
    region: 'EMEA',
    weight: 1,
    tld: 'it',
    legalSuffixes: ['S.r.l.', 'S.p.A.'],
    callingCode: '39',
  },
  {
    code: 'PL',
    name: 'Poland',
    region: 'EMEA',
    weight: 1,
    tld: 'pl',
    legalSuffixes: ['sp. z o.o.'],
    callingCode: '48',
  },
  {
    code: 'AE',
    name: 'the United Arab Emirates',
    region: 'EMEA',
    weight: 1,
    tld: 'ae',
    legalSuffixes: ['LLC', 'FZ-LLC'],
    callingCode: '971',
  },
  {
    code: 'ZA',
    name: 'South Africa',
    region: 'EMEA',
    weight: 1,
    tld: 'co.za',
    legalSuffixes: ['(Pty) Ltd'],
    callingCode: '27',
  },
  {
    code: 'AU',
    name: 'Australia',
    region: 'APAC',
    weight: 3,
    tld: 'com.au',
    legalSuffixes: ['Pty Ltd'],
    callingCode: '61',
  },
  {
    code: 'JP',
    name: 'Japan',
    region: 'APAC',
    weight: 2,
    tld: 'co.jp',
    legalSuffixes: ['K.K.'],
    callingCode: '81',
  },
  {
    code: 'SG',
    name: 'Singapore',
    region: 'APAC',
    weight: 2,
    tld: 'com.sg',
    legalSuffixes: ['Pte Ltd'],
    callingCode: '65',
  },
  {
    code: 'IN',
    name: 'India',
    region: 'APAC',
    weight: 3,
    tld: 'in',
    legalSuffixes: ['Pvt Ltd'],
    callingCode: '91',
  },
  {
    code: 'NZ',
    name: 'New Zealand',
    region: 'APAC',
    weight: 1,
    tld: 'co.nz',
    legalSuffixes: ['Ltd'],
    callingCode: '64',
  },
  {
    code: 'KR',
    name: 'South Korea',
    region: 'APAC',
    weight: 1,
    tld: 'co.kr',
    legalSuffixes: ['Co., Ltd.'],
    callingCode: '82',
  },
];

export function countriesIn(region: Region): Country[] {
  return COUNTRIES.filter((c) => c.region === region);
}
