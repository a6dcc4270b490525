import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import { getPartnerRow } from './get-partner.js';
import { canMoveStage, STAGE_TRANSITIONS } from './lifecycle.js';
import { toPartnerView } from './partner-view.js';
import type { Partner, PartnerStage } from './partners.schemas.js';
import { partnerStageHistory, partners } from './partners.table.js';

/** Moves a partner along its lifecycle; every move keeps its reason in the stage history. */
export async function changePartnerStage(
  ctx: Ctx,
  id: string,
  input: { stage: PartnerStage; reason: string },
): Promise<Partner> {
  return inTransaction(ctx, async (tx) => {
    // Concurrent moves of one partner take turns, so each starts from the stage the last one left.
    await tx.db.select({ id: partners.id }).from(partners).where(eq(partners.id, id)).for('no key update');
    const before = await getPartnerRow(tx, id);
    const from = before.stage as PartnerStage;
    if (!canMoveStage(from, input.stage)) {
      throw invalidField(
        'stage',
        `cannot move from ${from} to ${input.stage}; allowed: ${STAGE_TRANSITIONS[from].join(', ')}`,
      );
    }
    const now = ctx.clock.now();
    const [row] = await tx.db
      .update(partners)
      .set({ stage: input.stage, updatedAt: now })
      .where(eq(partners.id, id))
      .returning();
    await tx.db.insert(partnerStageHistory).values({
      id: ctx.ids(),
      partnerId: id,
      fromStage: from,
      toStage: input.stage,
      reason: input.reason,
      actorId: actorUserId(ctx.actor),
      at: now,
    });
    const after = toPartnerView(row!, true);
    await recordAudit(tx, {
      action: 'partner.stage',
      entityType: 'partner',
      entityId: id,
      partnerId: id,
      before: toPartnerView(before, true),
      after,
    });
    await publishEvent(tx, {
      type: 'partner.stage_changed',
      entityType: 'partner',
      entityId: id,
      partnerId: id,
      payload: {
        partnerId: id,
        fromStage: from,
        toStage: input.stage,
        reason: input.reason,
        at: now.toISOString(),
      },
    });
    return after;
  });
}
