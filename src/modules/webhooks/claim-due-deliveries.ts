import { eq, inArray, sql } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { queryRows } from '../../platform/db/rows.js';
import { webhookDeliveries, webhookSubscriptions } from './webhooks.table.js';

export interface ClaimedDelivery {
  delivery: typeof webhookDeliveries.$inferSelect;
  subscription: typeof webhookSubscriptions.$inferSelect;
}

/**
 * Takes up to `limit` due deliveries of active subscriptions and holds them until `leaseMs` from now.
 * SKIP LOCKED lets several servers claim side by side; a claim that dies with its server simply runs
 * out. A delivery waits while an earlier event of the same subscription and subject is still pending,
 * so each subject's events reach the receiver in order.
 */
export async function claimDueDeliveries(
  ctx: Ctx,
  limit: number,
  leaseMs: number,
): Promise<ClaimedDelivery[]> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const at = sql`${now.toISOString()}::timestamptz`;
    const until = sql`${new Date(now.getTime() + leaseMs).toISOString()}::timestamptz`;
    const claimed = await queryRows<{ id: string }>(
      tx.db,
      sql`with due as (
        select d.id from ${webhookDeliveries} d
          join ${webhookSubscriptions} s on s.id = d.subscription_id
         where d.status = 'pending' and s.status = 'active'
           and d.next_attempt_at <= ${at}
           and (d.locked_until is null or d.locked_until <= ${at})
           and not exists (
             select 1 from ${webhookDeliveries} e
              where e.subscription_id = d.subscription_id and e.subject = d.subject
                and e.status = 'pending' and e.event_id < d.event_id)
         order by d.next_attempt_at, d.event_id
         limit ${limit}
         for update of d skip locked)
      update ${webhookDeliveries} w set locked_until = ${until} from due where w.id = due.id
      returning w.id`,
    );
    if (claimed.length === 0) return [];
    const rows = await tx.db
      .select({ delivery: webhookDeliveries, subscription: webhookSubscriptions })
      .from(webhookDeliveries)
      .innerJoin(webhookSubscriptions, eq(webhookSubscriptions.id, webhookDeliveries.subscriptionId))
      .where(
        inArray(
          webhookDeliveries.id,
          claimed.map((c) => c.id),
        ),
      );
    return rows.sort((a, b) => a.delivery.eventId - b.delivery.eventId);
  });
}
