import { and, inArray, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { OPEN_DEAL_STAGES } from './deals.schemas.js';
import { opportunities } from './deals.table.js';

/** A subquery of the accounts with at least one open opportunity, for `account.id IN (…)` filters. */
export function openOpportunityAccountIds(): SQL {
  return sql`(select ${opportunities.accountId} from ${opportunities} where ${inArray(opportunities.stage, [...OPEN_DEAL_STAGES])})`;
}

export interface OpenPipeline {
  count: number;
  amountMinor: number | null;
  /** The currency when all open opportunities share one, else null (and no amount). */
  currency: string | null;
}

/** Open opportunities per account, for the given accounts. */
export async function summarizeOpenPipeline(
  db: Executor,
  accountIds: string[],
): Promise<Map<string, OpenPipeline>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db
    .select({
      accountId: opportunities.accountId,
      count: sql<number>`count(*)::int`,
      amountMinor: sql<string>`sum(${opportunities.amountMinor})`,
      currencies: sql<string[]>`array_agg(distinct ${opportunities.currency})`,
    })
    .from(opportunities)
    .where(
      and(inArray(opportunities.accountId, accountIds), inArray(opportunities.stage, [...OPEN_DEAL_STAGES])),
    )
    .groupBy(opportunities.accountId);
  return new Map(
    rows.map((row) => {
      const single = row.currencies.length === 1 ? row.currencies[0]! : null;
      return [
        row.accountId,
        { count: row.count, amountMinor: single ? Number(row.amountMinor) : null, currency: single },
      ];
    }),
  );
}
