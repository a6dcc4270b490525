import { desc } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.js';
import { ruleSets } from '../registrations.table.js';
import { BUILT_IN_RULE_SET } from './active-rule-set.js';
import { ZRuleSetConfig } from './rule-set-config.js';
import type { RuleSet } from './rule-sets.schemas.js';

export function toRuleSetView(row: typeof ruleSets.$inferSelect): RuleSet {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    note: row.note,
    active: row.active,
    config: ZRuleSetConfig.parse(row.config),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Every saved version, newest first, ending with the built-in default (version 0). */
export async function findRuleSets(ctx: Ctx): Promise<RuleSet[]> {
  const rows = await ctx.db.select().from(ruleSets).orderBy(desc(ruleSets.version));
  const builtIn: RuleSet = {
    ...BUILT_IN_RULE_SET,
    note: 'The default policy Trellis ships with',
    active: !rows.some((r) => r.active),
    createdBy: null,
    createdAt: null,
  };
  return [...rows.map(toRuleSetView), builtIn];
}
