import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { domainEvents } from '../../platform/events/events.table.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { getPartner } from '../partners/get-partner.js';
import { templateFor } from './default-template.js';
import { onboardingSteps, partnerOnboardings } from './onboarding.table.js';
import type { OnboardingRow, StepRow } from './onboarding-view.js';
import { markStepDone, refreshProgress } from './progress.js';
import { templateSteps } from './template-view.js';

/**
 * Steps whose event already happened before the onboarding began (the agreement signed while still
 * recruiting, a user invited early) are done from the start, with that event as their source.
 */
async function completeFromPastEvents(
  ctx: Ctx,
  onboarding: OnboardingRow,
  steps: StepRow[],
): Promise<number> {
  const types = [...new Set(steps.flatMap((s) => s.eventType ?? []))];
  if (!types.length) return 0;
  const partner = onboarding.partnerId;
  const first = await ctx.db
    .select({ type: domainEvents.type, id: sql<number>`min(${domainEvents.id})`.mapWith(Number) })
    .from(domainEvents)
    .where(and(eq(domainEvents.partnerId, partner), inArray(domainEvents.type, types)))
    .groupBy(domainEvents.type);
  // Deal events name their partners in the payload rather than in partner_id.
  const firstByPayload = await ctx.db
    .select({ type: domainEvents.type, id: sql<number>`min(${domainEvents.id})`.mapWith(Number) })
    .from(domainEvents)
    .where(
      and(
        isNull(domainEvents.partnerId),
        inArray(domainEvents.type, types),
        sql`${domainEvents.payload} -> 'partnerIds' @> jsonb_build_array(${partner}::text)`,
      ),
    )
    .groupBy(domainEvents.type);
  const earliest = new Map<string, number>();
  for (const { type, id } of [...first, ...firstByPayload]) {
    earliest.set(type, Math.min(id, earliest.get(type) ?? id));
  }
  if (!earliest.size) return 0;
  const events = await ctx.db
    .select({ id: domainEvents.id, occurredAt: domainEvents.occurredAt })
    .from(domainEvents)
    .where(inArray(domainEvents.id, [...earliest.values()]));
  const occurred = new Map(events.map((e) => [e.id, e.occurredAt]));
  let done = 0;
  for (const step of steps) {
    const eventId = step.eventType ? earliest.get(step.eventType) : undefined;
    if (eventId !== undefined && (await markStepDone(ctx, step, { at: occurred.get(eventId)!, eventId })))
      done += 1;
  }
  return done;
}

export interface StartedOnboarding {
  id: string;
  /** False when the partner already had its onboarding. */
  started: boolean;
  /** Steps done from the start, by events that came before it. */
  stepsDone: number;
}

/**
 * Gives a partner its onboarding checklist: its type's template (else the default), copied so later
 * template edits do not change it. Idempotent: a partner has one onboarding, and a second call (say,
 * from the event consumer after recruiting already started it) changes nothing.
 */
export async function startOnboarding(ctx: Ctx, partnerId: string): Promise<StartedOnboarding> {
  return inTransaction(ctx, async (tx) => {
    const partner = await getPartner(tx, partnerId);
    const [existing] = await tx.db
      .select({ id: partnerOnboardings.id })
      .from(partnerOnboardings)
      .where(eq(partnerOnboardings.partnerId, partnerId))
      .limit(1);
    if (existing) return { id: existing.id, started: false, stepsDone: 0 };
    const template = await templateFor(tx, partner.type);
    const now = ctx.clock.now();
    const steps = templateSteps(template);
    const [onboarding] = await tx.db
      .insert(partnerOnboardings)
      .values({
        id: ctx.ids(),
        partnerId,
        templateId: template.id,
        templateName: template.name,
        status: 'in_progress',
        stalledAfterDays: template.stalledAfterDays,
        doneCount: 0,
        totalCount: steps.length,
        percent: 0,
        startedAt: now,
        lastProgressAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: partnerOnboardings.partnerId })
      .returning();
    if (!onboarding) {
      // Another transaction started it a moment ago.
      const [raced] = await tx.db
        .select({ id: partnerOnboardings.id })
        .from(partnerOnboardings)
        .where(eq(partnerOnboardings.partnerId, partnerId));
      return { id: raced!.id, started: false, stepsDone: 0 };
    }
    const stepRows = await tx.db
      .insert(onboardingSteps)
      .values(
        steps.map((step, position) => ({
          id: ctx.ids(),
          onboardingId: onboarding.id,
          partnerId,
          position,
          key: step.key,
          title: step.title,
          description: step.description ?? null,
          kind: step.kind,
          eventType: step.kind === 'automatic' ? step.eventType : null,
          required: step.required,
        })),
      )
      .returning();
    await recordAudit(tx, {
      action: 'onboarding.start',
      entityType: 'onboarding',
      entityId: onboarding.id,
      partnerId,
      after: { ...onboarding, steps: stepRows.map((s) => s.key) },
    });
    await publishEvent(tx, {
      type: 'onboarding.started',
      entityType: 'onboarding',
      entityId: onboarding.id,
      partnerId,
      payload: { onboardingId: onboarding.id, partnerId, templateId: template.id, steps: stepRows.length },
    });
    const stepsDone = await completeFromPastEvents(
      tx,
      onboarding,
      stepRows.sort((a, b) => a.position - b.position),
    );
    await refreshProgress(tx, onboarding);
    return { id: onboarding.id, started: true, stepsDone };
  });
}

/** The onboarding row of a partner, locked for the rest of the transaction, or null when it has none. */
export async function lockOnboarding(ctx: Ctx, partnerId: string): Promise<OnboardingRow | null> {
  const [row] = await ctx.db
    .select()
    .from(partnerOnboardings)
    .where(eq(partnerOnboardings.partnerId, partnerId))
    .for('update');
  return row ?? null;
}
