import { and, asc, gt, notInArray, sql } from 'drizzle-orm';
import type { Fit, FitSubject } from '../../analytics/scoring/ipp-fit.js';
import type { Ctx } from '../../platform/context.js';
import { fitSubjectOf } from './application-keys.js';
import { partnerApplications } from './recruiting.table.js';

const BATCH = 1000;

/**
 * Scores every application that is not yet a partner again (a new IPP is in force), a page at a time:
 * read, score in memory, write the page back in one statement. Returns how many were scored.
 */
export async function rescoreApplications(ctx: Ctx, score: (subject: FitSubject) => Fit): Promise<number> {
  const t = partnerApplications;
  let lastId: string | null = null;
  let total = 0;
  for (;;) {
    const rows = await ctx.db
      .select({
        id: t.id,
        type: t.type,
        regions: t.regions,
        specializations: t.specializations,
        employees: t.employees,
      })
      .from(t)
      .where(and(notInArray(t.status, ['signed', 'onboarding']), lastId ? gt(t.id, lastId) : undefined))
      .orderBy(asc(t.id))
      .limit(BATCH);
    if (!rows.length) return total;
    const fits = rows.map((row) => ({ id: row.id, ...score(fitSubjectOf(row)) }));
    await ctx.db.execute(sql`
      UPDATE ${t} AS a SET fit_score = f.score, fit_reasons = f.reasons
      FROM jsonb_to_recordset(${JSON.stringify(fits)}::jsonb) AS f(id uuid, score int, reasons jsonb)
      WHERE a.id = f.id`);
    total += rows.length;
    lastId = rows[rows.length - 1]!.id;
  }
}
