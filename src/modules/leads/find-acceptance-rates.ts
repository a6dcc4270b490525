import { inArray } from 'drizzle-orm';
import { capacityOf } from '../../analytics/leads/distribute-leads.js';
import type { Ctx } from '../../platform/context.js';
import { partnerScope } from '../../platform/policy.js';
import { partners } from '../partners/partners.table.js';
import type { AcceptanceRate } from './leads.schemas.js';
import { offerStatsByPartner, openLoadByPartner } from './routing-inputs.js';
import { loadRoutingSettings } from './routing-rules.js';

/**
 * Each partner's answers to lead offers over the last 90 days: accepted / (accepted + declined + expired),
 * with its open load and capacity. Partners that were offered leads or are eligible for them; a partner
 * user sees its own partner only.
 */
export async function findAcceptanceRates(ctx: Ctx): Promise<AcceptanceRate[]> {
  const scope = partnerScope(ctx.actor);
  const [stats, loads, { rules }] = await Promise.all([
    offerStatsByPartner(ctx.db, ctx.clock.now()),
    openLoadByPartner(ctx.db),
    loadRoutingSettings(ctx.db),
  ]);
  const rows = await ctx.db
    .select({ id: partners.id, name: partners.name, stage: partners.stage })
    .from(partners)
    .where(scope ? inArray(partners.id, [scope]) : undefined)
    .orderBy(partners.name, partners.id);
  return rows
    .filter(
      (p) =>
        scope || stats.has(p.id) || loads.has(p.id) || (rules.eligibleStages as string[]).includes(p.stage),
    )
    .map((p) => {
      const s = stats.get(p.id) ?? { offered: 0, accepted: 0, declined: 0, expired: 0, pending: 0 };
      const answered = s.accepted + s.declined + s.expired;
      return {
        partnerId: p.id,
        partnerName: p.name,
        ...s,
        acceptanceRate: answered > 0 ? Math.round((s.accepted / answered) * 1000) / 1000 : null,
        openLoad: loads.get(p.id) ?? 0,
        capacity: capacityOf(rules, p.id),
      };
    });
}
