import { describe, expect, it } from 'vitest';
import { DEFAULT_TIER_PROGRAM } from '../../../../modules/tiers/default-tier-program';
import { ZReplaceTierProgram } from '../../../../modules/tiers/tiers.schemas';
import {
  addCriterion,
  addTier,
  bodyFrom,
  CUSTOM,
  draftFrom,
  keyFromName,
  moveTier,
  newRate,
  type ProgramDraft,
  renameTier,
  sameDraft,
} from '../tier-program-draft';

const program = { ...DEFAULT_TIER_PROGRAM, updatedAt: null };

function withTier(draft: ProgramDraft, index: number, patch: Partial<ProgramDraft['tiers'][number]>) {
  return { ...draft, tiers: draft.tiers.map((t, i) => (i === index ? { ...t, ...patch } : t)) };
}

describe('the tier program draft', () => {
  it('gives back the program it was made from, ranked by position', () => {
    const { body, problems } = bodyFrom(draftFrom(program));
    expect(problems).toEqual([]);
    expect(body).toEqual(DEFAULT_TIER_PROGRAM);
    expect(ZReplaceTierProgram.safeParse(body).success).toBe(true);
  });

  it('shows revenue in major units and PSAT in percent, and sends them back as stored', () => {
    const draft = draftFrom(program);
    const platinum = draft.tiers[2]!;
    expect(platinum.criteria.map((c) => c.threshold)).toEqual([1_000_000, 8, 5, 80]);
    const edited = withTier(draft, 1, {
      criteria: draft.tiers[1]!.criteria.map((c, j) => (j === 0 ? { ...c, threshold: '300000.5' } : c)),
    });
    expect(bodyFrom(edited).body.tiers[1]!.criteria[0]).toEqual({
      metric: 'sourcedRevenueMinor',
      min: 30_000_050,
    });
    const yen = bodyFrom({ ...edited, currency: 'JPY', rates: [] });
    expect(yen.problems).toEqual([
      { field: 'tiers.1.criteria.0.min', message: 'JPY amounts have no decimals' },
    ]);
  });

  it('ranks tiers by their new order after a move, and ignores moves past either end', () => {
    const draft = draftFrom(program);
    const moved = moveTier(draft.tiers, 2, -1);
    expect(moved.map((t) => t.key)).toEqual(['silver', 'platinum', 'gold']);
    expect(moveTier(draft.tiers, 0, -1)).toBe(draft.tiers);
    expect(moveTier(draft.tiers, 2, 1)).toBe(draft.tiers);
    const body = bodyFrom({ ...draft, tiers: moved }).body;
    expect(body.tiers.map((t) => [t.key, t.rank])).toEqual([
      ['silver', 1],
      ['platinum', 2],
      ['gold', 3],
    ]);
  });

  it('adds a tier on top with the top tier’s benefits and a key from its name until the key is typed', () => {
    const draft = draftFrom(program);
    const tiers = addTier(draft.tiers);
    expect(tiers).toHaveLength(4);
    const added = renameTier(tiers[3]!, 'Diamond Élite 2');
    expect(added).toMatchObject({ key: 'diamond-elite-2', savedKey: null, benefits: tiers[2]!.benefits });
    expect(renameTier({ ...added, key: 'diamond', keyEdited: true }, 'Diamond').key).toBe('diamond');
    expect(keyFromName('  3 Stars!  ')).toBe('stars');
    expect(renameTier(draft.tiers[1]!, 'Gold Plus').key).toBe('gold');
  });

  it('adds a criterion on a metric the tier does not use yet, and names a custom metric', () => {
    const draft = draftFrom(program);
    const gold = addCriterion(draft.tiers[1]!);
    expect(gold.criteria.map((c) => c.metric)).toEqual([
      'sourcedRevenueMinor',
      'wonDeals',
      'certifiedPeople',
      'influencedRevenueMinor',
    ]);
    const custom = {
      ...gold,
      criteria: [
        ...draft.tiers[1]!.criteria,
        { uid: 'x', metric: CUSTOM, customKey: 'joint-webinars', threshold: 2 },
      ],
    };
    expect(bodyFrom(withTier(draft, 1, custom)).body.tiers[1]!.criteria[3]).toEqual({
      metric: 'custom:joint-webinars',
      min: 2,
    });
    const bad = bodyFrom(
      withTier(draft, 1, { criteria: [{ ...custom.criteria[3]!, customKey: 'Joint Webinars' }] }),
    );
    expect(bad.problems.map((p) => p.field)).toEqual(['tiers.1.criteria.0.metric']);
  });

  it('names empty numbers and wrong exchange rates at their fields', () => {
    const draft = draftFrom(program);
    const { problems, body } = bodyFrom({
      ...withTier(draft, 0, { benefits: { ...draft.tiers[0]!.benefits, protectionDays: '' } }),
      demotionGraceDays: '',
      rates: [
        ...draft.rates.filter((r) => r.currency === 'EUR'),
        { uid: 'a', currency: 'eur', rate: 1.1 },
        { uid: 'b', currency: 'USD', rate: 1 },
        { uid: 'c', currency: 'EURO', rate: 1 },
        newRate(),
      ],
    });
    expect(problems).toEqual([
      { field: 'tiers.0.benefits.protectionDays', message: 'Enter a number' },
      { field: 'exchangeRates.#1', message: 'EUR is listed twice' },
      { field: 'exchangeRates.#2', message: 'USD is the program currency' },
      { field: 'exchangeRates.#3', message: 'Use a three-letter code such as EUR' },
      { field: 'demotionGraceDays', message: 'Enter a number' },
    ]);
    expect(body.exchangeRates).toEqual({ EUR: 1.08 });
  });

  it('tells a changed draft from an unchanged one', () => {
    const a = draftFrom(program);
    expect(sameDraft(a, draftFrom(program))).toBe(true);
    expect(sameDraft(a, { ...a, promotionNeedsApproval: true })).toBe(false);
    expect(sameDraft(a, { ...a, tiers: moveTier(a.tiers, 1, 1) })).toBe(false);
  });
});
