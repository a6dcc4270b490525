import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { toEntryViews } from './entry-view.js';
import type { LedgerEntryView } from './incentives.schemas.js';
import { incentiveLedger } from './incentives.table.js';
import { ledgerScope } from './ledger-rows.js';

export async function getIncentiveEntry(ctx: Ctx, id: string): Promise<LedgerEntryView> {
  const [row] = await ctx.db
    .select()
    .from(incentiveLedger)
    .where(and(eq(incentiveLedger.id, id), ledgerScope(ctx.actor)))
    .limit(1);
  if (!row) throw notFound('Ledger entry');
  return (await toEntryViews(ctx.db, [row]))[0]!;
}
