import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { toEntryViews } from './entry-view.js';
import type { LedgerEntryView } from './incentives.schemas.js';
import { incentiveLedger } from './incentives.table.js';
import { periodRange } from './ledger/periods.js';
import { ledgerScope, periodIn } from './ledger-rows.js';

export const ENTRY_SORTS = ['earnedAt', 'createdAt', 'amountMinor', 'period'] as const;

export interface FindEntriesInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  beneficiaryType?: string | undefined;
  partnerId?: string | undefined;
  userId?: string | undefined;
  status?: string | undefined;
  entryType?: string | undefined;
  period?: string | undefined;
  ruleId?: string | undefined;
  payoutId?: string | undefined;
}

export async function findIncentiveEntries(
  ctx: Ctx,
  input: FindEntriesInput,
): Promise<Page<LedgerEntryView>> {
  const t = incentiveLedger;
  const plan = keyset(
    input.sort,
    {
      earnedAt: { column: t.earnedAt, read: (r) => (r.earnedAt as Date).toISOString() },
      createdAt: { column: t.createdAt, read: (r) => (r.createdAt as Date).toISOString() },
      amountMinor: { column: t.amountMinor, read: (r) => r.amountMinor as number },
      period: { column: t.period, read: (r) => r.period as string },
    },
    { column: t.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where, ledgerScope(ctx.actor)];
  if (input.beneficiaryType) filters.push(eq(t.beneficiaryType, input.beneficiaryType));
  if (input.partnerId) filters.push(eq(t.partnerId, input.partnerId));
  if (input.userId) filters.push(eq(t.userId, input.userId));
  if (input.status) filters.push(eq(t.status, input.status));
  if (input.entryType) filters.push(eq(t.entryType, input.entryType));
  if (input.ruleId) filters.push(eq(t.ruleId, input.ruleId));
  if (input.payoutId) filters.push(eq(t.payoutId, input.payoutId));
  if (input.period) {
    const range = periodRange(input.period);
    filters.push(periodIn(range.firstMonth, range.lastMonth));
  }
  const rows = await ctx.db
    .select()
    .from(t)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit, plan, (row) => row);
  return { items: await toEntryViews(ctx.db, page.items), nextCursor: page.nextCursor };
}
