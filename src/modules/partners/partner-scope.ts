import { eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { partnerScope } from '../../platform/policy.js';
import { partners } from './partners.table.js';

/** The condition every partner query carries: a partner user only ever sees its own row. */
export function visiblePartners(ctx: Ctx): SQL | undefined {
  const scope = partnerScope(ctx.actor);
  return scope ? eq(partners.id, scope) : undefined;
}
