import { and, eq, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { partnerScope } from '../../platform/policy.js';
import { partners } from '../partners/partners.table.js';
import { incentiveRules } from './incentives.table.js';

/**
 * The rules an actor may read. Partner users see the partner rules in force for partners of their
 * type (how they can earn), never rep rewards or drafts; vendor staff see every rule.
 */
export async function ruleScope(ctx: Ctx): Promise<SQL | undefined> {
  const partnerId = partnerScope(ctx.actor);
  if (!partnerId) return undefined;
  const [partner] = await ctx.db
    .select({ type: partners.type })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .limit(1);
  return and(
    eq(incentiveRules.active, true),
    ne(incentiveRules.kind, 'rep_reward'),
    or(
      sql`coalesce(jsonb_array_length(${incentiveRules.conditions} -> 'partnerTypes'), 0) = 0`,
      sql`${incentiveRules.conditions} -> 'partnerTypes' ? ${partner?.type ?? ''}`,
    ),
  );
}
