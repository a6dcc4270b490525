import { z } from 'zod';
import { companyDomain } from '../../analytics/matching/normalize-domain.js';
import { chunks } from '../../analytics/matching/read-account-list.js';
import { countryCode } from '../../platform/country-code.js';
import { readCsvWithHeader } from '../../platform/csv/csv-header.js';
import type { RowProblem } from '../../platform/csv/row-problems.js';
import { minorDigits } from '../../platform/money/money.js';
import type { LeadEntry } from './record-lead.js';

/** The columns a lead file may have, each under its common header spellings (case and spacing ignored). */
const COLUMN_ALIASES = {
  companyName: ['company', 'companyname', 'account', 'accountname', 'organization'],
  website: ['website', 'web', 'url', 'domain', 'companywebsite'],
  contactName: ['contactname', 'name', 'fullname', 'contact'],
  contactEmail: ['contactemail', 'email', 'emailaddress'],
  contactPhone: ['contactphone', 'phone', 'phonenumber'],
  contactTitle: ['contacttitle', 'title', 'jobtitle'],
  country: ['country', 'countrycode'],
  interests: ['interests', 'interest', 'specializations', 'needs'],
  productLines: ['productlines', 'products', 'productline'],
  estimatedAmount: ['estimatedamount', 'amount', 'budget', 'estimatedvalue'],
  currency: ['currency', 'currencycode'],
  score: ['score', 'leadscore', 'rating'],
  externalId: ['externalid', 'id', 'leadid', 'recordid'],
} as const;
type Column = keyof typeof COLUMN_ALIASES;

export interface ImportedLead {
  line: number;
  entry: LeadEntry & { externalId: string | null };
}

export interface LeadImportFile {
  rowsRead: number;
  leads: ImportedLead[];
  rejections: RowProblem[];
}

const fold = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');
const list = (value: string) => [
  ...new Set(
    value
      .split(/[;|,]/)
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];
const ZEmail = z.email();

function resolveColumns(headers: string[]): Partial<Record<Column, string>> {
  const found: Partial<Record<Column, string>> = {};
  for (const [column, aliases] of Object.entries(COLUMN_ALIASES) as [Column, readonly string[]][]) {
    const header = headers.find((h) => aliases.includes(fold(h)));
    if (header) found[column] = header;
  }
  return found;
}

function readRow(values: Record<string, string>, columns: Partial<Record<Column, string>>) {
  const cell = (c: Column) => (columns[c] ? (values[columns[c]] ?? '').trim() : '');
  const problems: { field: string; message: string }[] = [];
  const companyName = cell('companyName');
  if (!companyName) problems.push({ field: 'company', message: 'is required' });
  const contactEmail = cell('contactEmail').toLowerCase();
  if (!ZEmail.safeParse(contactEmail).success)
    problems.push({ field: 'contact_email', message: 'is not an email address' });
  const website = cell('website') || null;
  if (website && !companyDomain(website))
    problems.push({ field: 'website', message: 'is not a company website or domain' });
  const countryText = cell('country');
  const country = countryText ? countryCode(countryText) : null;
  if (countryText && !country)
    problems.push({ field: 'country', message: `"${countryText}" is not a country` });
  const scoreText = cell('score');
  const score = scoreText ? Number(scoreText) : 50;
  if (!Number.isInteger(score) || score < 0 || score > 100)
    problems.push({ field: 'score', message: 'must be a whole number from 0 to 100' });
  const currency = cell('currency').toUpperCase() || null;
  if (currency && !/^[A-Z]{3}$/.test(currency))
    problems.push({ field: 'currency', message: 'must be an ISO 4217 code such as USD' });
  const amountText = cell('estimatedAmount').replace(/[\s,]/g, '');
  let estimatedAmountMinor: number | null = null;
  if (amountText) {
    const amount = Number(amountText);
    if (!Number.isFinite(amount) || amount < 0)
      problems.push({ field: 'estimated_amount', message: 'must be a positive number' });
    else if (!currency) problems.push({ field: 'currency', message: 'is required with an amount' });
    else estimatedAmountMinor = Math.round(amount * 10 ** minorDigits(currency));
  }
  const entry = {
    source: 'import' as const,
    externalId: cell('externalId') || null,
    companyName,
    website,
    contactName: cell('contactName') || contactEmail.split('@')[0] || contactEmail,
    contactEmail,
    contactPhone: cell('contactPhone'),
    contactTitle: cell('contactTitle'),
    country,
    interests: list(cell('interests').toLowerCase()),
    productLines: list(cell('productLines')),
    estimatedAmountMinor,
    currency,
    score,
  };
  return { entry, problems };
}

/** Reads a lead file whole: each row becomes a lead entry or its problems, by line. */
export async function readLeadImport(bytes: Uint8Array): Promise<LeadImportFile> {
  const file: LeadImportFile = { rowsRead: 0, leads: [], rejections: [] };
  let columns: Partial<Record<Column, string>> | null = null;
  const seenIds = new Map<string, number>();
  for await (const row of readCsvWithHeader(chunks(bytes))) {
    file.rowsRead++;
    if ('error' in row) {
      file.rejections.push({ line: row.line, field: 'row', message: row.error });
      continue;
    }
    columns ??= resolveColumns(Object.keys(row.values));
    const { entry, problems } = readRow(row.values, columns);
    if (entry.externalId) {
      const earlier = seenIds.get(entry.externalId);
      if (earlier !== undefined)
        problems.push({ field: 'external_id', message: `repeats the id on line ${earlier}` });
      else seenIds.set(entry.externalId, row.line);
    }
    if (problems.length > 0) file.rejections.push(...problems.map((p) => ({ line: row.line, ...p })));
    else file.leads.push({ line: row.line, entry });
  }
  return file;
}
