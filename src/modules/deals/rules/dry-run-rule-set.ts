import { desc, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.js';
import { partners } from '../../partners/partners.table.js';
import { registrationDecisions, registrations } from '../registrations.table.js';
import type { DecisionInputs } from './decision-inputs.js';
import { evaluateRules } from './evaluate-rules.js';
import type { RuleSetConfig } from './rule-set-config.js';
import type { DryRunResult } from './rule-sets.schemas.js';

type Outcome = DryRunResult['items'][number]['was']['outcome'];

function tally(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = { approved: 0, rejected: 0, under_review: 0 };
  for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}

/**
 * Replays the latest automatic decisions under a proposed rule set, from the inputs each decision
 * stored (the account match, the pipeline and the registrations it saw), and reports what would change.
 * Nothing is written.
 */
export async function dryRunRuleSet(
  ctx: Ctx,
  input: { config: RuleSetConfig; last: number },
): Promise<DryRunResult> {
  const rows = await ctx.db
    .select({
      registrationId: registrationDecisions.registrationId,
      outcome: registrationDecisions.outcome,
      ruleId: registrationDecisions.ruleId,
      ruleSetVersion: registrationDecisions.ruleSetVersion,
      inputs: registrationDecisions.inputs,
      customerName: registrations.customerName,
      partnerName: partners.name,
    })
    .from(registrationDecisions)
    .innerJoin(registrations, eq(registrations.id, registrationDecisions.registrationId))
    .innerJoin(partners, eq(partners.id, registrations.partnerId))
    .where(isNull(registrationDecisions.decidedBy))
    .orderBy(desc(registrationDecisions.at), desc(registrationDecisions.id))
    .limit(input.last);
  const items = rows.map((row) => {
    const inputs = row.inputs as DecisionInputs;
    const would = evaluateRules(input.config, inputs);
    const was = { outcome: row.outcome as Outcome, ruleId: row.ruleId, ruleSetVersion: row.ruleSetVersion };
    return {
      registrationId: row.registrationId,
      partnerName: row.partnerName,
      customerName: row.customerName,
      submittedAt: inputs.registration.submittedAt,
      was,
      would: { outcome: would.outcome, ruleId: would.ruleId, reason: would.reason },
      changed: would.outcome !== was.outcome,
    };
  });
  return {
    replayed: items.length,
    changed: items.filter((i) => i.changed).length,
    byOutcome: {
      was: tally(items.map((i) => i.was.outcome)),
      would: tally(items.map((i) => i.would.outcome)),
    },
    items,
  };
}
