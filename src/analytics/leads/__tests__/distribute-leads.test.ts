import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capacityOf,
  type DistributionCandidate,
  type DistributionRules,
  distributeLeads,
  ineligibility,
  type LeadToDistribute,
} from '../distribute-leads.js';

const RULES: DistributionRules = {
  filterRegion: true,
  filterSpecialization: false,
  weights: { region: 20, specialization: 25, tier: 20, capacity: 15, acceptance: 10, fit: 10 },
  minPartnerScore: 0,
  minLeadScore: 0,
  eligibleStages: ['active'],
  eligibleTypes: ['reseller', 'si', 'isv', 'msp', 'referral', 'cloud_marketplace'],
  defaultCapacity: 10_000,
  capacityByPartner: {},
  minAcceptanceSample: 5,
  sourcePartnerFirst: true,
};

function partner(id: string, overrides: Partial<DistributionCandidate> = {}): DistributionCandidate {
  return {
    id,
    stage: 'active',
    type: 'reseller',
    regions: ['EMEA'],
    specializations: ['security'],
    tierWeight: 1,
    openLoad: 0,
    acceptance: { accepted: 0, answered: 0 },
    fitScore: 50,
    lastAssignedAt: null,
    ...overrides,
  };
}

function lead(id: string, overrides: Partial<LeadToDistribute> = {}): LeadToDistribute {
  return {
    id,
    region: 'EMEA',
    interests: ['security'],
    score: 50,
    sourcePartnerId: null,
    excludedPartnerIds: [],
    ...overrides,
  };
}

const rules = (overrides: Partial<DistributionRules> = {}): DistributionRules => ({ ...RULES, ...overrides });
const only = (overrides: Partial<DistributionRules['weights']>) => ({
  weights: { region: 0, specialization: 0, tier: 0, capacity: 0, acceptance: 0, fit: 0, ...overrides },
});

