import { describe, expect, it } from 'vitest';
import { draftSwot } from '../draft-swot.js';
import type { SwotBenchmark, SwotInputs } from '../swot-inputs.js';

function benchmark(
  name: string,
  flag: SwotBenchmark['flag'],
  winRatePercentile: number,
  cyclePercentile: number,
): SwotBenchmark {
  return {
    partnerName: name,
    peers: 5,
    flag,
    differences: [`${name} differs most on win rate`],
    metrics: [
      {
        metric: 'win_rate',
        label: 'Win rate',
        value: winRatePercentile / 2,
        peerMedian: 25,
        percentile: winRatePercentile,
        higherIsBetter: true,
      },
      // Shorter cycles are better: the benchmark's percentile already reads as a standing (high is good).
      {
        metric: 'cycle_days',
        label: 'Sales cycle days',
        value: 40,
        peerMedian: 60,
        percentile: cyclePercentile,
        higherIsBetter: false,
      },
    ],
  };
}

const EMPTY: SwotInputs = {
  benchmarks: null,
  churn: null,
  forecast: null,
  whiteSpace: null,
  conflicts: null,
  stage: null,
};

describe('draftSwot', () => {
  it('turns benchmarks into strengths and weaknesses, lower-is-better metrics turned round', () => {
    const swot = draftSwot({
      ...EMPTY,
      benchmarks: [
        benchmark('Alpha', 'over', 96, 95),
        benchmark('Beta', null, 50, 50),
        benchmark('Gamma', 'under', 4, 3),
      ],
    });
    expect(swot.strengths.map((s) => s.text)).toEqual([
      '1 partner outperforms their peers in the same tier and region: Alpha.',
      'Leading peers on sales cycle days: Alpha.',
      'Leading peers on win rate: Alpha.',
    ]);
    expect(swot.strengths[1]!.evidence).toBe('Alpha 40 vs peer median 60 (percentile 95 among peers)');
    expect(swot.weaknesses.map((s) => s.text)).toEqual([
      '1 partner underperforms their peers in the same tier and region: Gamma.',
      'Lagging peers on sales cycle days: Gamma.',
      'Lagging peers on win rate: Gamma.',
    ]);
    expect(swot.opportunities).toEqual([]);
    expect(swot.threats).toEqual([]);
  });

  it('ignores partners without peers to compare with', () => {
    const alone = { ...benchmark('Solo', null, 99, 99), peers: 1 };
    expect(draftSwot({ ...EMPTY, benchmarks: [alone] }).strengths).toEqual([]);
  });

  it('finds opportunities in white space and a growing forecast', () => {
    const swot = draftSwot({
      ...EMPTY,
      whiteSpace: {
        partners: [
          { partnerName: 'Alpha', mapping: 'shared', whiteSpace: 4, introductions: 2 },
          { partnerName: 'Beta', mapping: 'shared', whiteSpace: 10, introductions: 1 },
          { partnerName: 'Gamma', mapping: 'not_shared', whiteSpace: null, introductions: null },
          { partnerName: 'Delta', mapping: 'none', whiteSpace: null, introductions: null },
        ],
      },
      forecast: {
        currency: 'USD',
        quarters: [
          {
            quarter: '2026-Q2',
            expectedMinor: 120_000_00,
            lowMinor: 90_000_00,
            highMinor: 150_000_00,
            fromPipelineMinor: 80_000_00,
          },
        ],
        history: [{ quarter: '2026-Q1', actualMinor: 100_000_00 }],
      },
    });
    expect(swot.opportunities.map((o) => o.text)).toEqual([
      'Beta can open 10 of its customers that are not in our CRM and introduce us to 1 of our prospects.',
      'Alpha can open 4 of its customers that are not in our CRM and introduce us to 2 of our prospects.',
      '1 working partner has no account mapping yet; mapping them shows where they can take us.',
      'Partner pipeline points to 20% more indirect revenue next quarter (USD 120,000.00).',
    ]);
    expect(swot.opportunities[3]!.evidence).toContain('80% interval USD 90,000.00–USD 150,000.00');
    expect(swot.threats).toEqual([]);
  });

  it('finds threats in churn risk, conflicts above a tenth and a falling forecast', () => {
    const swot = draftSwot({
      ...EMPTY,
      churn: [
        {
          partnerName: 'Alpha',
          probability: 0.72,
          factors: [
            { contribution: 0.2, description: 'No deal in 120 days' },
            { contribution: 0.9, description: 'Certifications lapsed' },
          ],
        },
        { partnerName: 'Beta', probability: 0.2, factors: [] },
        { partnerName: 'Gamma', probability: 0.5, factors: [] },
      ],
      conflicts: {
        windowDays: 180,
        decided: 40,
        conflicted: 6,
        byRule: { 'partner-conflict': 2, 'direct-opportunity': 4 },
        previousRate: 5,
      },
      forecast: {
        currency: 'EUR',
        quarters: [
          {
            quarter: '2026-Q2',
            expectedMinor: 80_000_00,
            lowMinor: 60_000_00,
            highMinor: 100_000_00,
            fromPipelineMinor: 50_000_00,
          },
        ],
        history: [{ quarter: '2026-Q1', actualMinor: 100_000_00 }],
      },
    });
    expect(swot.threats.map((t) => t.text)).toEqual([
      '2 partners are likely to go inactive within 180 days: Alpha (72%), Gamma (50%).',
      '15% of registrations decided in the last 180 days ran into a channel conflict.',
      'Indirect revenue is forecast to fall 20% next quarter.',
    ]);
    expect(swot.threats[0]!.evidence).toBe('Alpha: Certifications lapsed; Gamma: churn model score');
    expect(swot.threats[1]!.evidence).toBe(
      '6 of 40 decided registrations (direct-opportunity 4, partner-conflict 2); 5% in the 180 days before',
    );
    expect(swot.opportunities).toEqual([]);
  });

  it('keeps a conflict rate under a tenth out of the threats', () => {
    const conflicts = {
      windowDays: 180,
      decided: 40,
      conflicted: 3,
      byRule: { 'partner-conflict': 3 },
      previousRate: null,
    };
    expect(draftSwot({ ...EMPTY, conflicts }).threats).toEqual([]);
  });

  it('names the stage as a strength and the next stage missing capabilities as a weakness', () => {
    const swot = draftSwot({
      ...EMPTY,
      stage: {
        stageLabel: 'Growth',
        nextLabel: 'Scale-up',
        missing: [{ label: 'People holding a valid certification', value: 4, threshold: 10, unit: 'people' }],
      },
    });
    expect(swot.strengths).toEqual([
      {
        text: "The program's data shows a Growth stage program.",
        evidence: 'Program stage assessment of the capabilities in use',
      },
    ]);
    expect(swot.weaknesses).toEqual([
      {
        text: 'Not yet at Scale-up: 1 capability missing.',
        evidence: 'People holding a valid certification: 4 of 10 people',
      },
    ]);
  });
});
