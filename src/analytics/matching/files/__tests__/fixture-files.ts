import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface CsvFileOptions {
  delimiter?: ',' | ';' | '\t';
  encoding?: 'utf-8' | 'utf-16le';
  lineBreak?: '\n' | '\r\n';
}

/** Writes rows as CSV, quoting fields that need it; UTF-16 LE files get a byte-order mark. */
export function writeCsvFile(
  path: string,
  rows: readonly (readonly string[])[],
  options: CsvFileOptions = {},
): string {
  const delimiter = options.delimiter ?? ',';
  const quote = (field: string) =>
    field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
  const text = rows.map((row) => row.map(quote).join(delimiter)).join(options.lineBreak ?? '\n');
  if (options.encoding === 'utf-16le') {
    writeFileSync(path, Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(`${text}\n`, 'utf16le')]));
  } else writeFileSync(path, `${text}\n`);
  return path;
}

export function tempDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'trellis-map-test-'));
}

/** A seeded list of invented companies with overlaps written differently, for comparing with the oracle. */
export function generatedLists(seed: number, size: number): { vendor: string[][]; partner: string[][] } {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const syllables = ['ka', 'lo', 'mar', 'ten', 'vi', 'sor', 'del', 'bri', 'nox', 'qua', 'zen', 'ful'];
  const words = ['Logistics', 'Analytics', 'Foods', 'Robotics', 'Energy', 'Textiles', 'Labs'];
  const forms = ['', ' Inc.', ', GmbH', ' S.A.', ' Ltd', ' AB', ' Oy'];
  const companies = Array.from({ length: size }, (_, i) => {
    const brand = pick(syllables) + pick(syllables) + pick(syllables) + (i % 7 === 0 ? pick(syllables) : '');
    const name = `${brand[0]!.toUpperCase()}${brand.slice(1)} ${pick(words)}`;
    return { name, domain: `${brand}-${i % 3}.${pick(['com', 'de', 'co.uk', 'io'])}` };
  });
  const populations = ['Customer', 'Prospect', 'Open Opportunity', 'Former customer', 'Reseller', ''];
  const vendor = [['Account ID', 'Account Name', 'Website', 'Type']];
  companies.forEach((company, i) => {
    const website = random() < 0.1 ? '' : pick([company.domain, `https://www.${company.domain}/about`]);
    vendor.push([`V${i}`, company.name + pick(forms), website, pick(populations)]);
  });
  const partner = [['Record ID', 'Company name', 'Company Domain Name', 'Lifecycle Stage']];
  for (let i = 0; i < size; i++) {
    const company = pick(companies);
    const r = random();
    const name =
      r < 0.2
        ? company.name.toUpperCase()
        : r < 0.3
          ? company.name.replace(/(\w{5})(\w)/, '$1')
          : company.name;
    const website = random() < 0.5 ? '' : random() < 0.8 ? `http://${company.domain}` : `other-${i}.com`;
    partner.push([`P${i}`, `${name}${pick(forms)}`, website, pick(['customer', 'lead', 'opportunity', ''])]);
  }
  return { vendor, partner };
}
