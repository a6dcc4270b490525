import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { queryRows } from '../../platform/db/rows.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { partnerOnboardings } from './onboarding.table.js';

/**
 * Flags onboardings with no progress for their template's number of days, and announces each with one
 * onboarding.stalled event. The flag is set by one conditional UPDATE, so however often (and on however
 * many servers) this runs, a stall is announced once; progress clears the flag.
 */
export async function flagStalledOnboardings(ctx: Ctx): Promise<{ flagged: number }> {
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const flagged = await queryRows<{
      id: string;
      partner_id: string;
      last_progress_at: string | Date;
      stalled_after_days: number;
      done_count: number;
      total_count: number;
    }>(
      tx.db,
      sql`UPDATE ${partnerOnboardings}
          SET stalled_at = ${now.toISOString()}::timestamptz, updated_at = ${now.toISOString()}::timestamptz
          WHERE status = 'in_progress' AND stalled_at IS NULL
            AND last_progress_at + make_interval(days => stalled_after_days) <= ${now.toISOString()}::timestamptz
          RETURNING id, partner_id, last_progress_at, stalled_after_days, done_count, total_count`,
    );
    for (const row of flagged) {
      const lastProgressAt = new Date(row.last_progress_at).toISOString();
      const payload = {
        onboardingId: row.id,
        partnerId: row.partner_id,
        lastProgressAt,
        stalledAfterDays: Number(row.stalled_after_days),
        done: Number(row.done_count),
        total: Number(row.total_count),
      };
      await recordAudit(tx, {
        action: 'onboarding.stalled',
        entityType: 'onboarding',
        entityId: row.id,
        partnerId: row.partner_id,
        after: { ...payload, stalledAt: now.toISOString() },
      });
      await publishEvent(tx, {
        type: 'onboarding.stalled',
        entityType: 'onboarding',
        entityId: row.id,
        partnerId: row.partner_id,
        payload,
      });
    }
    return { flagged: flagged.length };
  });
}
