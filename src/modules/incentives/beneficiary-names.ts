import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { users } from '../identity/identity.table.js';
import { partners } from '../partners/partners.table.js';
import { parseBeneficiary } from './ledger-rows.js';

/** Display names for beneficiary keys ("partner:<id>", "rep:<id>"). */
export async function beneficiaryNames(db: Executor, keys: Iterable<string>): Promise<Map<string, string>> {
  const partnerIds: string[] = [];
  const userIds: string[] = [];
  for (const key of new Set(keys)) {
    const { beneficiaryType, id } = parseBeneficiary(key);
    (beneficiaryType === 'partner' ? partnerIds : userIds).push(id);
  }
  const names = new Map<string, string>();
  if (partnerIds.length) {
    const rows = await db
      .select({ id: partners.id, name: partners.name })
      .from(partners)
      .where(inArray(partners.id, partnerIds));
    for (const row of rows) names.set(`partner:${row.id}`, row.name);
  }
  if (userIds.length) {
    const rows = await db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(inArray(users.id, userIds));
    for (const row of rows) names.set(`rep:${row.id}`, row.name);
  }
  return names;
}
