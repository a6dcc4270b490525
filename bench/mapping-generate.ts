/**
 * Deterministic messy account exports for the mapping benchmark: a vendor file in the shape of a
 * Salesforce export and a partner file in the shape of a HubSpot one, sharing a controlled overlap.
 *
 * Company c has an invented name ("Kalomar Logistics", "Analytics Bedisun Group", …) made of three syllables
 * and a trade word, and a domain built from the same parts; names and domains never repeat, for up to
 * 16.7 million vendor companies and as many partner-only ones. Vendor row k is company k. Partner rows:
 *   - 30 % vendor companies written differently: of these, 60 % with the same domain written another way
 *     (scheme, www, subdomain, path, port, a contact's email) → domain matches; 8 % on another domain of
 *     the company → name matches at 0.9; 25 % without a website → name matches; 7 % without a website and
 *     with a typo in the name → only the fuzzy pass finds them;
 *   - 70 % companies the vendor does not have (10 % of them without a website).
 * Both sides: names in mixed case, with a leading "The" or legal forms of many countries, quoted fields
 * with commas, a few empty websites, a few rows with neither name nor website (rejected), and a few
 * malformed rows (a wrong number of fields).
 */
import { openBufferedWriter } from '../src/analytics/matching/files/buffered-writer.js';
import { csvCell } from '../src/platform/csv/csv-cell.js';
import { seededRandom } from '../src/platform/ids.js';

/**
 * Brands are three syllables over one of two disjoint consonant sets: vendor companies use the first,
 * companies only the partner has use the second, so a partner-only name is never one typo away from a
 * vendor name and fuzzy matches come from the typos the generator makes.
 */
const CONSONANT_SETS = ['bdfgklmn', 'prstvzhc'];
const VOWELS = 'aeio';
const ENDINGS = ['an', 'ar', 'el', 'en', 'ix', 'on', 'or', 'us'];
const openings = (consonants: string) => [...consonants].flatMap((c) => [...VOWELS].map((v) => c + v)); // 32
const closings = (consonants: string) => [...consonants].flatMap((c) => ENDINGS.map((e) => c + e)); // 64
const SYLLABLES = CONSONANT_SETS.map((set) => ({ openings: openings(set), closings: closings(set) }));
const WORDS = `Analytics Logistics Foods Systems Robotics Dynamics Networks Partners Labs Energy Solar Marine
  Pharma Textiles Bakery Brewing Capital Consulting Digital Electric Engineering Finance Freight Health
  Imaging Insurance Kinetics Lighting Machinery Media Metals Mining Motors Optics Packaging Plastics
  Printing Research Retail Security Shipping Software Steel Storage Telecom Therapeutics Tooling Travel
  Ventures Vision Water Wireless Aerospace Agritech Biotech Cables Ceramics Chemicals Coatings Dental
  Fabrics Furniture Glassworks Hydraulics`
  .split(/\s+/)
  .filter(Boolean); // 64
const SECOND_WORDS = ['Group', 'Holdings', 'International', 'Europe', 'Nordic', 'Americas', 'Asia', 'Works'];
const LEGAL_FORMS = [
  'Inc.',
  'Inc',
  'LLC',
  'Ltd',
  'Ltd.',
  'Limited',
  'Corp.',
  'Corporation',
  'GmbH',
  'GmbH & Co. KG',
  'AG',
  'S.A.',
  'SA',
  'SAS',
  'SARL',
  'S.r.l.',
  'S.p.A.',
  'B.V.',
  'N.V.',
  'Oy',
  'AB',
  'A/S',
  'ASA',
  'Pty Ltd',
  'Pte. Ltd.',
  'K.K.',
  'Sp. z o.o.',
  's.r.o.',
  'Kft.',
  'Ltda.',
  'S.L.',
  'PLC',
];
const SUFFIXES = [
  '.com',
  '.com',
  '.com',
  '.io',
  '.de',
  '.co.uk',
  '.fr',
  '.nl',
  '.se',
  '.com.au',
  '.it',
  '.es',
  '.ch',
];
const OTHER_SUFFIXES = ['.net', '.eu', '.co', '.at', '.dk'];
const VENDOR_TYPES = [
  'Customer',
  'Customer - Direct',
  'Prospect',
  'Open Opportunity',
  'Former Customer',
  'Partner',
  '',
];
const PARTNER_STAGES = [
  'customer',
  'lead',
  'marketingqualifiedlead',
  'opportunity',
  'subscriber',
  'evangelist',
  '',
];
const COUNTRIES = [
  'Germany',
  'United States',
  'France',
  'United Kingdom',
  'Sweden',
  'Australia',
  'Japan',
  'Brazil',
];
const INDUSTRIES = ['Manufacturing', 'Retail', 'Healthcare', 'Technology', 'Finance', 'Logistics', 'Energy'];

