import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { consumeOutbox, type OutboxEvent } from '../../platform/events/consume-outbox.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { loadTierProgram } from '../tiers/get-tier-program.js';
import { EARNING_EVENT_TYPES, gatherFacts } from './earning/gather-facts.js';
import { capKey, planAccruals } from './earning/plan-accruals.js';
import { incentiveLedger, incentiveRules } from './incentives.table.js';
import { accrue } from './ledger/ledger-kernel.js';
import { quarterOfMonth } from './ledger/periods.js';
import { beneficiaryKey, parseBeneficiary } from './ledger-rows.js';
import { toEarningRule } from './rule-rows.js';

export const INCENTIVES_CONSUMER = 'incentives';

export interface AccrueResult {
  events: number;
  accrued: number;
  capped: number;
  skipped: number;
  lastEventId: number;
  waitingOnGap: boolean;
}

/**
 * Reads new domain events and lets the rules in force when each happened earn from them. Idempotent:
 * every accrual has a unique source key, so a batch offered again adds nothing.
 */
export async function accrueIncentives(ctx: Ctx): Promise<AccrueResult> {
  const tally = { events: 0, accrued: 0, capped: 0, skipped: 0 };
  const { lastEventId, waitingOnGap } = await consumeOutbox(ctx, {
    name: INCENTIVES_CONSUMER,
    async handleBatch(tx, events) {
      const earning = events.filter((e) => (EARNING_EVENT_TYPES as readonly string[]).includes(e.type));
      if (earning.length) await accrueFromEvents(tx, earning, tally);
    },
  });
  return { ...tally, lastEventId, waitingOnGap };
}

async function accrueFromEvents(
  tx: Ctx,
  events: OutboxEvent[],
  tally: { events: number; accrued: number; capped: number; skipped: number },
): Promise<void> {
  tally.events += events.length;
  const rules = (await tx.db.select().from(incentiveRules).where(eq(incentiveRules.active, true))).map(
    toEarningRule,
  );
  if (!rules.length) return;
  const facts = await gatherFacts(tx.db, events);
  if (!facts.length) return;
  const rates = await loadTierProgram(tx.db);
  const sourceIds = [...new Set(facts.map((f) => f.sourceId))];
  const earned = await tx.db
    .select({ sourceKey: incentiveLedger.sourceKey })
    .from(incentiveLedger)
    .where(and(eq(incentiveLedger.entryType, 'accrual'), inArray(incentiveLedger.sourceId, sourceIds)));
  const capUsed = await loadCapUsage(
    tx,
    rules.filter((r) => r.capPerQuarterMinor !== null).map((r) => r.id),
  );
  const plan = planAccruals(rules, facts, rates, capUsed, new Set(earned.map((e) => e.sourceKey)));
  tally.skipped += plan.skipped.length;
  const now = tx.clock.now();
  for (const planned of plan.accruals) {
    const id = tx.ids();
    const outcome = accrue([], {
      id,
      beneficiary: planned.beneficiary,
      amountMinor: planned.amountMinor,
      currency: planned.rule.currency,
      period: planned.period,
    });
    if (!outcome.ok) continue;
    const { beneficiaryType, id: beneficiaryId } = parseBeneficiary(planned.beneficiary);
    const row = {
      id,
      ruleId: planned.rule.id,
      beneficiaryType,
      partnerId: beneficiaryType === 'partner' ? beneficiaryId : null,
      userId: beneficiaryType === 'rep' ? beneficiaryId : null,
      entryType: 'accrual',
      status: 'accrued',
      amountMinor: planned.amountMinor,
      currency: planned.rule.currency,
      sourceType: planned.fact.sourceType,
      sourceId: planned.fact.sourceId,
      sourceKey: planned.sourceKey,
      description: planned.description,
      period: planned.period,
      earnedAt: planned.fact.occurredAt,
      createdAt: now,
      updatedAt: now,
    };
    const inserted = await tx.db.insert(incentiveLedger).values(row).onConflictDoNothing().returning();
    if (!inserted.length) continue;
    tally.accrued += 1;
    if (planned.capped) tally.capped += 1;
    await recordAudit(tx, {
      action: 'incentive.accrue',
      entityType: 'incentive_entry',
      entityId: id,
      partnerId: row.partnerId,
      after: row,
    });
    await publishEvent(tx, {
      type: 'incentive.accrued',
      entityType: 'incentive_entry',
      entityId: id,
      partnerId: row.partnerId,
      payload: {
        ruleId: row.ruleId,
        beneficiaryType,
        userId: row.userId,
        amountMinor: row.amountMinor,
        currency: row.currency,
        sourceType: row.sourceType,
        sourceId: row.sourceId,
        period: row.period,
      },
    });
  }
}

/** What capped rules have already earned, per beneficiary and quarter (accruals, before reversals). */
async function loadCapUsage(tx: Ctx, ruleIds: string[]): Promise<Map<string, number>> {
  const used = new Map<string, number>();
  if (!ruleIds.length) return used;
  const rows = await tx.db
    .select({
      ruleId: incentiveLedger.ruleId,
      beneficiaryType: incentiveLedger.beneficiaryType,
      partnerId: incentiveLedger.partnerId,
      userId: incentiveLedger.userId,
      period: incentiveLedger.period,
      total: sql<string>`sum(${incentiveLedger.amountMinor})`,
    })
    .from(incentiveLedger)
    .where(
      and(
        inArray(incentiveLedger.ruleId, ruleIds),
        isNotNull(incentiveLedger.ruleId),
        eq(incentiveLedger.entryType, 'accrual'),
      ),
    )
    .groupBy(
      incentiveLedger.ruleId,
      incentiveLedger.beneficiaryType,
      incentiveLedger.partnerId,
      incentiveLedger.userId,
      incentiveLedger.period,
    );
  for (const row of rows) {
    const key = capKey(row.ruleId!, beneficiaryKey(row), quarterOfMonth(row.period));
    used.set(key, (used.get(key) ?? 0) + Number(row.total));
  }
  return used;
}
