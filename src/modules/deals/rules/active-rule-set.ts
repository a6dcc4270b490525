import { eq } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.js';
import { ruleSets } from '../registrations.table.js';
import { DEFAULT_RULE_SET_CONFIG, type RuleSetConfig, ZRuleSetConfig } from './rule-set-config.js';

export interface ActiveRuleSet {
  /** Null while the built-in default policy (version 0) is in force. */
  id: string | null;
  version: number;
  name: string;
  config: RuleSetConfig;
}

export const BUILT_IN_RULE_SET: ActiveRuleSet = {
  id: null,
  version: 0,
  name: 'Default rules of engagement',
  config: DEFAULT_RULE_SET_CONFIG,
};

export async function activeRuleSet(ctx: Ctx): Promise<ActiveRuleSet> {
  const [row] = await ctx.db.select().from(ruleSets).where(eq(ruleSets.active, true)).limit(1);
  if (!row) return BUILT_IN_RULE_SET;
  return { id: row.id, version: row.version, name: row.name, config: ZRuleSetConfig.parse(row.config) };
}
