import { describe, expect, it } from 'vitest';
import { type JourneyInput, packJourneys } from '../journeys.js';
import { type ModelName, touchShares } from '../models.js';

/** Per-touch shares of one journey under one model. */
function sharesOf(model: ModelName, journey: JourneyInput, halfLifeDays = 7): number[] {
  const channels = Math.max(...journey.channels, 0) + 1;
  return [...touchShares(packJourneys(channels, [journey]), model, { halfLifeDays })];
}

const A = 0;
const B = 1;
const C = 2;
const D = 3;
const E = 4;

describe('per-touch models on hand-computed journeys', () => {
  it.each<[string, ModelName, JourneyInput, number[]]>([
    ['first touch, three touches', 'first_touch', { channels: [A, B, C] }, [1, 0, 0]],
    ['first touch, one touch', 'first_touch', { channels: [B] }, [1]],
    ['last touch, three touches', 'last_touch', { channels: [A, B, C] }, [0, 0, 1]],
    ['last touch, repeated channel', 'last_touch', { channels: [A, A] }, [0, 1]],
    ['linear, four touches', 'linear', { channels: [A, B, C, D] }, [0.25, 0.25, 0.25, 0.25]],
    ['linear, repeated touch counts twice', 'linear', { channels: [A, B, A] }, [1 / 3, 1 / 3, 1 / 3]],
    ['linear, one channel', 'linear', { channels: [C, C, C, C] }, [0.25, 0.25, 0.25, 0.25]],
    ['position-based, one touch', 'position_based', { channels: [A] }, [1]],
    ['position-based, two touches', 'position_based', { channels: [A, B] }, [0.5, 0.5]],
    ['position-based, three touches', 'position_based', { channels: [A, B, C] }, [0.4, 0.2, 0.4]],
    [
      'position-based, five touches',
      'position_based',
      { channels: [A, B, C, D, E] },
      [0.4, 0.2 / 3, 0.2 / 3, 0.2 / 3, 0.4],
    ],
    ['W-shaped, one touch', 'w_shaped', { channels: [A] }, [1]],
    ['W-shaped, two touches', 'w_shaped', { channels: [A, B] }, [0.5, 0.5]],
    ['W-shaped, three touches', 'w_shaped', { channels: [A, B, C] }, [1 / 3, 1 / 3, 1 / 3]],
    [
      'W-shaped, four touches: the earlier middle leads',
      'w_shaped',
      { channels: [A, B, C, D] },
      [0.3, 0.3, 0.1, 0.3],
    ],
    ['W-shaped, five touches', 'w_shaped', { channels: [A, B, C, D, E] }, [0.3, 0.05, 0.3, 0.05, 0.3]],
    [
      'W-shaped, known lead touch',
      'w_shaped',
      { channels: [A, B, C, D, E], leadTouch: 3 },
      [0.3, 0.05, 0.05, 0.3, 0.3],
    ],
    [
      'W-shaped, lead is the first touch',
      'w_shaped',
      { channels: [A, B, C, D], leadTouch: 0 },
      [0.6, 0.05, 0.05, 0.3],
    ],
    [
      'W-shaped, lead is the last of three',
      'w_shaped',
      { channels: [A, B, C], leadTouch: 2 },
      [0.3, 0.1, 0.6],
    ],
    // Ages 14, 7, 0 days with a 7-day half-life: weights 1/4, 1/2, 1 → 1/7, 2/7, 4/7.
    ['time decay by ages', 'time_decay', { channels: [A, B, C], ageDays: [14, 7, 0] }, [1 / 7, 2 / 7, 4 / 7]],
    // Without ages each step is a day: ages 2, 1, 0 with a 1-day half-life → 1/7, 2/7, 4/7.
    ['time decay by steps', 'time_decay', { channels: [A, B, C] }, [1 / 7, 2 / 7, 4 / 7]],
    [
      'time decay, ancient journey does not underflow',
      'time_decay',
      { channels: [A, B], ageDays: [100_007, 100_000] },
      [1 / 3, 2 / 3],
    ],
  ])('%s', (_label, model, journey, expected) => {
    const halfLife = _label === 'time decay by steps' ? 1 : 7;
    const shares = sharesOf(model, journey, halfLife);
    expect(shares).toHaveLength(expected.length);
    for (const [k, share] of shares.entries()) expect(share).toBeCloseTo(expected[k]!, 12);
  });

  it('gives a journey without touches nothing and refuses a non-positive half-life', () => {
    const journeys = packJourneys(2, [{ channels: [] }, { channels: [A, B] }]);
    expect([...touchShares(journeys, 'linear', { halfLifeDays: 7 })]).toEqual([0.5, 0.5]);
    expect(() => touchShares(journeys, 'time_decay', { halfLifeDays: 0 })).toThrow(RangeError);
  });
});
