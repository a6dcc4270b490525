import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { addDays } from '../../platform/clock.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { queryRows } from '../../platform/db/rows.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { EXPIRING_WITHIN_DAYS } from './enablement.schemas.js';
import { certificates } from './enablement.table.js';

const BATCH = 500;

interface Claimed {
  id: string;
  course_id: string;
  user_id: string;
  partner_id: string;
  name: string;
  expires_at: string | Date;
}

/**
 * The scheduled sweep: each certificate that expires within 30 days, is not yet expired and has not
 * been renewed gets one `enablement.certificate_expiring` event. Claiming sets expiring_notified_at
 * in the same statement (rows locked with SKIP LOCKED), so two servers never announce one twice.
 */
export async function notifyExpiringCertificates(ctx: Ctx): Promise<{ notified: number }> {
  let notified = 0;
  for (;;) {
    const claimed = await inTransaction(ctx, async (tx) => {
      const now = tx.clock.now();
      const rows = await queryRows<Claimed>(
        tx.db,
        sql`UPDATE ${certificates} SET expiring_notified_at = ${now.toISOString()}::timestamptz
          WHERE id IN (
            SELECT c.id FROM ${certificates} c
            WHERE c.expiring_notified_at IS NULL
              AND c.expires_at > ${now.toISOString()}::timestamptz
              AND c.expires_at <= ${addDays(now, EXPIRING_WITHIN_DAYS).toISOString()}::timestamptz
              AND NOT EXISTS (SELECT 1 FROM ${certificates} r WHERE r.previous_certificate_id = c.id)
            ORDER BY c.expires_at, c.id
            LIMIT ${BATCH}
            FOR UPDATE SKIP LOCKED)
          RETURNING id, course_id, user_id, partner_id, name, expires_at`,
      );
      for (const row of rows) {
        const expiresAt = new Date(row.expires_at).toISOString();
        await recordAudit(tx, {
          action: 'certificate.expiring',
          entityType: 'certificate',
          entityId: row.id,
          partnerId: row.partner_id,
          after: { expiresAt, expiringNotifiedAt: now.toISOString() },
        });
        await publishEvent(tx, {
          type: 'enablement.certificate_expiring',
          entityType: 'certificate',
          entityId: row.id,
          partnerId: row.partner_id,
          payload: {
            certificateId: row.id,
            courseId: row.course_id,
            userId: row.user_id,
            partnerId: row.partner_id,
            name: row.name,
            expiresAt,
          },
        });
      }
      return rows.length;
    });
    notified += claimed;
    if (claimed < BATCH) return { notified };
  }
}
