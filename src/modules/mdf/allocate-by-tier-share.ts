import { eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { findPartners } from '../partners/find-partners.js';
import { loadTierProgram } from '../tiers/get-tier-program.js';
import { TIERED_STAGES } from '../tiers/tier-evaluation-plan.js';
import { lockOrCreateAllocation } from './allocation-store.js';
import { balanceOf } from './ledger/mdf-ledger-kernel.js';
import { ledgerStateOf, lockBudget, postLedgerOperation } from './ledger/mdf-ledger-store.js';
import type { TierSharePlan } from './mdf.schemas.js';
import { mdfAllocations } from './mdf.table.js';
import { allocationBalances, figuresView } from './mdf-views.js';

interface TieredPartner {
  id: string;
  name: string;
  tier: string;
}

async function tieredPartners(ctx: Ctx, tiers: string[]): Promise<TieredPartner[]> {
  const out: TieredPartner[] = [];
  const stages = new Set<string>(TIERED_STAGES);
  for (const tier of tiers) {
    let cursor: string | undefined;
    do {
      const page = await findPartners(ctx, { limit: 200, sort: 'name', tier, ...(cursor ? { cursor } : {}) });
      for (const p of page.items) if (stages.has(p.stage)) out.push({ id: p.id, name: p.name, tier });
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return out;
}

/**
 * Allocation by tier share: every partner in a tier (onboarding, active or at risk) is due the
 * budget's funded amount × its tier's MDF share percent — the percent is per partner, not split
 * among the tier. A partner already holding that much or more keeps what it has; the others are
 * raised to it. When the raises add up to more than is unallocated, all are scaled down alike
 * (rounded down to the minor unit), so the budget is never over-allocated.
 */
export async function allocateByTierShare(
  ctx: Ctx,
  budgetId: string,
  input: { dryRun: boolean },
): Promise<TierSharePlan> {
  return inTransaction(ctx, async (tx) => {
    const budget = await lockBudget(tx, budgetId);
    const state = await ledgerStateOf(tx, budget);
    const funded = figuresView(state.balances).fundedMinor;
    const unallocated = balanceOf(state, 'unallocated');
    const program = await loadTierProgram(tx.db);
    const shareOf = new Map(program.tiers.map((t) => [t.key, t.benefits.mdfSharePercent]));
    const partners = (await tieredPartners(tx, [...shareOf.keys()])).filter(
      (p) => (shareOf.get(p.tier) ?? 0) > 0,
    );
    const existing = partners.length
      ? await tx.db
          .select()
          .from(mdfAllocations)
          .where(
            inArray(
              mdfAllocations.partnerId,
              partners.map((p) => p.id),
            ),
          )
      : [];
    const inBudget = existing.filter((a) => a.budgetId === budgetId);
    const balances = await allocationBalances(
      tx.db,
      inBudget.map((a) => a.id),
    );
    const currentOf = new Map(
      inBudget.map((a) => [a.partnerId, figuresView(balances.get(a.id) ?? {}).allocatedMinor]),
    );
    const wanted = partners.map((p) => {
      const sharePercent = shareOf.get(p.tier) ?? 0;
      const targetMinor = Math.floor((funded * sharePercent) / 100);
      const currentMinor = currentOf.get(p.id) ?? 0;
      return {
        partnerId: p.id,
        partnerName: p.name,
        tier: p.tier,
        sharePercent,
        targetMinor,
        currentMinor,
        want: Math.max(0, targetMinor - currentMinor),
      };
    });
    const totalWanted = wanted.reduce((sum, w) => sum + w.want, 0);
    const scale = budget.status === 'closed' ? 0 : totalWanted > unallocated ? unallocated / totalWanted : 1;
    const lines = wanted.map(({ want, ...line }) => ({ ...line, addMinor: Math.floor(want * scale) }));
    const plan: TierSharePlan = {
      budgetId,
      dryRun: input.dryRun,
      unallocatedMinor: unallocated,
      scalePercent: Math.round(scale * 10000) / 100,
      lines,
      totalAddMinor: lines.reduce((sum, l) => sum + l.addMinor, 0),
    };
    if (input.dryRun) return plan;
    let current = state;
    for (const line of lines) {
      if (line.addMinor <= 0) continue;
      const allocation = await lockOrCreateAllocation(tx, budgetId, line.partnerId, 'tier_share');
      current = await postLedgerOperation(
        tx,
        budget,
        current,
        { kind: 'allocate', allocationId: allocation.id, amountMinor: line.addMinor },
        {
          partnerId: line.partnerId,
          allocationId: allocation.id,
          memo: `Tier share: ${line.tier} ${line.sharePercent} %`,
        },
      );
      await tx.db
        .update(mdfAllocations)
        .set({ method: 'tier_share', updatedAt: tx.clock.now() })
        .where(eq(mdfAllocations.id, allocation.id));
    }
    await recordAudit(tx, {
      action: 'mdf.allocated_by_tier_share',
      entityType: 'mdf_budget',
      entityId: budgetId,
      after: plan,
    });
    return plan;
  });
}
