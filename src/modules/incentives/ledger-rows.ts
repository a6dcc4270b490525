import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/actor.js';
import type { Executor } from '../../platform/db/client.js';
import { partnerScope } from '../../platform/policy.js';
import { incentiveLedger } from './incentives.table.js';
import type { EntryStatus, EntryType, KernelEntry } from './ledger/ledger-kernel.js';

export type LedgerRow = typeof incentiveLedger.$inferSelect;

export function beneficiaryKey(row: Pick<LedgerRow, 'beneficiaryType' | 'partnerId' | 'userId'>): string {
  return row.beneficiaryType === 'partner' ? `partner:${row.partnerId}` : `rep:${row.userId}`;
}

export function parseBeneficiary(key: string): { beneficiaryType: 'partner' | 'rep'; id: string } {
  const [type, id] = key.split(':') as ['partner' | 'rep', string];
  return { beneficiaryType: type, id };
}

export function toKernelEntry(row: LedgerRow): KernelEntry {
  return {
    id: row.id,
    beneficiary: beneficiaryKey(row),
    entryType: row.entryType as EntryType,
    status: row.status as EntryStatus,
    amountMinor: row.amountMinor,
    currency: row.currency,
    period: row.period,
    payoutId: row.payoutId,
    reversesId: row.reversesId,
  };
}

/**
 * Whose entries the actor may see: a partner user its own partner's, a sales rep its own rewards,
 * everyone else at the vendor all of them.
 */
export function ledgerScope(actor: Actor): SQL | undefined {
  const partnerId = partnerScope(actor);
  if (partnerId)
    return and(eq(incentiveLedger.beneficiaryType, 'partner'), eq(incentiveLedger.partnerId, partnerId));
  if (actor.kind === 'user' && actor.role === 'sales_rep')
    return and(eq(incentiveLedger.beneficiaryType, 'rep'), eq(incentiveLedger.userId, actor.userId));
  return undefined;
}

/** Locks the ledger rows of the given beneficiaries (so concurrent changes to one balance queue up). */
export async function lockBeneficiaryEntries(db: Executor, keys: readonly string[]): Promise<LedgerRow[]> {
  if (!keys.length) return [];
  const partnerIds = keys.filter((k) => k.startsWith('partner:')).map((k) => parseBeneficiary(k).id);
  const userIds = keys.filter((k) => k.startsWith('rep:')).map((k) => parseBeneficiary(k).id);
  const conditions: SQL[] = [];
  if (partnerIds.length)
    conditions.push(
      and(eq(incentiveLedger.beneficiaryType, 'partner'), inArray(incentiveLedger.partnerId, partnerIds))!,
    );
  if (userIds.length)
    conditions.push(
      and(eq(incentiveLedger.beneficiaryType, 'rep'), inArray(incentiveLedger.userId, userIds))!,
    );
  return db
    .select()
    .from(incentiveLedger)
    .where(or(...conditions))
    .orderBy(incentiveLedger.id)
    .for('update');
}

export const periodIn = (firstMonth: string, lastMonth: string) =>
  sql`${incentiveLedger.period} between ${firstMonth} and ${lastMonth}`;