describe('distributeLeads: each criterion', () => {
  const cases: {
    name: string;
    lead: LeadToDistribute;
    candidates: DistributionCandidate[];
    rules: DistributionRules;
    winner: string | null;
    reason?: RegExp;
  }[] = [
    {
      name: 'region filter keeps out partners not covering the region',
      lead: lead('l', { region: 'APAC' }),
      candidates: [partner('a', { regions: ['EMEA'] }), partner('b', { regions: ['APAC'] })],
      rules: rules(),
      winner: 'b',
    },
    {
      name: 'region weight (filter off) prefers the partner covering the region',
      lead: lead('l', { region: 'NA' }),
      candidates: [partner('a', { regions: ['EMEA'] }), partner('b', { regions: ['NA'] })],
      rules: rules({ filterRegion: false, ...only({ region: 1 }) }),
      winner: 'b',
    },
    {
      name: 'unknown region passes the filter',
      lead: lead('l', { region: null }),
      candidates: [partner('a', { regions: ['APAC'] })],
      rules: rules(),
      winner: 'a',
    },
    {
      name: 'specialization weight prefers the partner covering more interests',
      lead: lead('l', { interests: ['security', 'devops'] }),
      candidates: [
        partner('a', { specializations: ['security'] }),
        partner('b', { specializations: ['security', 'devops'] }),
      ],
      rules: rules(only({ specialization: 1 })),
      winner: 'b',
    },
    {
      name: 'specialization filter refuses partners without any interest',
      lead: lead('l', { interests: ['erp'] }),
      candidates: [partner('a', { specializations: ['security'] })],
      rules: rules({ filterSpecialization: true }),
      winner: null,
      reason: /No eligible partner/,
    },
    {
      name: 'partner type outside the eligible types is skipped',
      lead: lead('l'),
      candidates: [partner('a', { type: 'referral', tierWeight: 4 }), partner('b', { type: 'si' })],
      rules: rules({ eligibleTypes: ['si'] }),
      winner: 'b',
    },
    {
      name: 'partner stage outside the eligible stages is skipped',
      lead: lead('l'),
      candidates: [partner('a', { stage: 'onboarding', tierWeight: 4 }), partner('b')],
      rules: rules(),
      winner: 'b',
    },
    {
      name: 'tier weight prefers the higher tier',
      lead: lead('l'),
      candidates: [
        partner('a', { tierWeight: 1 }),
        partner('b', { tierWeight: 4 }),
        partner('c', { tierWeight: 2 }),
      ],
      rules: rules(only({ tier: 1 })),
      winner: 'b',
    },
    {
      name: 'capacity weight prefers the partner with more room',
      lead: lead('l'),
      candidates: [partner('a', { openLoad: 8 }), partner('b', { openLoad: 2 })],
      rules: rules({ defaultCapacity: 10, ...only({ capacity: 1 }) }),
      winner: 'b',
    },
    {
      name: 'a partner at capacity is skipped',
      lead: lead('l'),
      candidates: [partner('a', { openLoad: 3, tierWeight: 4 }), partner('b')],
      rules: rules({ capacityByPartner: { a: 3 } }),
      winner: 'b',
    },
    {
      name: 'acceptance rate prefers the partner that accepts more',
      lead: lead('l'),
      candidates: [
        partner('a', { acceptance: { accepted: 2, answered: 10 } }),
        partner('b', { acceptance: { accepted: 9, answered: 10 } }),
      ],
      rules: rules(only({ acceptance: 1 })),
      winner: 'b',
    },
    {
      name: 'an acceptance rate on too few answers counts as neutral',
      lead: lead('l'),
      candidates: [
        partner('a', { acceptance: { accepted: 1, answered: 1 } }),
        partner('b', { acceptance: { accepted: 6, answered: 10 } }),
      ],
      rules: rules(only({ acceptance: 1 })),
      winner: 'b',
    },
    {
      name: 'fit score prefers the better-fitting partner',
      lead: lead('l'),
      candidates: [partner('a', { fitScore: 40 }), partner('b', { fitScore: 90 })],
      rules: rules(only({ fit: 1 })),
      winner: 'b',
    },
    {
      name: 'a lead below the minimum lead score is not routed',
      lead: lead('l', { score: 20 }),
      candidates: [partner('a')],
      rules: rules({ minLeadScore: 30 }),
      winner: null,
      reason: /below the routing minimum/,
    },
    {
      name: 'a best score below the minimum partner score is not routed',
      lead: lead('l'),
      candidates: [partner('a', { fitScore: 10 })],
      rules: rules({ minPartnerScore: 50, ...only({ fit: 1 }) }),
      winner: null,
      reason: /below the minimum of 50/,
    },
    {
      name: 'partners that declined or let the lead expire are excluded',
      lead: lead('l', { excludedPartnerIds: ['a'] }),
      candidates: [partner('a', { tierWeight: 4 }), partner('b')],
      rules: rules(),
      winner: 'b',
    },
    {
      name: 'no eligible partner at all',
      lead: lead('l', { excludedPartnerIds: ['a'] }),
      candidates: [partner('a')],
      rules: rules(),
      winner: null,
      reason: /No eligible partner/,
    },
    {
      name: 'the source partner gets its own campaign lead first, whatever the scores',
      lead: lead('l', { sourcePartnerId: 'a', region: 'APAC' }),
      candidates: [
        partner('a', { regions: ['EMEA'], tierWeight: 0 }),
        partner('b', { regions: ['APAC'], tierWeight: 4 }),
      ],
      rules: rules(),
      winner: 'a',
      reason: /own campaign/,
    },
    {
      name: 'a source partner at capacity falls back to the rules',
      lead: lead('l', { sourcePartnerId: 'a' }),
      candidates: [partner('a', { openLoad: 1 }), partner('b')],
      rules: rules({ capacityByPartner: { a: 1 } }),
      winner: 'b',
    },
  ];

  it.each(cases)('$name', ({ lead: l, candidates, rules: r, winner, reason }) => {
    const [decision] = distributeLeads([l], candidates, r);
    expect(decision!.partnerId).toBe(winner);
    if (reason) expect(decision!.reason).toMatch(reason);
    if (winner) expect(decision!.winner!.partnerId).toBe(winner);
  });
});

