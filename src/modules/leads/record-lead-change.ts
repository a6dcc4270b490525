import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { leads } from './leads.table.js';

type LeadRow = typeof leads.$inferSelect;

export interface LeadChange {
  /** Audit action, e.g. lead.accept. */
  action: string;
  /** Event type, e.g. lead.accepted. */
  event: string;
  partnerId: string | null;
  /** Columns of the lead to change (updatedAt is set too); none when only an offer changed. */
  set?: Partial<typeof leads.$inferInsert>;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  payload: Record<string, unknown>;
}

/** One change to a lead, inside the caller's transaction: the row, its audit entry and its event. */
export async function recordLeadChange(tx: Ctx, id: string, change: LeadChange): Promise<LeadRow | null> {
  const [row] = change.set
    ? await tx.db
        .update(leads)
        .set({ ...change.set, updatedAt: tx.clock.now() })
        .where(eq(leads.id, id))
        .returning()
    : [null];
  await recordAudit(tx, {
    action: change.action,
    entityType: 'lead',
    entityId: id,
    partnerId: change.partnerId,
    before: change.before,
    after: change.after,
  });
  await publishEvent(tx, {
    type: change.event,
    entityType: 'lead',
    entityId: id,
    partnerId: change.partnerId,
    payload: change.payload,
  });
  return row ?? null;
}
