import type { AccountField, ColumnMapping } from './account-columns.js';
import { type AccountKeys, accountKeys, type KeyNotice } from './account-keys.js';

/** One account of an imported list, with the keys it is matched by. */
export interface AccountRecord {
  line: number;
  /** The list's own id for the account, or "line N" when the file has no id column. */
  id: string;
  name: string;
  website: string;
  email: string;
  population: string;
  country: string;
  industry: string;
  keys: AccountKeys;
}

export type AccountRowResult =
  | { ok: true; record: AccountRecord; notices: KeyNotice[] }
  | { ok: false; line: number; problems: { field: string; message: string }[] };

/**
 * One CSV row (header name → value) read through the column mapping. A row is rejected, never dropped,
 * when it has neither a usable domain nor a usable name; a website or name set aside while the other key
 * carries the row is reported as a notice.
 */
export function readAccountRow(
  line: number,
  values: Record<string, string>,
  columns: ColumnMapping,
): AccountRowResult {
  const value = (field: AccountField) => {
    const column = columns[field];
    return column === undefined ? '' : (values[column] ?? '').trim();
  };
  const [name, website, email] = [value('name'), value('domain'), value('email')];
  const result = accountKeys({ name, domain: website, email });
  const { notices, ...keys } = result;
  if (!keys.domain && !keys.name) {
    const problems =
      notices.length > 0
        ? notices
        : [{ field: 'name', message: 'is empty and no website or email is given' }];
    return {
      ok: false,
      line,
      problems: problems.map((p) => ({
        ...p,
        message: `${p.message}; the row has no usable name or domain`,
      })),
    };
  }
  return {
    ok: true,
    notices,
    record: {
      line,
      id: value('id') || `line ${line}`,
      name,
      website,
      email,
      population: value('population'),
      country: value('country'),
      industry: value('industry'),
      keys,
    },
  };
}
