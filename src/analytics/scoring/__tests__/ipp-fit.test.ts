import { describe, expect, it } from 'vitest';
import { type FitSubject, type IppCriterion, scoreFit } from '../ipp-fit.js';

const subject = (over: Partial<FitSubject> = {}): FitSubject => ({
  type: 'si',
  regions: ['EMEA'],
  specializations: ['security', 'cloud'],
  employees: 250,
  certifiedCount: 3,
  overlapCount: 40,
  ...over,
});

const criterion = (c: Omit<IppCriterion, 'id' | 'label' | 'weight'> & Partial<IppCriterion>): IppCriterion =>
  ({ id: `c-${c.kind}`, label: `${c.kind} label`, weight: 10, ...c }) as IppCriterion;

describe('scoreFit', () => {
  it('scores 0 with no reasons when there are no criteria', () => {
    expect(scoreFit([], subject())).toEqual({ score: 0, reasons: [] });
  });

  it('partner_type: full points for a preferred type, none otherwise', () => {
    const c = criterion({ kind: 'partner_type', preferred: ['si', 'msp'] });
    const hit = scoreFit([c], subject());
    expect(hit.score).toBe(100);
    expect(hit.reasons[0]).toEqual({
      criterionId: 'c-partner_type',
      label: 'partner_type label',
      weight: 10,
      points: 10,
      reason: 'Type si is a preferred type',
    });
    const miss = scoreFit([c], subject({ type: 'reseller' }));
    expect(miss.score).toBe(0);
    expect(miss.reasons[0]!.points).toBe(0);
    expect(miss.reasons[0]!.reason).toBe('Type reseller is not among the preferred (si, msp)');
  });

  it('region: any covered target region earns the whole weight', () => {
    const c = criterion({ kind: 'region', targets: ['NA', 'EMEA'] });
    const hit = scoreFit([c], subject({ regions: ['APAC', 'EMEA'] }));
    expect(hit.score).toBe(100);
    expect(hit.reasons[0]!.reason).toBe('Covers target region EMEA');
    const miss = scoreFit([c], subject({ regions: ['APAC'] }));
    expect(miss.score).toBe(0);
    expect(miss.reasons[0]!.reason).toBe('Covers APAC; targets are NA, EMEA');
    expect(scoreFit([c], subject({ regions: [] })).reasons[0]!.reason).toBe(
      'Covers none; targets are NA, EMEA',
    );
  });

  it('specialization: a share per wanted specialization up to "enough"', () => {
    const c = criterion({
      kind: 'specialization',
      wanted: ['security', 'cloud', 'data'],
      enough: 4,
      weight: 8,
    });
    const half = scoreFit([c], subject());
    expect(half.score).toBe(50);
    expect(half.reasons[0]!.points).toBe(4);
    expect(half.reasons[0]!.reason).toBe(
      'Has 2 of the wanted specializations (security, cloud); 4 earn full points',
    );
    const full = scoreFit([{ ...c, enough: 2 } as IppCriterion], subject());
    expect(full.score).toBe(100);
    const capped = scoreFit([{ ...c, enough: 1 } as IppCriterion], subject());
    expect(capped.score).toBe(100);
    expect(capped.reasons[0]!.points).toBe(8);
    const none = scoreFit([c], subject({ specializations: ['networking'] }));
    expect(none.score).toBe(0);
    expect(none.reasons[0]!.reason).toBe('Has none of the wanted specializations (security, cloud, data)');
  });

  it('specialization: counts a repeated specialization once', () => {
    const c = criterion({ kind: 'specialization', wanted: ['security', 'cloud'], enough: 2 });
    const fit = scoreFit([c], subject({ specializations: ['security', 'security', 'security'] }));
    expect(fit.score).toBe(50);
    expect(fit.reasons[0]!.reason).toBe('Has 1 of the wanted specializations (security); 2 earn full points');
  });

  it('company_size: inside the range (bounds included), outside, open ends, unknown', () => {
    const c = criterion({ kind: 'company_size', min: 50, max: 250 });
    expect(scoreFit([c], subject({ employees: 50 })).score).toBe(100);
    expect(scoreFit([c], subject({ employees: 250 })).score).toBe(100);
    expect(scoreFit([c], subject({ employees: 251 })).score).toBe(0);
    expect(scoreFit([c], subject({ employees: 49 })).score).toBe(0);
    expect(scoreFit([c], subject({ employees: 100 })).reasons[0]!.reason).toBe(
      '100 employees is within the wanted 50–250 employees',
    );
    expect(scoreFit([c], subject({ employees: 900 })).reasons[0]!.reason).toBe(
      '900 employees is outside the wanted 50–250 employees',
    );
    const unknown = scoreFit([c], subject({ employees: null }));
    expect(unknown.score).toBe(0);
    expect(unknown.reasons[0]!.reason).toBe('Employee count unknown; wanted 50–250 employees');
    const atLeast = criterion({ kind: 'company_size', min: 100, max: null });
    expect(scoreFit([atLeast], subject({ employees: 1_000_000 })).score).toBe(100);
    expect(scoreFit([atLeast], subject({ employees: 99 })).reasons[0]!.reason).toBe(
      '99 employees is outside the wanted 100–any employees',
    );
    const atMost = criterion({ kind: 'company_size', min: null, max: 10 });
    expect(scoreFit([atMost], subject({ employees: 1 })).score).toBe(100);
    expect(scoreFit([atMost], subject({ employees: 11 })).score).toBe(0);
  });

  it('certifications: proportional to the target, capped at full points', () => {
    const c = criterion({ kind: 'certifications', target: 4 });
    const r = scoreFit([c], subject({ certifiedCount: 3 }));
    expect(r.score).toBe(75);
    expect(r.reasons[0]!.points).toBe(7.5);
    expect(r.reasons[0]!.reason).toBe('3 certified people of the 4 wanted');
    expect(scoreFit([c], subject({ certifiedCount: 9 })).score).toBe(100);
    expect(scoreFit([c], subject({ certifiedCount: 0 })).score).toBe(0);
  });

  it('account_overlap: proportional to the target, capped at full points', () => {
    const c = criterion({ kind: 'account_overlap', target: 80 });
    const r = scoreFit([c], subject({ overlapCount: 40 }));
    expect(r.score).toBe(50);
    expect(r.reasons[0]!.reason).toBe('40 overlapping accounts of the 80 wanted');
    expect(scoreFit([c], subject({ overlapCount: 500 })).reasons[0]!.points).toBe(10);
  });

  it('weights the criteria: the score is the earned share of all weights', () => {
    const criteria = [
      criterion({ kind: 'partner_type', preferred: ['si'], weight: 30 }),
      criterion({ kind: 'region', targets: ['NA'], weight: 60 }),
      criterion({ kind: 'certifications', target: 2, weight: 10 }),
    ];
    const fit = scoreFit(criteria, subject({ regions: ['EMEA'], certifiedCount: 1 }));
    expect(fit.score).toBe(35);
    expect(fit.reasons.map((r) => [r.criterionId, r.weight, r.points])).toEqual([
      ['c-partner_type', 30, 30],
      ['c-region', 60, 0],
      ['c-certifications', 10, 5],
    ]);
  });

  it('keeps one reason per criterion in the order given', () => {
    const criteria = [
      criterion({ kind: 'account_overlap', target: 1, id: 'z' }),
      criterion({ kind: 'partner_type', preferred: ['si'], id: 'a' }),
      criterion({ kind: 'region', targets: ['NA'], id: 'm' }),
    ];
    expect(scoreFit(criteria, subject()).reasons.map((r) => r.criterionId)).toEqual(['z', 'a', 'm']);
  });

  it('rounds points to one decimal and the score to a whole number from the unrounded total', () => {
    // 1 of 3 certifications on weight 1: 0.333… points shown as 0.3; score 100 × (1/3 + 1) / 4 = 33.3 → 33.
    const criteria = [
      criterion({ kind: 'certifications', target: 3, weight: 1 }),
      criterion({ kind: 'partner_type', preferred: ['si'], weight: 1 }),
      criterion({ kind: 'region', targets: ['NA'], weight: 2 }),
    ];
    const fit = scoreFit(criteria, subject({ certifiedCount: 1 }));
    expect(fit.reasons[0]!.points).toBe(0.3);
    expect(fit.score).toBe(33);
    // A half rounds up: 1 of 8 weight earned → 12.5 → 13.
    const half = scoreFit(
      [
        criterion({ kind: 'partner_type', preferred: ['si'], weight: 1 }),
        criterion({ kind: 'region', targets: ['NA'], weight: 7 }),
      ],
      subject(),
    );
    expect(half.score).toBe(13);
    // 2 of 3 on weight 1 → 0.666… shown as 0.7.
    const twoThirds = scoreFit(
      [criterion({ kind: 'certifications', target: 3, weight: 1 })],
      subject({ certifiedCount: 2 }),
    );
    expect(twoThirds.reasons[0]!.points).toBe(0.7);
    expect(twoThirds.score).toBe(67);
  });

  it('scores 0 when every weight is zero', () => {
    expect(scoreFit([criterion({ kind: 'partner_type', preferred: ['si'], weight: 0 })], subject())).toEqual({
      score: 0,
      reasons: [],
    });
  });
});
