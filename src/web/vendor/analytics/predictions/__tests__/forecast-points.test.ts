import { describe, expect, it } from 'vitest';
import { forecastPoints } from '../forecast-points';

describe('forecastPoints', () => {
  it('joins the forecast line to the last actual and gives each forecast quarter its band', () => {
    const points = forecastPoints({
      history: [
        { quarter: '2026-Q2', actualMinor: 100 },
        { quarter: '2026-Q3', actualMinor: 150 },
      ],
      quarters: [
        {
          quarter: '2026-Q4',
          expectedMinor: 180,
          lowMinor: 120,
          highMinor: 260,
          fromPipelineMinor: 100,
          fromTrendMinor: 80,
        },
      ],
    });
    expect(points).toEqual([
      { quarter: '2026-Q2', actual: 100 },
      { quarter: '2026-Q3', actual: 150, expected: 150 },
      { quarter: '2026-Q4', expected: 180, band: [120, 260] },
    ]);
  });

  it('draws a forecast without history', () => {
    const points = forecastPoints({
      history: [],
      quarters: [
        {
          quarter: '2026-Q1',
          expectedMinor: 0,
          lowMinor: 0,
          highMinor: 0,
          fromPipelineMinor: 0,
          fromTrendMinor: 0,
        },
      ],
    });
    expect(points).toEqual([{ quarter: '2026-Q1', expected: 0, band: [0, 0] }]);
  });
});
