import { addDays } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { loadTierProgram } from '../tiers/get-tier-program.js';
import { beneficiaryNames } from './beneficiary-names.js';
import type { EarningRule } from './earning/earning-rules.js';
import { findEarningEvents, gatherFacts } from './earning/gather-facts.js';
import { planAccruals } from './earning/plan-accruals.js';
import type { IncentiveRuleInput, RulePreview } from './incentives.schemas.js';
import { parseBeneficiary } from './ledger-rows.js';
import { assertRuleMakesSense } from './validate-rule.js';

const SHOWN_LINES = 200;

/**
 * A dry run of a draft rule over the last `days` of real events: what it would have earned, for whom,
 * with its caps. It is treated as active and in force over the whole window; nothing is written.
 */
export async function previewIncentiveRule(
  ctx: Ctx,
  input: { rule: IncentiveRuleInput; days: number },
): Promise<RulePreview> {
  assertRuleMakesSense(input.rule, 'rule');
  const to = ctx.clock.now();
  const from = addDays(to, -input.days);
  const rule: EarningRule = {
    ...input.rule,
    id: 'preview',
    active: true,
    effectiveFrom: '0000-01-01',
    effectiveTo: null,
  };
  const events = await findEarningEvents(ctx.db, from, to);
  const facts = (await gatherFacts(ctx.db, events)).filter((f) => f.trigger === rule.trigger);
  const plan = planAccruals([rule], facts, await loadTierProgram(ctx.db), new Map());
  const names = await beneficiaryNames(
    ctx.db,
    plan.accruals.map((a) => a.beneficiary),
  );
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    currency: rule.currency,
    totalMinor: plan.accruals.reduce((sum, a) => sum + a.amountMinor, 0),
    entries: plan.accruals.length,
    beneficiaries: new Set(plan.accruals.map((a) => a.beneficiary)).size,
    cappedEntries: plan.accruals.filter((a) => a.capped).length,
    lines: plan.accruals.slice(0, SHOWN_LINES).map((a) => {
      const { beneficiaryType, id } = parseBeneficiary(a.beneficiary);
      return {
        beneficiaryType,
        beneficiaryId: id,
        beneficiaryName: names.get(a.beneficiary) ?? 'Unknown',
        occurredAt: a.fact.occurredAt.toISOString(),
        amountMinor: a.amountMinor,
        description: a.description,
      };
    }),
    skipped: plan.skipped.slice(0, SHOWN_LINES).map((s) => ({
      occurredAt: s.fact.occurredAt.toISOString(),
      sourceId: s.fact.sourceId,
      reason: s.reason,
    })),
  };
}
