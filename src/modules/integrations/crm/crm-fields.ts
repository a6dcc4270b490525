import type { FieldError } from '../../../platform/errors.js';

export const CRM_SOURCES = ['salesforce', 'hubspot'] as const;
export type CrmSource = (typeof CRM_SOURCES)[number];
export const CRM_OBJECTS = ['accounts', 'contacts', 'opportunities'] as const;
export type CrmObject = (typeof CRM_OBJECTS)[number];

/** Trellis field → the file's column it is read from. */
export type CrmMapping = Record<string, string>;

export interface CrmField {
  field: string;
  label: string;
  required: boolean;
  description: string;
}

const field = (name: string, label: string, required: boolean, description: string): CrmField => ({
  field: name,
  label,
  required,
  description,
});

/** What each object of an import can set; `id` is the CRM's own record id, the key re-runs upsert by. */
export const CRM_FIELDS: Record<CrmObject, CrmField[]> = {
  accounts: [
    field('id', 'CRM account id', true, 'Upserts by this id in the account’s external ids'),
    field('name', 'Name', false, 'Company name (a name or a website is needed)'),
    field('domain', 'Website', false, 'Website or domain; reduced to the registrable domain'),
    field('country', 'Country', false, 'ISO code or country name'),
    field('industry', 'Industry', false, 'Free text, up to 80 characters'),
    field('population', 'Type / lifecycle stage', false, 'Customer, prospect, former customer …'),
  ],
  contacts: [
    field('id', 'CRM contact id', true, 'Upserts by this id in the contact’s external ids'),
    field('accountId', 'CRM account id', true, 'The account, found by its CRM id'),
    field('firstName', 'First name', false, ''),
    field('lastName', 'Last name', true, ''),
    field('email', 'Email', false, ''),
    field('phone', 'Phone', false, ''),
    field('title', 'Job title', false, ''),
  ],
  opportunities: [
    field('id', 'CRM opportunity id', true, 'Upserts by this id in the deal’s external ids'),
    field('accountId', 'CRM account id', true, 'The account, found by its CRM id'),
    field('name', 'Name', true, ''),
    field('amount', 'Amount', true, 'In major units, e.g. 12500.00'),
    field('currency', 'Currency', false, 'ISO 4217 code; USD when no column is mapped'),
    field('stage', 'Stage', true, 'The CRM’s stage, mapped onto Trellis stages'),
    field('closeDate', 'Close date', true, 'YYYY-MM-DD or an ISO date-time'),
    field('productLine', 'Product line', false, 'Kept as it is on an existing deal when not mapped'),
    field('nextSteps', 'Next steps', false, ''),
  ],
};

