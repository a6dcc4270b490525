import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { webhookSubscriptions } from './webhooks.table.js';

export type SubscriptionRow = typeof webhookSubscriptions.$inferSelect;

/** The subscription row, locked for update when asked; not found is an error. */
export async function loadSubscription(ctx: Ctx, id: string, forUpdate = false): Promise<SubscriptionRow> {
  const query = ctx.db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Webhook subscription');
  return row;
}
