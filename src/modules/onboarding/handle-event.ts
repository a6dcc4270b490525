import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { OutboxEvent as EventRow } from '../../platform/events/consume-outbox.js';
import { getPartner } from '../partners/get-partner.js';
import { recordActivation, recordFirstRevenue } from './milestones.js';
import { onboardingSteps } from './onboarding.table.js';
import { markStepDone, refreshProgress } from './progress.js';
import { lockOnboarding, startOnboarding } from './start-onboarding.js';

export interface Tally {
  handled: number;
  ignored: number;
  started: number;
  stepsCompleted: number;
  activations: number;
  firstRevenues: number;
}

export const emptyTally = (): Tally => ({
  handled: 0,
  ignored: 0,
  started: 0,
  stepsCompleted: 0,
  activations: 0,
  firstRevenues: 0,
});

// Other modules' payloads are checked at this edge; one that does not fit is counted and passed over.
const ZStagePayload = z.looseObject({
  stage: z.string().optional(),
  toStage: z.string().optional(),
  at: z.iso.datetime().optional(),
});
const ZPartnerIds = z.looseObject({ partnerIds: z.array(z.uuid()) });

/** The partners an event concerns: its partner, or for deal events the partners named on the deal. */
function partnersOf(event: EventRow): string[] {
  if (event.partnerId) return [event.partnerId];
  const parsed = ZPartnerIds.safeParse(event.payload);
  return parsed.success ? parsed.data.partnerIds : [];
}

/** The partner's stage now, or null when it no longer exists. */
async function currentStage(ctx: Ctx, partnerId: string): Promise<string | null> {
  try {
    return (await getPartner(ctx, partnerId)).stage;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}

async function partnerExists(ctx: Ctx, partnerId: string): Promise<boolean> {
  return (await currentStage(ctx, partnerId)) !== null;
}

/** partner.created / partner.stage_changed: entering onboarding starts the checklist; active starts the clock. */
async function onStage(ctx: Ctx, event: EventRow, tally: Tally): Promise<void> {
  const parsed = ZStagePayload.safeParse(event.payload);
  const stage = parsed.success ? (parsed.data.toStage ?? parsed.data.stage) : undefined;
  if (!event.partnerId || !stage) {
    tally.ignored += 1;
    return;
  }
  const now = await currentStage(ctx, event.partnerId);
  if (now === null) return;
  // A partner that has moved on since (an old event read late, e.g. on a first run over an existing
  // program) gets no checklist.
  if (stage === 'onboarding' && now === 'onboarding') {
    const start = await startOnboarding(ctx, event.partnerId);
    if (start.started) tally.started += 1;
    tally.stepsCompleted += start.stepsDone;
  }
  if (stage === 'active') {
    const at = parsed.data?.at ? new Date(parsed.data.at) : event.occurredAt;
    if (await recordActivation(ctx, event.partnerId, at)) tally.activations += 1;
  }
}

async function onDealWon(ctx: Ctx, event: EventRow, tally: Tally): Promise<void> {
  const parsed = ZPartnerIds.safeParse(event.payload);
  if (!parsed.success) {
    tally.ignored += 1;
    return;
  }
  for (const partnerId of parsed.data.partnerIds) {
    if (!(await partnerExists(ctx, partnerId))) continue;
    const win = { at: event.occurredAt, dealId: event.entityId, eventId: event.id };
    if (await recordFirstRevenue(ctx, partnerId, win)) tally.firstRevenues += 1;
  }
}

/** Steps waiting for this event type, of the partners it concerns, are done with it as their source. */
async function completeWaitingSteps(ctx: Ctx, event: EventRow, tally: Tally): Promise<void> {
  const partnerIds = partnersOf(event);
  if (!partnerIds.length) return;
  const waiting = await ctx.db
    .selectDistinct({ partnerId: onboardingSteps.partnerId })
    .from(onboardingSteps)
    .where(
      and(
        inArray(onboardingSteps.partnerId, partnerIds),
        eq(onboardingSteps.eventType, event.type),
        isNull(onboardingSteps.completedAt),
      ),
    );
  for (const { partnerId } of waiting) {
    const onboarding = await lockOnboarding(ctx, partnerId);
    if (!onboarding) continue;
    const steps = await ctx.db
      .select()
      .from(onboardingSteps)
      .where(
        and(
          eq(onboardingSteps.onboardingId, onboarding.id),
          eq(onboardingSteps.eventType, event.type),
          isNull(onboardingSteps.completedAt),
        ),
      );
    let changed = 0;
    for (const step of steps) {
      if (await markStepDone(ctx, step, { at: event.occurredAt, eventId: event.id })) changed += 1;
    }
    if (changed) {
      tally.stepsCompleted += changed;
      await refreshProgress(ctx, onboarding);
    }
  }
}

/** The event types some unfinished step is waiting for. */
export async function waitingEventTypes(ctx: Ctx): Promise<Set<string>> {
  const rows = await ctx.db
    .selectDistinct({ type: onboardingSteps.eventType })
    .from(onboardingSteps)
    .where(and(isNull(onboardingSteps.completedAt), sql`${onboardingSteps.eventType} IS NOT NULL`));
  return new Set(rows.flatMap((r) => r.type ?? []));
}

/**
 * What one event means for onboarding and lifecycle milestones. Every effect is idempotent (a started
 * onboarding, a done step, a recorded milestone stay as they are), so handling an event twice is harmless.
 * Returns true when it may have added waiting event types (an onboarding started).
 */
export async function handleEvent(
  ctx: Ctx,
  event: EventRow,
  waiting: ReadonlySet<string>,
  tally: Tally,
): Promise<boolean> {
  const startedBefore = tally.started;
  if (event.type === 'partner.created' || event.type === 'partner.stage_changed') {
    await onStage(ctx, event, tally);
  }
  if (event.type === 'deal.won') await onDealWon(ctx, event, tally);
  if (waiting.has(event.type)) await completeWaitingSteps(ctx, event, tally);
  tally.handled += 1;
  return tally.started > startedBefore;
}
