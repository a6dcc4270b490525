import { and, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db/rows.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { onboardingSteps, partnerOnboardings } from './onboarding.table.js';
import type { OnboardingRow, StepRow } from './onboarding-view.js';

export interface StepCompletion {
  at: Date;
  /** The person who ticked it. */
  userId?: string | null;
  /** The event that completed it. */
  eventId?: number | null;
  note?: string | null;
}

/**
 * Marks one step done (if it is not yet) inside the caller's transaction, which holds the onboarding's
 * row lock. Returns whether it changed anything.
 */
export async function markStepDone(ctx: Ctx, step: StepRow, completion: StepCompletion): Promise<boolean> {
  const [updated] = await ctx.db
    .update(onboardingSteps)
    .set({
      completedAt: completion.at,
      completedBy: completion.userId ?? null,
      completedByEventId: completion.eventId ?? null,
      note: completion.note ?? null,
    })
    .where(and(eq(onboardingSteps.id, step.id), isNull(onboardingSteps.completedAt)))
    .returning();
  if (!updated) return false;
  await publishEvent(ctx, {
    type: 'onboarding.step_completed',
    entityType: 'onboarding',
    entityId: step.onboardingId,
    partnerId: step.partnerId,
    payload: {
      onboardingId: step.onboardingId,
      partnerId: step.partnerId,
      stepKey: step.key,
      completedAt: completion.at.toISOString(),
      completedBy: completion.userId ?? null,
      eventId: completion.eventId ?? null,
    },
  });
  return true;
}

/**
 * Counts the onboarding's steps again after a change: progress moves lastProgressAt on and clears the
 * stalled flag; once every required step is done the onboarding completes (once) with an event.
 */
export async function refreshProgress(ctx: Ctx, onboarding: OnboardingRow): Promise<OnboardingRow> {
  const [counts] = await queryRows<{
    done: number;
    total: number;
    required_open: number;
    last_done: string | null;
  }>(
    ctx.db,
    sql`SELECT count(*) FILTER (WHERE completed_at IS NOT NULL)::int AS done,
               count(*)::int AS total,
               count(*) FILTER (WHERE required AND completed_at IS NULL)::int AS required_open,
               max(completed_at) AS last_done
        FROM ${onboardingSteps} WHERE onboarding_id = ${onboarding.id}`,
  );
  const now = ctx.clock.now();
  const done = Number(counts!.done);
  const total = Number(counts!.total);
  const lastDone = counts!.last_done ? new Date(counts!.last_done) : null;
  const progressed = done > onboarding.doneCount;
  const completes = onboarding.status === 'in_progress' && Number(counts!.required_open) === 0;
  const lastProgressAt =
    progressed && lastDone && lastDone > onboarding.lastProgressAt ? lastDone : onboarding.lastProgressAt;
  const [row] = await ctx.db
    .update(partnerOnboardings)
    .set({
      doneCount: done,
      totalCount: total,
      percent: total ? Math.floor((100 * done) / total) : 100,
      lastProgressAt,
      stalledAt: progressed ? null : onboarding.stalledAt,
      ...(completes ? { status: 'completed', completedAt: now } : {}),
      updatedAt: now,
    })
    .where(eq(partnerOnboardings.id, onboarding.id))
    .returning();
  if (completes) {
    await recordAudit(ctx, {
      action: 'onboarding.complete',
      entityType: 'onboarding',
      entityId: onboarding.id,
      partnerId: onboarding.partnerId,
      before: onboarding,
      after: row,
    });
    await publishEvent(ctx, {
      type: 'onboarding.completed',
      entityType: 'onboarding',
      entityId: onboarding.id,
      partnerId: onboarding.partnerId,
      payload: {
        onboardingId: onboarding.id,
        partnerId: onboarding.partnerId,
        startedAt: onboarding.startedAt.toISOString(),
        completedAt: now.toISOString(),
        days: Math.floor((now.getTime() - onboarding.startedAt.getTime()) / 86_400_000),
      },
    });
  }
  return row!;
}
