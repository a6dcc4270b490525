import { createRegistration } from '../modules/deals/create-registration.js';
import { disputeRegistration } from '../modules/deals/dispute-registration.js';
import type { CreateRegistrationInput } from '../modules/deals/registrations.schemas.js';
import { createRuleSet } from '../modules/deals/rules/create-rule-set.js';
import { DEFAULT_RULE_SET_CONFIG } from '../modules/deals/rules/rule-set-config.js';
import type { Caller, Sample, SampleWorld } from './route-samples.js';
import type { TestUserKey } from './test-app.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.

/** A partner rep of the caller's own partner (partner A's rep for vendor staff). */
function repOf(caller: Caller): TestUserKey {
  return caller?.endsWith('_b') ? 'partner_rep_b' : 'partner_rep_a';
}

function registrationBody(
  w: SampleWorld,
  overrides: Partial<CreateRegistrationInput> = {},
): CreateRegistrationInput {
  const slug = w.unique('customer');
  return {
    customerName: `Sample ${slug} Corp`,
    customerWebsite: `https://www.${slug}.com`,
    customerCountry: 'US',
    contactName: 'Sam Buyer',
    contactEmail: `sam@${slug}.com`,
    productLines: ['Analytics'],
    amountMinor: 1_500_000,
    currency: 'USD',
    expectedClose: '2026-06-30',
    submit: false,
    ...overrides,
  };
}

/** Above the default automatic approval limit, so a submission waits for a manager. */
const REVIEW_AMOUNT = 90_000_000;

async function freshRegistration(
  w: SampleWorld,
  caller: Caller,
  overrides: Partial<CreateRegistrationInput> = {},
): Promise<string> {
  return (await createRegistration(w.ctxOf(repOf(caller)), registrationBody(w, overrides))).id;
}

const drafts = new WeakMap<SampleWorld, Map<TestUserKey, string>>();

async function draftOf(w: SampleWorld, caller: Caller): Promise<string> {
  const byRep = drafts.get(w) ?? new Map<TestUserKey, string>();
  drafts.set(w, byRep);
  const rep = repOf(caller);
  let id = byRep.get(rep);
  if (!id) {
    id = await freshRegistration(w, caller);
    byRep.set(rep, id);
  }
  return id;
}

async function freshRuleSet(w: SampleWorld): Promise<string> {
  const saved = await createRuleSet(w.ctxOf('admin'), {
    name: `Copy of the default ${w.unique('rules')}`,
    note: null,
    config: DEFAULT_RULE_SET_CONFIG,
    activate: false,
  });
  return saved.id!;
}

const none: Sample = () => ({});
const reason = { reason: 'Documented in the partner call notes' };

export const REGISTRATION_SAMPLES: Record<string, Sample> = {
  listRegistrations: () => ({ query: { status: 'draft,approved', sort: '-createdAt' } }),
  createRegistration: (w) => ({ body: registrationBody(w, { submit: true }) }),
  getRegistration: async (w, caller) => ({ params: { id: await draftOf(w, caller) } }),
  updateRegistration: async (w, caller) => ({
    params: { id: await draftOf(w, caller) },
    body: { notes: 'Budget confirmed for Q2', productLines: ['Analytics', 'Security'] },
  }),
  submitRegistration: async (w, caller) => ({ params: { id: await freshRegistration(w, caller) } }),
  decideRegistration: async (w, caller) => ({
    params: { id: await freshRegistration(w, caller, { submit: true, amountMinor: REVIEW_AMOUNT }) },
    body: { outcome: 'approved', reason: 'Checked with the account team' },
  }),
  withdrawRegistration: async (w, caller) => ({
    params: { id: await freshRegistration(w, caller) },
    body: reason,
  }),
  extendRegistration: async (w, caller) => ({
    params: { id: await freshRegistration(w, caller, { submit: true }) },
    body: reason,
  }),
  disputeRegistration: async (w, caller) => ({
    params: { id: await freshRegistration(w, caller, { submit: true, amountMinor: REVIEW_AMOUNT }) },
    body: reason,
  }),
  resolveRegistrationDispute: async (w, caller) => {
    const id = await freshRegistration(w, caller, { submit: true, amountMinor: REVIEW_AMOUNT });
    await disputeRegistration(w.ctxOf(repOf(caller)), id, 'We sourced this customer ourselves');
    return { params: { id }, body: { outcome: 'overturn', reason: 'Evidence of prior work accepted' } };
  },

  listRuleSets: none,
  getActiveRuleSet: none,
  createRuleSet: (w) => ({
    body: { name: `Tuned ${w.unique('rules')}`, note: 'Longer look-back', config: DEFAULT_RULE_SET_CONFIG },
  }),
  activateRuleSet: async (w) => ({ params: { id: await freshRuleSet(w) } }),
  dryRunRuleSet: () => ({ body: { config: DEFAULT_RULE_SET_CONFIG, last: 20 } }),
};
