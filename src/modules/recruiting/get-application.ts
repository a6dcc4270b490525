import { asc, eq } from 'drizzle-orm';
import type { FitReason } from '../../analytics/scoring/ipp-fit.js';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { type ApplicationRow, toApplicationViewOf } from './application-view.js';
import type { ApplicationDetail, ApplicationStatus } from './recruiting.schemas.js';
import { partnerApplicationHistory, partnerApplications } from './recruiting.table.js';

export async function getApplicationRow(
  ctx: Ctx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ApplicationRow> {
  const query = ctx.db.select().from(partnerApplications).where(eq(partnerApplications.id, id)).limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Application');
  return row;
}

/** One application with the reasons for its fit and every stage it went through, oldest first. */
export async function getApplication(ctx: Ctx, id: string): Promise<ApplicationDetail> {
  const row = await getApplicationRow(ctx, id);
  const history = await ctx.db
    .select()
    .from(partnerApplicationHistory)
    .where(eq(partnerApplicationHistory.applicationId, id))
    .orderBy(asc(partnerApplicationHistory.at), asc(partnerApplicationHistory.id));
  return {
    application: await toApplicationViewOf(ctx, row),
    fitReasons: row.fitReasons as FitReason[],
    history: history.map((h) => ({
      fromStatus: h.fromStatus as ApplicationStatus | null,
      toStatus: h.toStatus as ApplicationStatus,
      reason: h.reason,
      actorId: h.actorId,
      at: h.at.toISOString(),
    })),
  };
}
