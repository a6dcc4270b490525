import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SET_CONFIG, ZRuleSetConfig } from '../../../../modules/deals/rules/rule-set-config';
import { DEFAULT_RULES } from '../rule-info';
import { configFrom, draftFrom, localErrors, moveRule, type RuleDraft } from '../rule-set-draft';

describe('the rule-set editor draft', () => {
  it('gives back the config it was made from', () => {
    expect(configFrom(draftFrom(DEFAULT_RULE_SET_CONFIG))).toEqual(DEFAULT_RULE_SET_CONFIG);
  });

  it('keeps the server defaults for a rule a version left out, switched off and placed last', () => {
    for (const rule of DEFAULT_RULE_SET_CONFIG.rules) expect(DEFAULT_RULES[rule.id]).toEqual(rule);
    const config = { ...DEFAULT_RULE_SET_CONFIG, rules: [DEFAULT_RULE_SET_CONFIG.rules[1]!] };
    const draft = draftFrom(config);
    expect(draft.rules.map((r) => r.id)).toEqual([
      'partner-conflict',
      'direct-opportunity',
      'fuzzy-account-review',
      'new-account',
      'auto-approve',
    ]);
    expect(draft.rules.slice(1).every((r) => !r.enabled)).toBe(true);
    expect(ZRuleSetConfig.safeParse(configFrom(draft)).success).toBe(true);
  });

  it('turns the limit typed in major units into minor units, or null for no limit', () => {
    const draft = draftFrom(DEFAULT_RULE_SET_CONFIG);
    const index = draft.rules.findIndex((r) => r.id === 'auto-approve');
    const limit = (patch: Partial<Extract<RuleDraft, { id: 'auto-approve' }>>) => {
      const rules = draft.rules.map((r, i) => (i === index ? ({ ...r, ...patch } as RuleDraft) : r));
      return configFrom({ ...draft, rules }).rules[index];
    };
    expect(draft.rules[index]).toMatchObject({ maxAmount: 250_000, noLimit: false });
    expect(limit({ maxAmount: 40_000.5 })).toMatchObject({ maxAmountMinor: 4_000_050 });
    expect(limit({ maxAmount: 1_000, currency: 'jpy' })).toMatchObject({
      maxAmountMinor: 1_000,
      currency: 'JPY',
    });
    expect(limit({ noLimit: true })).toMatchObject({ maxAmountMinor: null });
  });

  it('asks for a limit rather than sending a blank one, which would mean "no limit"', () => {
    const draft = draftFrom(DEFAULT_RULE_SET_CONFIG);
    const rules = draft.rules.map((r) => (r.id === 'auto-approve' ? { ...r, maxAmount: '' } : r));
    expect(localErrors({ ...draft, rules })).toEqual([
      { field: 'config.rules.4.maxAmountMinor', message: expect.stringContaining('No limit') },
    ]);
    expect(localErrors(draft)).toEqual([]);
  });

  it('sends an empty number as null, so the API names the field', () => {
    const draft = draftFrom(DEFAULT_RULE_SET_CONFIG);
    const result = ZRuleSetConfig.safeParse(configFrom({ ...draft, extensionDays: '' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['extension', 'days']);
  });

  it('moves a rule up or down and not past either end', () => {
    const rules = draftFrom(DEFAULT_RULE_SET_CONFIG).rules;
    expect(
      moveRule(rules, 1, -1)
        .map((r) => r.id)
        .slice(0, 2),
    ).toEqual(['partner-conflict', 'direct-opportunity']);
    expect(moveRule(rules, 0, -1)).toBe(rules);
    expect(moveRule(rules, rules.length - 1, 1)).toBe(rules);
  });
});
