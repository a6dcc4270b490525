import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { partnerScope } from '../../platform/policy.js';
import { storedFiles } from '../files/files.table.js';
import { partners } from '../partners/partners.table.js';
import { figuresOf } from './ledger/mdf-ledger-kernel.js';
import { bucketBalances } from './ledger/mdf-ledger-store.js';
import type { Allocation, Budget, Claim, MdfRequest } from './mdf.schemas.js';
import {
  mdfAllocations,
  mdfBudgets,
  mdfClaimFiles,
  type mdfClaims,
  mdfLedger,
  mdfRequests,
} from './mdf.table.js';

export const iso = (value: Date | null) => (value ? value.toISOString() : null);

type BudgetRow = typeof mdfBudgets.$inferSelect;
type AllocationRow = typeof mdfAllocations.$inferSelect;
type RequestRow = typeof mdfRequests.$inferSelect;
type ClaimRow = typeof mdfClaims.$inferSelect;

export async function partnerNames(db: Executor, ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await db
    .select({ id: partners.id, name: partners.name })
    .from(partners)
    .where(inArray(partners.id, list));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function figuresView(balances: Record<string, number>): Budget['figures'] {
  const f = figuresOf(balances);
  return {
    ...f,
    allocatedMinor: f.availableMinor + f.committedMinor + f.payableMinor + f.paidMinor,
    claimedMinor: f.payableMinor + f.paidMinor,
  };
}

/** A partner user sees only its own allocation's money in a budget's figures. */
export async function toBudgetView(ctx: Ctx, row: BudgetRow): Promise<Budget> {
  const scope = partnerScope(ctx.actor);
  const balances = await bucketBalances(ctx.db, { budgetId: row.id, ...(scope ? { partnerId: scope } : {}) });
  // A partner's own lines include what it received from the unallocated pool: not its money to show.
  if (scope) {
    delete balances.funding;
    delete balances.unallocated;
  }
  return {
    id: row.id,
    name: row.name,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    currency: row.currency,
    financeThresholdMinor: row.financeThresholdMinor,
    status: row.status as Budget['status'],
    figures: figuresView(balances),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Balances of allocations, by allocation id and kind of bucket. */
export async function allocationBalances(
  db: Executor,
  allocationIds: string[],
): Promise<Map<string, Record<string, number>>> {
  const out = new Map<string, Record<string, number>>();
  if (allocationIds.length === 0) return out;
  const ids = sql.join(
    allocationIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = (await db.execute(sql`
    select allocation_id, bucket, sum(amount)::text as balance from (
      select ${mdfLedger.allocationId} as allocation_id, ${mdfLedger.toBucket} as bucket, ${mdfLedger.amountMinor} as amount
        from ${mdfLedger} where ${mdfLedger.allocationId} in (${ids})
      union all
      select ${mdfLedger.allocationId}, ${mdfLedger.fromBucket}, -${mdfLedger.amountMinor}
        from ${mdfLedger} where ${mdfLedger.allocationId} in (${ids})
    ) moves group by allocation_id, bucket`)) as unknown as {
    rows: { allocation_id: string; bucket: string; balance: string }[];
  };
  for (const row of result.rows) {
    const balances = out.get(row.allocation_id) ?? {};
    balances[row.bucket] = Number(row.balance);
    out.set(row.allocation_id, balances);
  }
  return out;
}

export async function toAllocationViews(ctx: Ctx, rows: AllocationRow[]): Promise<Allocation[]> {
  const balances = await allocationBalances(
    ctx.db,
    rows.map((r) => r.id),
  );
  const names = await partnerNames(
    ctx.db,
    rows.map((r) => r.partnerId),
  );
  const budgetIds = [...new Set(rows.map((r) => r.budgetId))];
  const budgets = budgetIds.length
    ? await ctx.db.select().from(mdfBudgets).where(inArray(mdfBudgets.id, budgetIds))
    : [];
  const budgetOf = new Map(budgets.map((b) => [b.id, b]));
  return rows.map((row) => {
    const f = figuresView(balances.get(row.id) ?? {});
    const budget = budgetOf.get(row.budgetId);
    return {
      id: row.id,
      budgetId: row.budgetId,
      budgetName: budget?.name ?? '',
      partnerId: row.partnerId,
      partnerName: names.get(row.partnerId) ?? '',
      method: row.method as Allocation['method'],
      currency: budget?.currency ?? '',
      allocatedMinor: f.allocatedMinor,
      availableMinor: f.availableMinor,
      committedMinor: f.committedMinor,
      payableMinor: f.payableMinor,
      paidMinor: f.paidMinor,
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

export async function toRequestViews(ctx: Ctx, rows: RequestRow[]): Promise<MdfRequest[]> {
  const names = await partnerNames(
    ctx.db,
    rows.map((r) => r.partnerId),
  );
  const allocationIds = [...new Set(rows.map((r) => r.allocationId))];
  const budgets = allocationIds.length
    ? await ctx.db
        .select({ allocationId: mdfAllocations.id, budgetId: mdfBudgets.id, name: mdfBudgets.name })
        .from(mdfAllocations)
        .innerJoin(mdfBudgets, eq(mdfBudgets.id, mdfAllocations.budgetId))
        .where(inArray(mdfAllocations.id, allocationIds))
    : [];
  const budgetOf = new Map(budgets.map((b) => [b.allocationId, b]));
  return rows.map((row) => ({
    id: row.id,
    allocationId: row.allocationId,
    budgetId: budgetOf.get(row.allocationId)?.budgetId ?? '',
    budgetName: budgetOf.get(row.allocationId)?.name ?? '',
    partnerId: row.partnerId,
    partnerName: names.get(row.partnerId) ?? '',
    title: row.title,
    activityType: row.activityType as MdfRequest['activityType'],
    plan: row.plan,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    requestedMinor: row.requestedMinor,
    approvedMinor: row.approvedMinor,
    currency: row.currency,
    expectedLeads: row.expectedLeads,
    expectedPipelineMinor: row.expectedPipelineMinor,
    status: row.status as MdfRequest['status'],
    nextStep: row.status === 'submitted' ? 'manager' : row.status === 'manager_approved' ? 'finance' : null,
    decisionReason: row.decisionReason,
    submittedAt: iso(row.submittedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export async function toClaimViews(ctx: Ctx, rows: ClaimRow[]): Promise<Claim[]> {
  const names = await partnerNames(
    ctx.db,
    rows.map((r) => r.partnerId),
  );
  const claimIds = rows.map((r) => r.id);
  const requestIds = [...new Set(rows.map((r) => r.requestId))];
  const files = claimIds.length
    ? await ctx.db
        .select({
          claimId: mdfClaimFiles.claimId,
          id: storedFiles.id,
          fileName: storedFiles.fileName,
          contentType: storedFiles.contentType,
          sizeBytes: storedFiles.sizeBytes,
        })
        .from(mdfClaimFiles)
        .innerJoin(storedFiles, eq(storedFiles.id, mdfClaimFiles.fileId))
        .where(inArray(mdfClaimFiles.claimId, claimIds))
    : [];
  const titles = requestIds.length
    ? await ctx.db
        .select({ id: mdfRequests.id, title: mdfRequests.title })
        .from(mdfRequests)
        .where(inArray(mdfRequests.id, requestIds))
    : [];
  const titleOf = new Map(titles.map((t) => [t.id, t.title]));
  return rows.map((row) => ({
    id: row.id,
    requestId: row.requestId,
    requestTitle: titleOf.get(row.requestId) ?? '',
    partnerId: row.partnerId,
    partnerName: names.get(row.partnerId) ?? '',
    amountMinor: row.amountMinor,
    currency: row.currency,
    resultLeads: row.resultLeads,
    resultPipelineMinor: row.resultPipelineMinor,
    resultNotes: row.resultNotes,
    status: row.status as Claim['status'],
    decisionReason: row.decisionReason,
    decidedAt: iso(row.decidedAt),
    paymentReference: row.paymentReference,
    paidAt: iso(row.paidAt),
    submittedAt: row.submittedAt.toISOString(),
    files: files.filter((f) => f.claimId === row.id).map(({ claimId: _claimId, ...file }) => file),
  }));
}

/** The partner a partner user is confined to, as a condition on a table's partner column. */
export function scopedTo(
  ctx: Ctx,
  column: typeof mdfRequests.partnerId | typeof mdfClaims.partnerId,
): SQL | undefined {
  const scope = partnerScope(ctx.actor);
  return scope ? eq(column, scope) : undefined;
}

export function andAll(...conditions: (SQL | undefined)[]): SQL | undefined {
  return and(...conditions);
}
