import type { Executor } from '../../platform/db/client.js';
import { accounts } from './accounts.table.js';

export interface AccountMatchKeys {
  id: string;
  domains: string[];
  normalizedName: string;
}

/** Every vendor account's matching keys, for matching whole lists against the CRM. */
export async function loadAccountMatchKeys(db: Executor): Promise<AccountMatchKeys[]> {
  return db
    .select({ id: accounts.id, domains: accounts.domains, normalizedName: accounts.normalizedName })
    .from(accounts);
}
