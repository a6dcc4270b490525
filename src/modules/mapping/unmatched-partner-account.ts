import { type SQL, sql } from 'drizzle-orm';
import { accountMatches, partnerAccounts } from './mapping.table.js';

/** The condition a partner account meets when no CRM account matched it: white space. */
export function unmatchedPartnerAccount(): SQL {
  return sql`not exists (select 1 from ${accountMatches} where ${accountMatches.partnerAccountId} = ${partnerAccounts.id})`;
}
