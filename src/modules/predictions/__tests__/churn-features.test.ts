import { describe, expect, it } from 'vitest';
import {
  CHURN_FEATURES,
  churnRow,
  inChurnPopulation,
  monthlySnapshots,
  wentInactive,
} from '../churn-features.js';
import { churnRows, fitChurnModel } from '../fit-churn-model.js';
import type { PartnerTimeline } from '../read-partner-timelines.js';

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function timeline(partial: Partial<PartnerTimeline>): PartnerTimeline {
  return {
    partnerId: 'p',
    partnerName: 'Partner',
    stage: 'active',
    stageMoves: [{ at: t('2025-01-01'), stage: 'active' }],
    registrations: [],
    touches: [],
    wins: [],
    certificates: [],
    tierMoves: [],
    ...partial,
  };
}

describe('wentInactive', () => {
  it.each([
    ['a registration inside the window keeps it active', { registrations: [t('2025-06-01')] }, false],
    ['a touch inside the window keeps it active', { touches: [t('2025-09-20')] }, false],
    ['nothing for 180 days is inactive', { registrations: [t('2025-10-15')] }, true],
    [
      'moving to churned is inactive even with activity',
      {
        registrations: [t('2025-05-01')],
        stageMoves: [
          { at: t('2025-01-01'), stage: 'active' },
          { at: t('2025-07-01'), stage: 'churned' },
        ],
      },
      true,
    ],
  ])('%s', (_name, partial, expected) => {
    // The window after 1 April 2025 runs to 28 September 2025.
    expect(wentInactive(timeline(partial), t('2025-04-01'))).toBe(expected);
  });
});

describe('churnRow', () => {
  it('describes the partner from the past only, worked by hand', () => {
    const partner = timeline({
      registrations: [t('2025-02-10'), t('2025-03-20'), t('2025-04-10'), t('2025-05-05')],
      touches: [t('2025-03-25'), t('2025-08-01')],
      wins: [t('2025-03-01')],
      certificates: [
        { issuedAt: t('2025-02-01'), expiresAt: t('2026-02-01') },
        { issuedAt: t('2025-01-05'), expiresAt: t('2025-03-01') },
      ],
      tierMoves: [{ at: t('2025-03-01'), rank: 2 }],
      stageMoves: [
        { at: t('2025-01-01'), stage: 'active' },
        { at: t('2025-04-15'), stage: 'at_risk' },
      ],
    });
    const row = churnRow(partner, t('2025-05-01'), t('2025-12-31'));
    expect(Object.fromEntries(CHURN_FEATURES.map((f, i) => [f, row.values[i]]))).toEqual({
      daysSinceActivity: 21, // last before 1 May: 10 April
      registrations90: 3, // 10 Feb, 20 Mar and 10 Apr are within the 90 days from 31 Jan
      touches90: Math.log1p(1),
      registrationTrend: 3, // none in the 90 days before that
      wins180: 1,
      atRisk: 1,
      tierRank: 2,
      certified: 1,
      activeYears: 120 / 365,
    });
    // 5 May registration and 1 August touch fall inside the window: not inactive.
    expect(row.label).toBe(0);
    expect(row.recentlyActive).toBe(true);
    expect(churnRow(partner, t('2025-08-01'), t('2025-12-31')).label).toBeNull();
  });

  it('takes partners into the population only while active or at risk', () => {
    const partner = timeline({
      stageMoves: [
        { at: t('2025-01-01'), stage: 'onboarding' },
        { at: t('2025-03-01'), stage: 'active' },
        { at: t('2025-06-01'), stage: 'churned' },
      ],
    });
    expect(
      [t('2025-02-01'), t('2025-04-01'), t('2025-07-01')].map((at) => inChurnPopulation(partner, at)),
    ).toEqual([false, true, false]);
  });
});

describe('fitChurnModel', () => {
  it('takes monthly snapshots from the first activation', () => {
    expect(monthlySnapshots([timeline({})], t('2025-04-15'))).toEqual([
      t('2025-02-01'),
      t('2025-03-01'),
      t('2025-04-01'),
    ]);
  });

  it('learns that quiet partners go inactive, and needs both outcomes to do so', () => {
    // Busy partners register every 20 days for two years; quiet ones stop after two months.
    const partners = Array.from({ length: 12 }, (_, i) => {
      const busy = i % 2 === 0;
      const until = busy ? t('2026-12-31') : t('2025-03-01');
      const registrations: number[] = [];
      for (let at = t('2025-01-03') + i * 86_400_000; at < until; at += 20 * 86_400_000)
        registrations.push(at);
      return timeline({ partnerId: `p${i}`, partnerName: `P${i}`, registrations });
    });
    const asOf = new Date('2026-12-31T00:00:00Z');
    const fitted = fitChurnModel(partners, asOf)!;
    expect(fitted.evaluation.model.auc).toBe(1);
    expect(fitted.model.weights[CHURN_FEATURES.indexOf('daysSinceActivity')]).toBeGreaterThan(0);
    const allBusy = partners.filter((_, i) => i % 2 === 0);
    expect(fitChurnModel(allBusy, asOf)).toBeNull();
    expect(churnRows(allBusy, asOf.getTime()).every((r) => r.label === null || r.label === 0)).toBe(true);
  });
});
