import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { createAccount } from '../accounts/create-account.js';
import { fuzzyBlock, matchAccount } from '../accounts/match-account.js';
import { applyDecision } from './apply-decision.js';
import { gatherDecisionInputs } from './gather-decision-inputs.js';
import type { DecidedRegistration, LoadedRegistration } from './load-registration.js';
import { lockRegistrationKeys } from './lock-registration-keys.js';
import { recordRegistrationChange } from './record-registration-change.js';
import { registrations } from './registrations.table.js';
import { activeRuleSet } from './rules/active-rule-set.js';
import type { DecisionInputs } from './rules/decision-inputs.js';
import { evaluateRules } from './rules/evaluate-rules.js';

/** Finds the account the registration names, or proposes a new prospect account for it. */
async function resolveAccount(
  ctx: Ctx,
  loaded: LoadedRegistration,
): Promise<DecisionInputs['account'] & { ownerId: string | null }> {
  const { row } = loaded;
  const company = { normalizedName: row.customerNormalizedName, domain: row.customerDomain };
  const match = await matchAccount(ctx, company);
  if (match)
    return {
      id: match.account.id,
      name: match.account.name,
      ownerId: match.account.ownerId,
      match: match.rule,
      confidence: match.confidence,
    };
  const account = await createAccount(ctx, {
    name: row.customerName,
    domains: row.customerDomain ? [row.customerDomain] : [],
    country: row.customerCountry,
    status: 'prospect',
    externalIds: {},
  });
  return { id: account.id, name: account.name, ownerId: account.ownerId, match: 'new', confidence: 1 };
}

/**
 * Submits a draft and decides it by the active rules of engagement, inside the caller's transaction:
 * resolve the account, check the vendor's pipeline and other partners' registrations, apply the rules.
 */
export async function decideAutomatically(
  ctx: Ctx,
  loaded: LoadedRegistration,
  options: { fresh?: boolean } = {},
): Promise<DecidedRegistration> {
  const { row: draft } = loaded;
  if (draft.status !== 'draft')
    throw new AppError('conflict', `Only a draft can be submitted; this registration is ${draft.status}`);
  const nameKey = `name:${draft.customerNormalizedName}`;
  // The name blocks are locked too: two registrations that would only match each other fuzzily
  // ("Kestrel Optics" / "Kestrel Optic") are then decided one after the other as well.
  const blocks = [`block:${fuzzyBlock(draft.customerNormalizedName)}`];
  const domainKeys = draft.customerDomain ? [`domain:${draft.customerDomain}`] : [];
  await lockRegistrationKeys(ctx, [...domainKeys, nameKey, ...blocks]);
  const account = await resolveAccount(ctx, loaded);
  await lockRegistrationKeys(ctx, [`account:${account.id}`]);
  // Time is read after the locks: a registration decided before this one is already visible and earlier.
  const now = ctx.clock.now();
  const [submitted] = await ctx.db
    .update(registrations)
    .set({
      status: 'submitted',
      submittedAt: now,
      accountId: account.id,
      accountMatch: account.match,
      updatedAt: now,
    })
    .where(eq(registrations.id, draft.id))
    .returning();
  await recordRegistrationChange(ctx, {
    before: options.fresh ? null : draft,
    after: submitted!,
    action: 'registered',
    reason: `Submitted; customer matched to an account by ${account.match.replace('_', ' ')}`,
  });
  const ruleSet = await activeRuleSet(ctx);
  const { ownerId: accountOwnerId, ...seen } = account;
  const inputs = await gatherDecisionInputs(ctx, submitted!, seen, now);
  const decision = evaluateRules(ruleSet.config, inputs);
  const decided = await applyDecision(
    ctx,
    { ...loaded, row: submitted! },
    { ...decision, ruleSet, inputs, decidedBy: null, accountOwnerId },
  );
  return { ...decided, reason: decision.reason };
}
