import { asc, gt, sql } from 'drizzle-orm';
import type { Fit, FitSubject } from '../../analytics/scoring/ipp-fit.js';
import type { Ctx } from '../../platform/context.js';
import { partners } from './partners.table.js';

const BATCH = 1000;

/** Rescores every partner in batches: read a page, score in memory, write the page back in one statement. */
export async function rescoreAllPartners(ctx: Ctx, score: (subject: FitSubject) => Fit): Promise<number> {
  let lastId: string | null = null;
  let total = 0;
  for (;;) {
    const rows: (FitSubject & { id: string })[] = await ctx.db
      .select({
        id: partners.id,
        type: partners.type,
        regions: partners.regions,
        specializations: partners.specializations,
        employees: partners.employees,
        certifiedCount: partners.certifiedCount,
        overlapCount: partners.overlapCount,
      })
      .from(partners)
      .where(lastId ? gt(partners.id, lastId) : undefined)
      .orderBy(asc(partners.id))
      .limit(BATCH);
    if (!rows.length) return total;
    const fits = rows.map((row) => ({ id: row.id, ...score(row) }));
    // Only partners whose fit really moved are written, so their updated_at tells incremental sync.
    await ctx.db.execute(sql`
      UPDATE ${partners} AS p
      SET fit_score = f.score, fit_reasons = f.reasons, updated_at = ${ctx.clock.now().toISOString()}::timestamptz
      FROM jsonb_to_recordset(${JSON.stringify(fits)}::jsonb) AS f(id uuid, score int, reasons jsonb)
      WHERE p.id = f.id
        AND (p.fit_score IS DISTINCT FROM f.score OR p.fit_reasons IS DISTINCT FROM f.reasons)`);
    total += rows.length;
    lastId = rows[rows.length - 1]!.id;
  }
}
