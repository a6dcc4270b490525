import { describe, expect, it } from 'vitest';
import type { DecisionInputs } from '../decision-inputs.js';
import { evaluateRules } from '../evaluate-rules.js';
import {
  DEFAULT_RULE_SET_CONFIG,
  protectionDaysFor,
  type Rule,
  type RuleSetConfig,
  ZRuleSetConfig,
} from '../rule-set-config.js';

const SUBMITTED = '2026-03-01T12:00:00.000Z';
const daysBefore = (days: number) => new Date(Date.parse(SUBMITTED) - days * 86_400_000).toISOString();
const daysAfter = (days: number) => new Date(Date.parse(SUBMITTED) + days * 86_400_000).toISOString();

type Opportunity = DecisionInputs['directOpportunities'][number];
type OtherRegistration = DecisionInputs['partnerRegistrations'][number];

function opportunity(overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    id: 'opp-1',
    name: 'Direct deal',
    productLines: ['Analytics'],
    stage: 'proposal',
    createdAt: daysBefore(30),
    ...overrides,
  };
}

function otherRegistration(overrides: Partial<OtherRegistration> = {}): OtherRegistration {
  return {
    id: 'reg-first',
    partnerId: 'partner-other',
    partnerName: 'Other Partner',
    productLines: ['Analytics'],
    approvedAt: daysBefore(10),
    protectedUntil: daysAfter(50),
    ...overrides,
  };
}

function inputs(
  overrides: {
    productLines?: string[];
    amountMinor?: number;
    currency?: string;
    match?: DecisionInputs['account']['match'];
    direct?: Opportunity[];
    others?: OtherRegistration[];
  } = {},
): DecisionInputs {
  return {
    registration: {
      id: 'reg-new',
      partnerId: 'partner-me',
      productLines: overrides.productLines ?? ['Analytics'],
      amountMinor: overrides.amountMinor ?? 5_000_000,
      currency: overrides.currency ?? 'USD',
      submittedAt: SUBMITTED,
    },
    account: { id: 'acc-1', name: 'Northwind', match: overrides.match ?? 'domain', confidence: 1 },
    directOpportunities: overrides.direct ?? [],
    partnerRegistrations: overrides.others ?? [],
  };
}

function withRule<R extends Rule['id']>(id: R, change: Partial<Extract<Rule, { id: R }>>): RuleSetConfig {
  return {
    ...DEFAULT_RULE_SET_CONFIG,
    rules: DEFAULT_RULE_SET_CONFIG.rules.map((rule) =>
      rule.id === id ? { ...rule, ...change } : rule,
    ) as Rule[],
  };
}

const DEFAULT = DEFAULT_RULE_SET_CONFIG;

