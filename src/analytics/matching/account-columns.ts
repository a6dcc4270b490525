/** The fields an account list is read into; every column of a CSV may be mapped to one of them. */
export const ACCOUNT_FIELDS = ['id', 'name', 'domain', 'email', 'population', 'country', 'industry'] as const;
export type AccountField = (typeof ACCOUNT_FIELDS)[number];
export type ColumnMapping = Partial<Record<AccountField, string>>;

/** Header names CRM exports use for each field (Salesforce, HubSpot, Dynamics, spreadsheets), compared folded. */
const HEADER_NAMES: Record<AccountField, string[]> = {
  id: ['id', 'account id', 'record id', 'company id', 'external id', 'crm id', 'account number'],
  name: [
    'name',
    'account name',
    'company',
    'company name',
    'organization',
    'organisation',
    'account',
    'customer',
  ],
  domain: [
    'domain',
    'website',
    'web site',
    'url',
    'company domain name',
    'company domain',
    'homepage',
    'web',
  ],
  email: ['email', 'e-mail', 'contact email', 'email address', 'primary email'],
  population: ['population', 'type', 'account type', 'status', 'lifecycle stage', 'relationship', 'segment'],
  country: ['country', 'billing country', 'country/region', 'country region', 'hq country'],
  industry: ['industry', 'sector', 'vertical'],
};

const fold = (header: string) =>
  header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export interface ColumnProblem {
  field: string;
  message: string;
}

/**
 * Which column holds each field: the explicit mapping where given (a column name, matched case-insensitively),
 * otherwise the first column whose header is a known name for the field. A list needs a name or a domain.
 */
export function resolveColumns(
  header: readonly string[],
  explicit: ColumnMapping = {},
): { columns: ColumnMapping; problems: ColumnProblem[] } {
  const byFolded = new Map(header.map((name) => [fold(name), name]));
  const columns: ColumnMapping = {};
  const problems: ColumnProblem[] = [];
  for (const field of ACCOUNT_FIELDS) {
    const wanted = explicit[field];
    if (wanted !== undefined) {
      const column = byFolded.get(fold(wanted));
      if (column) columns[field] = column;
      else
        problems.push({
          field: `columns.${field}`,
          message: `names "${wanted}", which is not a column of the file`,
        });
      continue;
    }
    const guessed = HEADER_NAMES[field].map((name) => byFolded.get(fold(name))).find(Boolean);
    if (guessed && !Object.values(columns).includes(guessed)) columns[field] = guessed;
  }
  if (!columns.name && !columns.domain && problems.length === 0) {
    problems.push({
      field: 'columns',
      message: `no column holds a company name or website (columns: ${header.join(', ')}); map one explicitly`,
    });
  }
  return { columns, problems };
}

/** "name=Account Name,domain=Website" (as a command line or query parameter gives it) → a column mapping. */
export function parseColumnMapping(text: string): { columns: ColumnMapping; problems: ColumnProblem[] } {
  const columns: ColumnMapping = {};
  const problems: ColumnProblem[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = part.indexOf('=');
    const field = part.slice(0, at).trim() as AccountField;
    const column = part.slice(at + 1).trim();
    if (at < 1 || !column) problems.push({ field: 'columns', message: `"${part}" is not field=Column` });
    else if (!ACCOUNT_FIELDS.includes(field)) {
      problems.push({ field: 'columns', message: `"${field}" is not one of ${ACCOUNT_FIELDS.join(', ')}` });
    } else columns[field] = column;
  }
  return { columns, problems };
}