/** Column names each CRM uses for a field, in its API (JSON) and export (CSV) spellings, compared folded. */
const PRESETS: Record<CrmSource, Record<CrmObject, Record<string, string[]>>> = {
  salesforce: {
    accounts: {
      id: ['Id', 'Account ID'],
      name: ['Name', 'Account Name'],
      domain: ['Website'],
      country: ['BillingCountry', 'Billing Country', 'BillingCountryCode'],
      industry: ['Industry'],
      population: ['Type', 'Account Type'],
    },
    contacts: {
      id: ['Id', 'Contact ID'],
      accountId: ['AccountId', 'Account ID'],
      firstName: ['FirstName', 'First Name'],
      lastName: ['LastName', 'Last Name'],
      email: ['Email'],
      phone: ['Phone', 'MobilePhone'],
      title: ['Title'],
    },
    opportunities: {
      id: ['Id', 'Opportunity ID'],
      accountId: ['AccountId', 'Account ID'],
      name: ['Name', 'Opportunity Name'],
      amount: ['Amount'],
      currency: ['CurrencyIsoCode', 'Opportunity Currency', 'Currency'],
      stage: ['StageName', 'Stage'],
      closeDate: ['CloseDate', 'Close Date'],
      productLine: ['Product_Line__c', 'Product Line'],
      nextSteps: ['NextStep', 'Next Step'],
    },
  },
  hubspot: {
    accounts: {
      id: ['hs_object_id', 'Record ID', 'Company ID'],
      name: ['name', 'Company name'],
      domain: ['domain', 'Company Domain Name', 'website', 'Website URL'],
      country: ['country', 'Country/Region'],
      industry: ['industry', 'Industry'],
      population: ['lifecyclestage', 'Lifecycle Stage'],
    },
    contacts: {
      id: ['hs_object_id', 'Record ID', 'Contact ID'],
      accountId: ['associatedcompanyid', 'Associated Company ID', 'Primary Associated Company ID'],
      firstName: ['firstname', 'First Name'],
      lastName: ['lastname', 'Last Name'],
      email: ['email', 'Email'],
      phone: ['phone', 'Phone Number'],
      title: ['jobtitle', 'Job Title'],
    },
    opportunities: {
      id: ['hs_object_id', 'Record ID', 'Deal ID'],
      accountId: ['associatedcompanyid', 'Associated Company ID', 'Associated Company IDs (Primary)'],
      name: ['dealname', 'Deal Name'],
      amount: ['amount', 'Amount'],
      currency: ['deal_currency_code', 'Currency'],
      stage: ['dealstage', 'Deal Stage'],
      closeDate: ['closedate', 'Close Date'],
      productLine: ['pipeline', 'Pipeline'],
      nextSteps: ['hs_next_step', 'Next Step'],
    },
  },
};

const fold = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The mapping the source's usual column names give for the file's columns; fields without a match are left out. */
export function proposeCrmMapping(
  source: CrmSource,
  object: CrmObject,
  columns: readonly string[],
): CrmMapping {
  const byFolded = new Map<string, string>();
  for (const column of columns) if (!byFolded.has(fold(column))) byFolded.set(fold(column), column);
  const mapping: CrmMapping = {};
  const taken = new Set<string>();
  for (const { field: name } of CRM_FIELDS[object]) {
    const column = (PRESETS[source][object][name] ?? [])
      .map((candidate) => byFolded.get(fold(candidate)))
      .find((found) => found !== undefined && !taken.has(found));
    if (column) {
      mapping[name] = column;
      taken.add(column);
    }
  }
  return mapping;
}

/** What is wrong with a mapping for a file with these columns: unknown fields or columns, required fields unmapped. */
export function mappingProblems(
  object: CrmObject,
  mapping: CrmMapping,
  columns: readonly string[],
): FieldError[] {
  const known = new Map(CRM_FIELDS[object].map((f) => [f.field, f]));
  const problems: FieldError[] = [];
  for (const [name, column] of Object.entries(mapping)) {
    if (!known.has(name)) {
      problems.push({ field: `mapping.${name}`, message: `is not a field of ${object}` });
    } else if (!columns.includes(column)) {
      problems.push({
        field: `mapping.${name}`,
        message: `names "${column}", which is not a column of the file`,
      });
    }
  }
  for (const f of CRM_FIELDS[object]) {
    if (f.required && !mapping[f.field]) {
      problems.push({ field: `mapping.${f.field}`, message: `is required: map a column to ${f.label}` });
    }
  }
  if (object === 'accounts' && !mapping.name && !mapping.domain) {
    problems.push({ field: 'mapping.name', message: 'map a column to the name or the website' });
  }
  return problems;
}

/** "id=Account ID,name=Account Name" (a command-line option) → a mapping; malformed pairs are problems. */
export function parseCrmMapping(text: string): { mapping: CrmMapping; problems: FieldError[] } {
  const mapping: CrmMapping = {};
  const problems: FieldError[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = part.indexOf('=');
    const column = part.slice(at + 1).trim();
    if (at < 1 || !column) problems.push({ field: 'mapping', message: `"${part}" is not field=Column` });
    else mapping[part.slice(0, at).trim()] = column;
  }
  return { mapping, problems };
}
