import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { findStageHistory } from '../partners/find-stage-history.js';
import { partnerMilestones } from './onboarding.table.js';

const DAY_MS = 86_400_000;

/** The calendar quarter of an instant in UTC, e.g. 2026-Q1. */
export function quarterOf(at: Date): string {
  return `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`;
}

const utcDay = (at: Date) => Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());

/** Days from one date to another, as calendar dates in UTC (negative when `to` comes first). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** Revenue won before activation (a deal closed during onboarding) counts as day 0, never negative. */
function daysToRevenue(activatedAt: Date, firstRevenueAt: Date): number {
  return Math.max(0, daysBetween(activatedAt, firstRevenueAt));
}

/** When the partner first entered active, from its stage history. */
async function firstActivation(ctx: Ctx, partnerId: string): Promise<Date | null> {
  const history = await findStageHistory(ctx, partnerId);
  const times = history.filter((h) => h.toStage === 'active').map((h) => Date.parse(h.at));
  return times.length ? new Date(Math.min(...times)) : null;
}

async function lockMilestones(ctx: Ctx, partnerId: string) {
  const [row] = await ctx.db
    .select()
    .from(partnerMilestones)
    .where(eq(partnerMilestones.partnerId, partnerId))
    .for('update');
  return row ?? null;
}

type MilestoneRow = typeof partnerMilestones.$inferSelect;

async function save(ctx: Ctx, before: MilestoneRow | null, after: MilestoneRow): Promise<void> {
  await ctx.db
    .insert(partnerMilestones)
    .values(after)
    .onConflictDoUpdate({ target: partnerMilestones.partnerId, set: after });
  await recordAudit(ctx, {
    action: 'partner_milestones.update',
    entityType: 'partner_milestones',
    entityId: after.partnerId,
    partnerId: after.partnerId,
    before,
    after,
  });
}

/** The first time a partner becomes active starts its time to first revenue (later activations do not). */
export async function recordActivation(ctx: Ctx, partnerId: string, at: Date): Promise<boolean> {
  const before = await lockMilestones(ctx, partnerId);
  if (before?.activatedAt && before.activatedAt <= at) return false;
  const activatedAt = (await firstActivation(ctx, partnerId)) ?? at;
  if (before?.activatedAt && before.activatedAt.getTime() === activatedAt.getTime()) return false;
  const firstRevenueAt = before?.firstRevenueAt ?? null;
  await save(ctx, before, {
    partnerId,
    activatedAt,
    cohort: quarterOf(activatedAt),
    firstRevenueAt,
    firstRevenueDealId: before?.firstRevenueDealId ?? null,
    firstRevenueEventId: before?.firstRevenueEventId ?? null,
    daysToFirstRevenue: firstRevenueAt ? daysToRevenue(activatedAt, firstRevenueAt) : null,
    updatedAt: ctx.clock.now(),
  });
  return true;
}

/**
 * A partner's first closed-won partner deal: its date, and the days since the partner's activation
 * (read from the partner's stage history when no activation was recorded yet). Later wins change nothing.
 */
export async function recordFirstRevenue(
  ctx: Ctx,
  partnerId: string,
  win: { at: Date; dealId: string; eventId: number },
): Promise<boolean> {
  const before = await lockMilestones(ctx, partnerId);
  if (before?.firstRevenueAt && before.firstRevenueAt <= win.at) return false;
  const activatedAt = before?.activatedAt ?? (await firstActivation(ctx, partnerId));
  await save(ctx, before, {
    partnerId,
    activatedAt,
    cohort: activatedAt ? quarterOf(activatedAt) : null,
    firstRevenueAt: win.at,
    firstRevenueDealId: win.dealId,
    firstRevenueEventId: win.eventId,
    daysToFirstRevenue: activatedAt ? daysToRevenue(activatedAt, win.at) : null,
    updatedAt: ctx.clock.now(),
  });
  return true;
}