describe('each rule on its own, with the default rule set', () => {
  const cases: Array<{
    name: string;
    config?: RuleSetConfig;
    input: DecisionInputs;
    outcome: string;
    rule: string;
    conflict?: string;
  }> = [
    {
      name: 'no conflict, under the limit → approved',
      input: inputs(),
      outcome: 'approved',
      rule: 'auto-approve',
    },
    {
      name: 'earlier direct opportunity, same product line → rejected',
      input: inputs({ direct: [opportunity()] }),
      outcome: 'rejected',
      rule: 'direct-opportunity',
      conflict: 'opp-1',
    },
    {
      name: 'earlier direct opportunity, registration adds a product line → review',
      input: inputs({ productLines: ['Analytics', 'Security'], direct: [opportunity()] }),
      outcome: 'under_review',
      rule: 'direct-opportunity',
      conflict: 'opp-1',
    },
    {
      name: 'product lines compare without case',
      input: inputs({ productLines: ['analytics'], direct: [opportunity()] }),
      outcome: 'rejected',
      rule: 'direct-opportunity',
    },
    {
      name: 'direct opportunity older than the look-back → ignored',
      input: inputs({ direct: [opportunity({ createdAt: daysBefore(400) })] }),
      outcome: 'approved',
      rule: 'auto-approve',
    },
    {
      name: 'direct opportunity created after the registration → ignored',
      input: inputs({ direct: [opportunity({ createdAt: daysAfter(1) })] }),
      outcome: 'approved',
      rule: 'auto-approve',
    },
    {
      name: 'of two direct opportunities the earliest is named',
      input: inputs({
        direct: [
          opportunity({ id: 'opp-late', createdAt: daysBefore(5) }),
          opportunity({ id: 'opp-early', createdAt: daysBefore(90) }),
        ],
      }),
      outcome: 'rejected',
      rule: 'direct-opportunity',
      conflict: 'opp-early',
    },
    {
      name: "another partner's approved, unexpired registration on the same line → review naming it",
      input: inputs({ others: [otherRegistration()] }),
      outcome: 'under_review',
      rule: 'partner-conflict',
      conflict: 'reg-first',
    },
    {
      name: "another partner's registration on a different product line → no conflict",
      input: inputs({ others: [otherRegistration({ productLines: ['Security'] })] }),
      outcome: 'approved',
      rule: 'auto-approve',
    },
    {
      name: "another partner's expired protection → no conflict",
      input: inputs({ others: [otherRegistration({ protectedUntil: daysBefore(1) })] }),
      outcome: 'approved',
      rule: 'auto-approve',
    },
    {
      name: 'my own partner’s earlier registration → no conflict',
      input: inputs({ others: [otherRegistration({ partnerId: 'partner-me' })] }),
      outcome: 'approved',
      rule: 'auto-approve',
    },
    {
      name: 'first to register wins among several',
      input: inputs({
        others: [
          otherRegistration({ id: 'reg-second', approvedAt: daysBefore(2) }),
          otherRegistration({ id: 'reg-one', approvedAt: daysBefore(20) }),
        ],
      }),
      outcome: 'under_review',
      rule: 'partner-conflict',
      conflict: 'reg-one',
    },
    {
      name: 'fuzzy account match → review',
      input: inputs({ match: 'fuzzy_name' }),
      outcome: 'under_review',
      rule: 'fuzzy-account-review',
    },
    {
      name: 'exact name match → approved',
      input: inputs({ match: 'name' }),
      outcome: 'approved',
      rule: 'auto-approve',
    },
    {
      name: 'new account with the new-account rule off → approved',
      input: inputs({ match: 'new' }),
      outcome: 'approved',
      rule: 'auto-approve',
    },
    {
      name: 'above the auto-approve limit → review',
      input: inputs({ amountMinor: 30_000_000 }),
      outcome: 'under_review',
      rule: 'auto-approve',
    },
    {
      name: 'exactly the limit → approved',
      input: inputs({ amountMinor: 25_000_000 }),
      outcome: 'approved',
      rule: 'auto-approve',
    },
    {
      name: 'another currency → review',
      input: inputs({ currency: 'EUR' }),
      outcome: 'under_review',
      rule: 'auto-approve',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const decision = evaluateRules(c.config ?? DEFAULT, c.input);
      expect(decision.outcome).toBe(c.outcome);
      expect(decision.ruleId).toBe(c.rule);
      if (c.conflict)
        expect(decision.conflictOpportunityId ?? decision.conflictRegistrationId).toBe(c.conflict);
      expect(decision.reason.length).toBeGreaterThan(20);
    });
  }
});

describe('tuning and switching rules', () => {
  it('without product-line co-existence, an added line is still rejected', () => {
    const config = withRule('direct-opportunity', { productLineCoexistence: false });
    const decision = evaluateRules(
      config,
      inputs({ productLines: ['Analytics', 'Security'], direct: [opportunity()] }),
    );
    expect(decision).toMatchObject({ outcome: 'rejected', ruleId: 'direct-opportunity' });
  });

  it('a shorter look-back ignores older opportunities', () => {
    const config = withRule('direct-opportunity', { lookbackDays: 14 });
    expect(evaluateRules(config, inputs({ direct: [opportunity()] })).outcome).toBe('approved');
  });

  it('with sameProductLineOnly off, any live registration on the account conflicts', () => {
    const config = withRule('partner-conflict', { sameProductLineOnly: false });
    const decision = evaluateRules(
      config,
      inputs({ others: [otherRegistration({ productLines: ['Security'] })] }),
    );
    expect(decision).toMatchObject({ outcome: 'under_review', ruleId: 'partner-conflict' });
  });

  it('the new-account rule, switched on, routes new customers to a manager', () => {
    const config = withRule('new-account', { enabled: true });
    expect(evaluateRules(config, inputs({ match: 'new' }))).toMatchObject({
      outcome: 'under_review',
      ruleId: 'new-account',
    });
  });

  it('no limit approves any amount', () => {
    const config = withRule('auto-approve', { maxAmountMinor: null });
    expect(evaluateRules(config, inputs({ amountMinor: 9_000_000_000, currency: 'JPY' })).outcome).toBe(
      'approved',
    );
  });

  it('a disabled rule never decides', () => {
    const config = withRule('direct-opportunity', { enabled: false });
    expect(evaluateRules(config, inputs({ direct: [opportunity()] })).outcome).toBe('approved');
  });

  it('with auto-approve off, nothing approves: a manager reviews', () => {
    const config = withRule('auto-approve', { enabled: false });
    expect(evaluateRules(config, inputs())).toMatchObject({ outcome: 'under_review', ruleId: 'no-rule' });
  });
});

