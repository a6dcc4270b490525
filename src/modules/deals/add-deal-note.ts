import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { isVendorActor, partnerScope } from '../../platform/policy.js';
import type { CreateDealNoteInput, DealNote } from './co-sell.schemas.js';
import { toNoteView } from './co-sell-views.js';
import { getDealRow } from './deal-access.js';
import { actorName, actorRef, recordDealActivities } from './deal-activity.js';
import { dealNotes } from './deals.table.js';

/** A note on the shared deal; internal notes are the vendor's own and never reach partners. */
export async function addDealNote(ctx: Ctx, dealId: string, input: CreateDealNoteInput): Promise<DealNote> {
  if (input.internal && !isVendorActor(ctx.actor)) {
    throw new AppError('forbidden', 'Only vendor staff may write internal notes', {
      errors: [{ field: 'internal', message: 'is for vendor staff only' }],
    });
  }
  return inTransaction(ctx, async (tx) => {
    await getDealRow(tx, dealId);
    const [row] = await tx.db
      .insert(dealNotes)
      .values({
        id: ctx.ids(),
        opportunityId: dealId,
        authorId: actorRef(ctx),
        authorPartnerId: partnerScope(ctx.actor),
        body: input.body,
        internal: input.internal,
        createdAt: ctx.clock.now(),
      })
      .returning();
    const author = await actorName(tx);
    await recordDealActivities(tx, dealId, [
      {
        kind: 'note_added',
        summary: `${input.internal ? 'Internal note' : 'Note'} added by ${author}`,
        internal: input.internal,
      },
    ]);
    const note = toNoteView(row!, author);
    await recordAudit(tx, {
      action: 'deal.note_add',
      entityType: 'deal',
      entityId: dealId,
      partnerId: partnerScope(ctx.actor),
      after: note,
    });
    return note;
  });
}
