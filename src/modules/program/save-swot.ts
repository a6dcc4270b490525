import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { swotDrafts } from './program.table.js';
import { toSavedSwot } from './saved-swot-view.js';
import type { SavedSwot, SaveSwotInput } from './swot.schemas.js';

/** Saves the owner's edit as the program's SWOT; earlier saves stay as its history. */
export async function saveSwot(ctx: Ctx, input: SaveSwotInput): Promise<SavedSwot> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(swotDrafts)
      .values({
        id: tx.ids(),
        content: input.content,
        basis: input.basis,
        asOf: new Date(input.basis.asOf),
        createdBy: tx.actor.kind === 'user' ? tx.actor.userId : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, { action: 'swot.save', entityType: 'swot', entityId: row!.id, after: row });
    await publishEvent(tx, {
      type: 'swot.saved',
      entityType: 'swot',
      entityId: row!.id,
      payload: { asOf: input.basis.asOf },
    });
    return toSavedSwot(row!);
  });
}
