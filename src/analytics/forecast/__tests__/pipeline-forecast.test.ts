import { describe, expect, it } from 'vitest';
import { forecastFromPipeline, type PipelineDeal, wonByQuarter } from '../pipeline-forecast.js';
import { quarterIndexOf, quarterLabel } from '../quarters.js';

const t = (iso: string) => new Date(iso).getTime();
const STAGES = ['qualification', 'proposal', 'negotiation'];

function deal(
  amount: number,
  created: string,
  closed: string | null = null,
  moves: [string, string][] = [],
): PipelineDeal {
  return {
    amount,
    createdAt: t(created),
    closedAt: closed === null ? null : t(closed),
    won: closed !== null,
    stageEvents: [
      { at: t(created), stage: 'qualification' },
      ...moves.map(([at, stage]) => ({ at: t(at), stage })),
    ],
  };
}

const DEALS: PipelineDeal[] = [
  deal(500, '2026-01-10', '2026-02-15'),
  deal(1000, '2026-01-20', '2026-05-10', [['2026-03-20', 'proposal']]),
  deal(2000, '2026-02-01'),
  deal(4000, '2026-06-01'),
  deal(300, '2026-05-01', '2026-06-10'),
];

describe('forecastFromPipeline', () => {
  it('weights the open pipeline by stage-by-quarter probabilities and adds the trend, worked by hand', () => {
    const forecast = forecastFromPipeline(DEALS, t('2026-07-01'), STAGES, 2);
    expect(quarterLabel(forecast.originQuarter)).toBe('2026-Q3');
    // The only snapshot with deals is 1 April: the 1000 deal at proposal (won that quarter) and the
    // 2000 deal at qualification (never won). All stages: 1 of 2 won in quarter 0, none seen for
    // quarter 1. With five pseudo-observations: proposal (1 + 2.5) / 6, qualification 2.5 / 6.
    const [qualification, proposal, negotiation] = forecast.stageProbabilities;
    expect(qualification!.byQuarter).toEqual([2.5 / 6, 0]);
    expect(proposal!.byQuarter).toEqual([3.5 / 6, 0]);
    expect(negotiation!.byQuarter).toEqual([0.5, 0]);
    // Pipeline: 2000 + 4000 at qualification → 6000 · 5/12 = 2500 in Q3.
    // Trend, one quarter ahead: Q1 fresh 500 (created in Q1), Q2 fresh 300 → mean 400.
    // Two quarters ahead: Q2 revenue from deals created since Q1 = 1000 + 300 = 1300.
    expect(forecast.quarters).toEqual([
      { quarter: quarterIndexOf(t('2026-08-01')), booked: 0, pipeline: 2500, trend: 400, expected: 2900 },
      { quarter: quarterIndexOf(t('2026-11-01')), booked: 0, pipeline: 0, trend: 1300, expected: 1300 },
    ]);
  });

  it('counts revenue already won in the origin quarter and only the rest of the quarter’s trend', () => {
    const deals = [...DEALS, deal(700, '2026-07-05', '2026-07-20')];
    const [first] = forecastFromPipeline(deals, t('2026-08-16'), STAGES, 1).quarters;
    // 46 of the quarter's 92 days are left: half of the 400.
    expect(first).toMatchObject({ booked: 700, pipeline: 2500, trend: 200, expected: 3400 });
  });

  it('ignores everything created after the origin', () => {
    const later = [...DEALS, deal(9000, '2026-07-10')];
    expect(forecastFromPipeline(later, t('2026-07-01'), STAGES, 2)).toEqual(
      forecastFromPipeline(DEALS, t('2026-07-01'), STAGES, 2),
    );
  });

  it('sums won revenue per quarter', () => {
    expect([...wonByQuarter(DEALS).entries()]).toEqual([
      [quarterIndexOf(t('2026-02-15')), 500],
      [quarterIndexOf(t('2026-05-10')), 1300],
    ]);
  });
});