describe('interplay: order decides', () => {
  const both = inputs({ direct: [opportunity()], others: [otherRegistration()] });

  it('by default the direct pipeline comes before other partners', () => {
    expect(evaluateRules(DEFAULT, both).ruleId).toBe('direct-opportunity');
  });

  it('reordered, the partner conflict is named first', () => {
    const [direct, partner, ...rest] = DEFAULT.rules;
    const config = { ...DEFAULT, rules: [partner!, direct!, ...rest] };
    expect(evaluateRules(config, both)).toMatchObject({
      ruleId: 'partner-conflict',
      conflictRegistrationId: 'reg-first',
    });
  });

  it('auto-approve placed first approves before any conflict check', () => {
    const autoApprove = DEFAULT.rules.find((r) => r.id === 'auto-approve')!;
    const config = { ...DEFAULT, rules: [autoApprove, ...DEFAULT.rules.filter((r) => r !== autoApprove)] };
    expect(evaluateRules(config, both)).toMatchObject({ outcome: 'approved', ruleId: 'auto-approve' });
  });

  it('a fuzzy match with a conflict names the conflict, not the fuzzy match', () => {
    expect(
      evaluateRules(DEFAULT, inputs({ match: 'fuzzy_name', others: [otherRegistration()] })).ruleId,
    ).toBe('partner-conflict');
  });

  it('a product line added to a direct opportunity and claimed by another partner → review for the opportunity', () => {
    const decision = evaluateRules(
      DEFAULT,
      inputs({
        productLines: ['Analytics', 'Security'],
        direct: [opportunity()],
        others: [otherRegistration({ productLines: ['Security'] })],
      }),
    );
    expect(decision).toMatchObject({
      outcome: 'under_review',
      ruleId: 'direct-opportunity',
      conflictOpportunityId: 'opp-1',
    });
  });
});

describe('reasons a partner can read', () => {
  it('never name the other partner', () => {
    const decision = evaluateRules(DEFAULT, inputs({ others: [otherRegistration()] }));
    expect(decision.reason).not.toContain('Other Partner');
    expect(decision.reason).toContain(daysAfter(50).slice(0, 10));
  });

  it('state the limit in money, not minor units', () => {
    expect(evaluateRules(DEFAULT, inputs({ amountMinor: 30_000_000 })).reason).toContain('USD 250,000.00');
  });
});

describe('the rule-set configuration', () => {
  it('defaults to 60/90/120 days of protection by tier', () => {
    expect([null, 'silver', 'gold', 'platinum'].map((tier) => protectionDaysFor(DEFAULT, tier))).toEqual([
      60, 60, 90, 120,
    ]);
  });

  it('refuses a rule listed twice and unknown rules', () => {
    const twice = ZRuleSetConfig.safeParse({ ...DEFAULT, rules: [...DEFAULT.rules, DEFAULT.rules[0]] });
    expect(twice.success).toBe(false);
    const unknown = ZRuleSetConfig.safeParse({ ...DEFAULT, rules: [{ id: 'coin-flip', enabled: true }] });
    expect(unknown.success).toBe(false);
  });

  it('accepts the default', () => {
    expect(ZRuleSetConfig.parse(DEFAULT)).toEqual(DEFAULT);
  });
});
