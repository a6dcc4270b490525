import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { partnerScope } from '../../platform/policy.js';
import { partners } from '../partners/partners.table.js';
import type { CreateTouchpointInput, Touchpoint, TouchpointKind } from './co-sell.schemas.js';
import { toTouchpointView } from './co-sell-views.js';
import { getDealRow } from './deal-access.js';
import { actorRef, recordDealActivities } from './deal-activity.js';
import { dealPartners, touchpoints } from './deals.table.js';

const KIND_LABELS: Record<TouchpointKind, string> = {
  registration: 'Registration',
  referral: 'Referral',
  meeting: 'Meeting',
  demo: 'Demo',
  technical_validation: 'Technical validation',
  proposal_support: 'Proposal support',
  marketing: 'Marketing touch',
  co_sell_call: 'Co-sell call',
};

/** The partner whose touch this is: a partner user records only its own; vendor staff must name one. */
function touchingPartner(ctx: Ctx, input: CreateTouchpointInput): string {
  const scope = partnerScope(ctx.actor);
  if (scope) {
    if (input.partnerId && input.partnerId !== scope) {
      throw new AppError('forbidden', "A partner may record only its own organization's touches", {
        errors: [{ field: 'partnerId', message: 'must be your own organization' }],
      });
    }
    return scope;
  }
  if (!input.partnerId) throw invalidField('partnerId', 'is required: the partner that made the touch');
  return input.partnerId;
}

/** A partner touch on the deal (a meeting, a demo …): the events attribution later credits. */
export async function addTouchpoint(
  ctx: Ctx,
  dealId: string,
  input: CreateTouchpointInput,
): Promise<Touchpoint> {
  const partnerId = touchingPartner(ctx, input);
  const occurredAt = new Date(input.occurredAt);
  if (occurredAt.getTime() > ctx.clock.now().getTime()) throw invalidField('occurredAt', 'is in the future');
  return inTransaction(ctx, async (tx) => {
    await getDealRow(tx, dealId);
    const [onDeal] = await tx.db
      .select({ name: partners.name })
      .from(dealPartners)
      .innerJoin(partners, eq(partners.id, dealPartners.partnerId))
      .where(and(eq(dealPartners.opportunityId, dealId), eq(dealPartners.partnerId, partnerId)))
      .limit(1);
    if (!onDeal) throw invalidField('partnerId', 'is not a partner on this deal');
    const [row] = await tx.db
      .insert(touchpoints)
      .values({
        id: ctx.ids(),
        opportunityId: dealId,
        partnerId,
        kind: input.kind,
        note: input.note ?? null,
        occurredAt,
        createdBy: actorRef(ctx),
      })
      .returning();
    const touch = toTouchpointView(row!, onDeal.name);
    await recordDealActivities(tx, dealId, [
      {
        kind: 'touchpoint',
        summary: `${KIND_LABELS[input.kind]} recorded for ${onDeal.name} on ${input.occurredAt.slice(0, 10)}`,
        partnerId,
      },
    ]);
    await publishEvent(tx, {
      type: 'deal.touchpoint_added',
      entityType: 'deal',
      entityId: dealId,
      partnerId,
      payload: { touchpointId: touch.id, kind: touch.kind, occurredAt: touch.occurredAt },
    });
    await recordAudit(tx, {
      action: 'deal.touchpoint_add',
      entityType: 'touchpoint',
      entityId: touch.id,
      partnerId,
      after: touch,
    });
    return touch;
  });
}
