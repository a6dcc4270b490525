import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import type { RegistrationRow } from './registration-view.js';
import { registrationHistory } from './registrations.table.js';

export interface RegistrationChange {
  before: RegistrationRow | null;
  after: RegistrationRow;
  /** Audit action and event type suffix: "submitted", "approved", "expired" … */
  action: string;
  reason: string;
  eventPayload?: Record<string, unknown>;
}

/** History row, audit entry and event for one change, inside the caller's transaction. */
export async function recordRegistrationChange(ctx: Ctx, change: RegistrationChange): Promise<void> {
  const { before, after } = change;
  if (before?.status !== after.status) {
    await ctx.db.insert(registrationHistory).values({
      id: ctx.ids(),
      registrationId: after.id,
      fromStatus: before?.status ?? null,
      toStatus: after.status,
      reason: change.reason,
      actorId: actorUserId(ctx.actor) ?? (ctx.actor.kind === 'system' ? ctx.actor.name : null),
      at: ctx.clock.now(),
    });
  }
  await recordAudit(ctx, {
    action: `registration.${change.action}`,
    entityType: 'registration',
    entityId: after.id,
    partnerId: after.partnerId,
    before,
    after,
  });
  await publishEvent(ctx, {
    type: `registration.${change.action}`,
    entityType: 'registration',
    entityId: after.id,
    partnerId: after.partnerId,
    payload: {
      registrationId: after.id,
      partnerId: after.partnerId,
      status: after.status,
      accountId: after.accountId,
      dealId: after.opportunityId,
      reason: change.reason,
      ...change.eventPayload,
    },
  });
}
