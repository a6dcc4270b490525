import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { campaignTemplates } from './marketing.table.js';
import { type PartnerProfile, partnerProfile } from './partner-profile.js';
import type { TemplateRow } from './template-view.js';

/** Published templates whose audience takes the partner: its type and its tier (empty lists take all). */
export function usableBy(partner: Pick<PartnerProfile, 'type' | 'tier'>): SQL {
  const t = campaignTemplates;
  return and(
    eq(t.status, 'published'),
    sql`(jsonb_array_length(${t.audience}->'partnerTypes') = 0 OR ${t.audience}->'partnerTypes' @> jsonb_build_array(${partner.type}::text))`,
    sql`(jsonb_array_length(${t.audience}->'tiers') = 0 OR ${t.audience}->'tiers' @> jsonb_build_array(${partner.tier ?? ''}::text))`,
  )!;
}

/** The templates the actor may see: all for vendor staff, the usable ones for a partner user. */
export async function visibleTemplates(ctx: Ctx): Promise<SQL | undefined> {
  const scope = partnerScope(ctx.actor);
  if (!scope) return undefined;
  return usableBy(await partnerProfile(ctx, scope));
}

/** A template the actor may see (locked for update when asked), or not_found. */
export async function loadTemplate(
  ctx: Ctx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<TemplateRow> {
  const query = ctx.db
    .select()
    .from(campaignTemplates)
    .where(and(eq(campaignTemplates.id, id), await visibleTemplates(ctx)))
    .limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'No such campaign template');
  return row;
}