describe('distributeLeads: ties and round-robin', () => {
  it('gives a tie to the partner assigned least recently, never-assigned first', () => {
    const candidates = [
      partner('a', { lastAssignedAt: 2_000 }),
      partner('b', { lastAssignedAt: 1_000 }),
      partner('c', { lastAssignedAt: 3_000 }),
    ];
    const [first] = distributeLeads([lead('l')], candidates, rules(only({ fit: 1 })));
    expect(first!.partnerId).toBe('b');
    expect(first!.tieBreak).toBe('least_recently_assigned');
    const [second] = distributeLeads([lead('l')], [...candidates, partner('d')], rules(only({ fit: 1 })));
    expect(second!.partnerId).toBe('d');
  });

  it('breaks a tie between partners never assigned by the stable order, then rotates', () => {
    const decisions = distributeLeads(
      ['1', '2', '3', '4'].map((id) => lead(id)),
      [partner('c'), partner('a'), partner('b')],
      rules(only({ fit: 1 })),
    );
    expect(decisions.map((d) => d.partnerId)).toEqual(['a', 'b', 'c', 'a']);
    expect(decisions[0]!.tieBreak).toBe('stable_order');
    expect(decisions[3]!.tieBreak).toBe('least_recently_assigned');
  });

  it('reports the winner’s breakdown and the runners-up', () => {
    const [decision] = distributeLeads(
      [lead('l')],
      [partner('a', { tierWeight: 4 }), partner('b', { tierWeight: 2 }), partner('c', { tierWeight: 1 })],
      rules(),
    );
    expect(decision!.partnerId).toBe('a');
    expect(decision!.tieBreak).toBe('best_score');
    expect(decision!.runnersUp.map((r) => r.partnerId)).toEqual(['b', 'c']);
    const points = decision!.winner!.criteria.reduce((sum, c) => sum + c.points, 0);
    expect(points).toBeCloseTo(decision!.winner!.score, 1);
    expect(decision!.winner!.criteria.map((c) => c.criterion)).toEqual([
      'region',
      'specialization',
      'tier',
      'capacity',
      'acceptance',
      'fit',
    ]);
  });

  it('respects capacity within the batch and leaves the rest unassigned', () => {
    const decisions = distributeLeads(
      ['1', '2', '3', '4', '5'].map((id) => lead(id)),
      [partner('a', { openLoad: 1 }), partner('b')],
      rules({ defaultCapacity: 2 }),
    );
    const counts = countBy(decisions.map((d) => d.partnerId));
    expect(counts.get('a')).toBe(1);
    expect(counts.get('b')).toBe(2);
    expect(counts.get(null)).toBe(2);
  });
});

function countBy<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

describe('distributeLeads: fairness over many leads', () => {
  it('splits 3,000 leads between 3 identical partners 1,000 ± 1 each', () => {
    const leads = Array.from({ length: 3_000 }, (_, i) => lead(`l${i}`));
    const decisions = distributeLeads(leads, [partner('a'), partner('b'), partner('c')], rules());
    const counts = countBy(decisions.map((d) => d.partnerId));
    for (const id of ['a', 'b', 'c']) expect(Math.abs(counts.get(id)! - 1_000)).toBeLessThanOrEqual(1);
  });

  // The tier bonus is weighed against free capacity, so as the higher tiers fill up the lower ones get leads.
  it('gives higher tiers more leads, in tier order, without starving the lower ones', () => {
    const leads = Array.from({ length: 3_000 }, (_, i) => lead(`l${i}`));
    const decisions = distributeLeads(
      leads,
      [
        partner('silver', { tierWeight: 1 }),
        partner('gold', { tierWeight: 2 }),
        partner('platinum', { tierWeight: 4 }),
      ],
      rules({ defaultCapacity: 1_200 }),
    );
    const counts = countBy(decisions.map((d) => d.partnerId));
    expect(counts.get('platinum')!).toBeGreaterThan(counts.get('gold')!);
    expect(counts.get('gold')!).toBeGreaterThan(counts.get('silver')!);
    expect(counts.get('silver')!).toBeGreaterThan(0);
    expect(counts.get(null)).toBeUndefined();
  });

  it('is deterministic', () => {
    const leads = Array.from({ length: 200 }, (_, i) => lead(`l${i}`, { region: i % 2 ? 'EMEA' : null }));
    const candidates = [partner('a', { tierWeight: 2 }), partner('b'), partner('c', { fitScore: 80 })];
    expect(distributeLeads(leads, candidates, rules())).toEqual(distributeLeads(leads, candidates, rules()));
  });
});

