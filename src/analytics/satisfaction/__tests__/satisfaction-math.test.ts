import { describe, expect, it } from 'vitest';
import { engagementScore } from '../engagement-score.js';
import { pnpsOf, psatOf, summarizeBy, summarizeResponses } from '../satisfaction-math.js';

describe('PSAT: share of 1–5 answers that are 4 or 5', () => {
  it.each([
    { ratings: [5, 4, 3, 2, 1], psat: 40 },
    { ratings: [5, 5, 5], psat: 100 },
    { ratings: [3, 3, 2], psat: 0 },
    { ratings: [4, 3, 3], psat: 33.3 },
    { ratings: [4, 4, 3], psat: 66.7 },
    { ratings: [], psat: null },
  ])('$ratings → $psat', ({ ratings, psat }) => {
    expect(psatOf(ratings)).toBe(psat);
  });
});

describe('pNPS: % promoters (9–10) − % detractors (0–6)', () => {
  it.each([
    { recommends: [10, 9, 8, 7, 6, 0], pnps: 0 },
    { recommends: [10, 10, 9, 9], pnps: 100 },
    { recommends: [0, 6, 6], pnps: -100 },
    { recommends: [7, 8], pnps: 0 },
    { recommends: [9, 7, 6], pnps: 0 },
    { recommends: [10, 9, 8], pnps: 66.7 },
    { recommends: [], pnps: null },
  ])('$recommends → $pnps', ({ recommends, pnps }) => {
    expect(pnpsOf(recommends)).toBe(pnps);
  });
});

describe('summaries', () => {
  it('counts answers and bands behind the figures', () => {
    const figures = summarizeResponses([
      { ratings: [5, 4], recommend: 10 },
      { ratings: [3, 2], recommend: 6 },
      { ratings: [1], recommend: 8 },
    ]);
    expect(figures).toEqual({
      psat: 40,
      psatAnswers: 5,
      pnps: 0,
      responses: 3,
      promoters: 1,
      passives: 1,
      detractors: 1,
    });
  });

  it('has null figures, not zero, without responses', () => {
    expect(summarizeResponses([])).toMatchObject({ psat: null, pnps: null, responses: 0, psatAnswers: 0 });
  });

  it('counts a response in every group it belongs to, once each', () => {
    const groups = summarizeBy(
      [
        { ratings: [5], recommend: 10, regions: ['EMEA', 'NA', 'NA'] },
        { ratings: [2], recommend: 3, regions: ['NA'] },
      ],
      (r) => r.regions,
    );
    expect(groups.get('EMEA')).toMatchObject({ psat: 100, pnps: 100, responses: 1 });
    expect(groups.get('NA')).toMatchObject({ psat: 50, pnps: 0, responses: 2 });
  });
});

describe('engagement score', () => {
  it.each([
    // 50 × 3/4 + 30 × 6/12 + 20 × 2/5 = 37.5 + 15 + 8 = 60.5 → 61
    { inputs: { enabledUsers: 4, activeUsers: 3, activeDays: 6, areas: 2 }, score: 61 },
    { inputs: { enabledUsers: 2, activeUsers: 2, activeDays: 20, areas: 9 }, score: 100 },
    { inputs: { enabledUsers: 5, activeUsers: 0, activeDays: 0, areas: 0 }, score: 0 },
    // No enabled users left: only days and areas count. 30 × 3/12 + 20 × 1/5 = 7.5 + 4 = 11.5 → 12
    { inputs: { enabledUsers: 0, activeUsers: 1, activeDays: 3, areas: 1 }, score: 12 },
  ])('$inputs → $score', ({ inputs, score }) => {
    expect(engagementScore(inputs).score).toBe(score);
  });

  it('reports its components before weighting', () => {
    expect(engagementScore({ enabledUsers: 4, activeUsers: 3, activeDays: 6, areas: 2 })).toEqual({
      userShare: 0.75,
      dayShare: 0.5,
      areaShare: 0.4,
      score: 61,
    });
  });
});
