import { describe, expect, it } from 'vitest';
import { DEFAULT_TIER_PROGRAM } from '../../../../modules/tiers/default-tier-program';
import {
  countEvaluations,
  type Evaluation,
  filterEvaluations,
  kindOf,
  pageOf,
  sortEvaluations,
  tierDistribution,
} from '../evaluation-summary';

const tiers = DEFAULT_TIER_PROGRAM.tiers;
let n = 0;
function evaluation(patch: Partial<Evaluation>): Evaluation {
  n += 1;
  return {
    partnerId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    partnerName: `Partner ${n}`,
    currentTier: 'silver',
    qualifiedTier: 'silver',
    tierAfter: 'silver',
    action: 'keep',
    moves: false,
    reason: 'Still qualifies for silver',
    demotionDueAt: null,
    metrics: {},
    ...patch,
  };
}

const promoted = evaluation({ partnerName: 'Bramble', action: 'promote', moves: true, tierAfter: 'gold' });
const assigned = evaluation({ partnerName: 'Alder', action: 'assign', moves: true, currentTier: null });
const waiting = evaluation({ partnerName: 'Cedar', action: 'promotion_pending_approval', moves: false });
const starts = evaluation({ partnerName: 'Dogwood', action: 'promotion_pending_approval', moves: true });
const warned = evaluation({
  partnerName: 'Elm',
  action: 'demotion_warning',
  moves: true,
  currentTier: 'gold',
  tierAfter: 'gold',
});
const grace = evaluation({
  partnerName: 'Fir',
  action: 'demotion_pending',
  currentTier: 'gold',
  tierAfter: 'gold',
});
const demoted = evaluation({
  partnerName: 'Gum',
  action: 'demote',
  moves: true,
  currentTier: 'platinum',
  tierAfter: 'gold',
});
const kept = evaluation({ partnerName: 'Hazel' });
const retired = evaluation({
  partnerName: 'Ivy',
  currentTier: 'bronze',
  tierAfter: 'silver',
  action: 'assign',
  moves: true,
});
const all = [promoted, assigned, waiting, starts, warned, grace, demoted, kept, retired];

describe('the evaluation preview', () => {
  it('tells an approval that waits now from one the evaluation would start', () => {
    expect(kindOf(waiting)).toBe('awaiting_approval');
    expect(kindOf(starts)).toBe('pending_approval');
    expect(all.map(kindOf)).toEqual([
      'promotion',
      'first_tier',
      'awaiting_approval',
      'pending_approval',
      'warning',
      'grace',
      'demotion',
      'unchanged',
      'first_tier',
    ]);
  });

  it('counts promotions, approvals, warnings, demotions and the unchanged', () => {
    expect(countEvaluations(all)).toEqual({
      promote: 3,
      approval: 2,
      warn: 1,
      demote: 1,
      unchanged: 2,
      grace: 1,
    });
  });

  it('counts partners per tier now and after, in tier order, with other tiers and no tier last', () => {
    expect(tierDistribution(all, [tiers[2]!, tiers[1]!, tiers[0]!])).toEqual([
      { tier: 'Silver', now: 4, after: 5 },
      { tier: 'Gold', now: 2, after: 4 },
      { tier: 'Platinum', now: 1, after: 0 },
      { tier: 'Bronze', now: 1, after: 0 },
      { tier: 'No tier', now: 1, after: 0 },
    ]);
  });

  it('shows what needs attention unless asked for everyone, and filters by name, kind and tier', () => {
    const base = { scope: 'changes' as const, q: '', kinds: [], tier: null };
    expect(filterEvaluations(all, base)).not.toContain(kept);
    expect(filterEvaluations(all, base)).toContain(grace);
    expect(filterEvaluations(all, { ...base, scope: 'all' })).toHaveLength(all.length);
    expect(filterEvaluations(all, { ...base, q: 'ELM' })).toEqual([warned]);
    expect(filterEvaluations(all, { ...base, kinds: ['demotion', 'warning'] })).toEqual([warned, demoted]);
    expect(filterEvaluations(all, { ...base, tier: 'platinum' })).toEqual([demoted]);
    expect(filterEvaluations(all, { ...base, tier: 'none' })).toEqual([assigned]);
  });

  it('sorts by kind, name or tier rank in either direction, then by name', () => {
    const names = (rows: Evaluation[]) => rows.map((e) => e.partnerName);
    expect(names(sortEvaluations([kept, demoted, promoted, assigned], 'kind', tiers))).toEqual([
      'Bramble',
      'Alder',
      'Gum',
      'Hazel',
    ]);
    expect(names(sortEvaluations([kept, demoted, promoted], '-partner', tiers))).toEqual([
      'Hazel',
      'Gum',
      'Bramble',
    ]);
    expect(names(sortEvaluations([kept, demoted, warned, assigned], '-currentTier', tiers))).toEqual([
      'Gum',
      'Elm',
      'Hazel',
      'Alder',
    ]);
  });

  it('pages the rows', () => {
    const rows = Array.from({ length: 30 }, (_, i) => i);
    expect(pageOf(rows, 2)).toEqual([25, 26, 27, 28, 29]);
    expect(pageOf(rows, 1, 10)).toHaveLength(10);
  });
});