describe('distributeLeads: properties', () => {
  const REGIONS = ['NA', 'LATAM', 'EMEA', 'APAC'];
  const SPECS = ['security', 'devops', 'erp', 'crm'];
  const arbPartner = fc.record({
    stage: fc.constantFrom('active', 'onboarding', 'at_risk'),
    type: fc.constantFrom('reseller', 'si', 'msp'),
    regions: fc.subarray(REGIONS),
    specializations: fc.subarray(SPECS),
    tierWeight: fc.integer({ min: 0, max: 4 }),
    openLoad: fc.integer({ min: 0, max: 6 }),
    accepted: fc.integer({ min: 0, max: 10 }),
    extra: fc.integer({ min: 0, max: 10 }),
    fitScore: fc.integer({ min: 0, max: 100 }),
    lastAssignedAt: fc.option(fc.integer({ min: 0, max: 1_000_000 })),
  });
  const arbLead = fc.record({
    region: fc.option(fc.constantFrom(...REGIONS)),
    interests: fc.subarray(SPECS),
    score: fc.integer({ min: 0, max: 100 }),
    source: fc.option(fc.integer({ min: 0, max: 7 })),
    excluded: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7]),
  });
  const arbRules = fc.record({
    filterRegion: fc.boolean(),
    filterSpecialization: fc.boolean(),
    defaultCapacity: fc.integer({ min: 1, max: 8 }),
    minPartnerScore: fc.integer({ min: 0, max: 60 }),
    eligibleTypes: fc.subarray(['reseller', 'si', 'msp'], { minLength: 1 }),
  });

  it('never exceeds a capacity and only ever assigns eligible partners', () => {
    fc.assert(
      fc.property(
        fc.array(arbPartner, { minLength: 1, maxLength: 8 }),
        fc.array(arbLead, { maxLength: 40 }),
        arbRules,
        (ps, ls, rs) => {
          const candidates = ps.map((p, i) =>
            partner(`p${i}`, { ...p, acceptance: { accepted: p.accepted, answered: p.accepted + p.extra } }),
          );
          const leads = ls.map((l, i) =>
            lead(`l${i}`, {
              region: l.region,
              interests: l.interests,
              score: l.score,
              sourcePartnerId: l.source === null ? null : `p${l.source}`,
              excludedPartnerIds: l.excluded.map((x) => `p${x}`),
            }),
          );
          const r = rules(rs);
          const decisions = distributeLeads(leads, candidates, r);
          const load = new Map(candidates.map((c) => [c.id, c.openLoad]));
          decisions.forEach((d, i) => {
            if (!d.partnerId) return;
            const c = candidates.find((x) => x.id === d.partnerId)!;
            const l = leads[i]!;
            const fromSource = d.tieBreak === 'source_partner';
            expect(fromSource ? l.sourcePartnerId : c.id).toBe(c.id);
            expect(ineligibility(l, c, r, load.get(c.id)!, !fromSource)).toBeNull();
            if (!fromSource) expect(d.winner!.score).toBeGreaterThanOrEqual(r.minPartnerScore);
            load.set(c.id, load.get(c.id)! + 1);
          });
          for (const c of candidates)
            expect(load.get(c.id)!).toBeLessThanOrEqual(Math.max(c.openLoad, capacityOf(r, c.id)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