const SPACE_BITS = 24;
const SPACE_MASK = 2 ** SPACE_BITS - 1;
/** Companies only partners have: the second syllable set. */
export const PARTNER_ONLY = 2 ** SPACE_BITS;

interface Company {
  name: string;
  domain: string;
}

function capitalize(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * Company c: below PARTNER_ONLY a vendor company, from PARTNER_ONLY on one only partners have. A
 * multiplication by an odd constant permutes each half of the space, so names and domains never repeat.
 */
export function company(c: number): Company {
  const { openings, closings } = SYLLABLES[c >= PARTNER_ONLY ? 1 : 0]!;
  const p = (Math.imul(c & SPACE_MASK, 0x2c9277b5) + 0x1b873593) & SPACE_MASK;
  const brand = openings[p & 31]! + openings[(p >>> 5) & 31]! + closings[(p >>> 10) & 63]!;
  const word = WORDS[(p >>> 16) & 63]!;
  const form = (p >>> 22) & 3;
  const suffix = SUFFIXES[(p >>> 3) % SUFFIXES.length]!;
  const second = SECOND_WORDS[(p >>> 7) & 7]!;
  const lower = word.toLowerCase();
  const Brand = capitalize(brand);
  if (form === 0) return { name: `${Brand} ${word}`, domain: `${brand}-${lower}${suffix}` };
  if (form === 1) return { name: `${word} ${Brand}`, domain: `${lower}${brand}${suffix}` };
  if (form === 2) return { name: `${Brand} ${word} ${second}`, domain: `${brand}${lower}${suffix}` };
  return { name: `${word} ${Brand} ${second}`, domain: `${lower}-${brand}${suffix}` };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** The name as one export or another writes it: case, a leading "The", a legal form, stray spaces. */
function writeName(random: Random, name: string): string {
  let out = name;
  const r = random();
  if (r < 0.15) out = out.toUpperCase();
  else if (r < 0.25) out = out.toLowerCase();
  if (random() < 0.08) out = `The ${out}`;
  const legal = random();
  if (legal < 0.25) out = `${out}, ${pick(random, LEGAL_FORMS)}`;
  else if (legal < 0.7) out = `${out} ${pick(random, LEGAL_FORMS)}`;
  if (random() < 0.03) out = ` ${out}  `;
  return out;
}

/** The website as someone typed it: bare, with scheme and www, a subdomain, a path, a port, or an email. */
function writeWebsite(random: Random, domain: string): string {
  const r = random();
  if (r < 0.3) return domain;
  if (r < 0.5) return `https://www.${domain}`;
  if (r < 0.6) return `http://${domain}/`;
  if (r < 0.7) return `https://www.${domain}/en/about-us?ref=crm`;
  if (r < 0.78) return `www.${domain.toUpperCase()}`;
  if (r < 0.85) return `https://shop.${domain}:8443/`;
  if (r < 0.92) return `info@${domain}`;
  return `eu.${domain}`;
}

/** One tolerated typo after the third letter of the brand: a dropped letter or two swapped ones. */
function withTypo(random: Random, name: string): string {
  const space = name.indexOf(' ');
  const word = space < 0 ? name : name.slice(0, space);
  const rest = space < 0 ? '' : name.slice(space);
  if (word.length < 7) return name;
  const at = 3 + Math.floor(random() * (word.length - 5));
  const typo =
    random() < 0.5
      ? word.slice(0, at) + word.slice(at + 1)
      : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return typo + rest;
}

export interface GeneratedFile {
  path: string;
  rows: number;
  bytes: number;
}

function writeRows(
  path: string,
  header: string[],
  rows: number,
  row: (i: number) => string[],
): GeneratedFile {
  const writer = openBufferedWriter(path, 1 << 20);
  let bytes = 0;
  const emit = (line: string) => {
    writer.write(line);
    bytes += Buffer.byteLength(line);
  };
  try {
    emit(`${header.join(',')}\n`);
    for (let i = 0; i < rows; i++) emit(`${row(i).map(csvCell).join(',')}\n`);
  } finally {
    writer.close();
  }
  return { path, rows, bytes };
}

/** Vendor rows: companies 0 … rows-1, in a Salesforce-like export. */
export function generateVendorFile(path: string, rows: number, seed: number): GeneratedFile {
  const random = seededRandom(seed * 2 + 1);
  const header = ['Account ID', 'Account Name', 'Website', 'Type', 'Billing Country', 'Industry'];
  return writeRows(path, header, rows, (i) => {
    const { name, domain } = company(i);
    const odd = random();
    const id = `001V${i.toString(36).padStart(8, '0')}`;
    if (odd < 0.0005) return [id, '', '', 'Customer', '', ''];
    if (odd < 0.0006) return [id, name, domain, 'Customer', 'Germany', 'Retail', 'extra'];
    const website = random() < 0.05 ? '' : writeWebsite(random, domain);
    return [
      id,
      writeName(random, name),
      website,
      pick(random, VENDOR_TYPES),
      pick(random, COUNTRIES),
      pick(random, INDUSTRIES),
    ];
  });
}

/** Partner rows in a HubSpot-like export; see the file comment for the mix. */
export function generatePartnerFile(
  path: string,
  rows: number,
  vendorRows: number,
  seed: number,
): GeneratedFile {
  const random = seededRandom(seed * 2 + 2);
  const header = ['Record ID', 'Company name', 'Company Domain Name', 'Lifecycle Stage', 'Country/Region'];
  return writeRows(path, header, rows, (i) => {
    const id = `${9_000_000_000 + i}`;
    const stage = pick(random, PARTNER_STAGES);
    const country = pick(random, COUNTRIES);
    const odd = random();
    if (odd < 0.0005) return [id, '', 'n/a', stage, country];
    if (odd < 0.0006) return [id, 'Broken Row', stage, country];
    if (random() < 0.3) {
      const { name, domain } = company(Math.floor(random() * vendorRows));
      const kind = random();
      if (kind < 0.6) return [id, writeName(random, name), writeWebsite(random, domain), stage, country];
      if (kind < 0.68) {
        const other = domain.replace(/\.[a-z.]+$/, pick(random, OTHER_SUFFIXES));
        return [id, writeName(random, name), writeWebsite(random, other), stage, country];
      }
      if (kind < 0.93) return [id, writeName(random, name), '', stage, country];
      return [id, writeName(random, withTypo(random, name)), '', stage, country];
    }
    const { name, domain } = company(PARTNER_ONLY + i);
    const website = random() < 0.1 ? '' : writeWebsite(random, domain);
    return [id, writeName(random, name), website, stage, country];
  });
}

/**
 * Partner rows for the fuzzy measurement: none matches a vendor row exactly, so every name goes to the
 * fuzzy pass. 5 % are vendor companies with a typo and no website (the pass should find them), the rest
 * companies the vendor does not have, without a website.
 */
export function generateFuzzyPartnerFile(
  path: string,
  rows: number,
  vendorRows: number,
  seed: number,
): GeneratedFile {
  const random = seededRandom(seed * 2 + 3);
  const header = ['Record ID', 'Company name', 'Company Domain Name', 'Lifecycle Stage'];
  return writeRows(path, header, rows, (i) => {
    const id = `${8_000_000_000 + i}`;
    const stage = pick(random, PARTNER_STAGES);
    if (random() < 0.05) {
      const { name } = company(Math.floor(random() * vendorRows));
      return [id, writeName(random, withTypo(random, name)), '', stage];
    }
    return [id, writeName(random, company(PARTNER_ONLY + PARTNER_ONLY / 2 + i).name), '', stage];
  });
}
