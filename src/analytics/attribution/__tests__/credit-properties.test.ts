import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditJourneys } from '../credit-journeys.js';
import { type JourneyInput, packJourneys } from '../journeys.js';
import { channelTotals, MODEL_NAMES, touchShares } from '../models.js';

const CHANNELS = 5;

const journeyArb = fc.record({
  channels: fc.array(fc.integer({ min: 0, max: CHANNELS - 1 }), { minLength: 1, maxLength: 7 }),
  ageDays: fc.constant(undefined),
  leadTouch: fc.integer({ min: -1, max: 6 }),
  conversions: fc.constantFrom(0, 1),
  value: fc.integer({ min: 0, max: 10_000_000_000 }),
});

/** Journeys as deals: a lost deal has one non-conversion and nothing to credit. */
const dealsArb = fc.array(journeyArb, { minLength: 1, maxLength: 25 }).map((input) =>
  input.map<JourneyInput>((j) => ({
    channels: j.channels,
    ageDays: j.channels.map((_, k) => (j.channels.length - k) * 3.5),
    leadTouch: j.leadTouch,
    conversions: j.conversions,
    nulls: 1 - j.conversions,
    value: j.conversions ? j.value : 0,
  })),
);

const swap = (c: number) => (c === 0 ? 1 : c === 1 ? 0 : c);

describe.each(MODEL_NAMES)('%s credits', (model) => {
  const options = { halfLifeDays: 7 };

  it('sum exactly to each won deal’s amount and are never negative', () => {
    fc.assert(
      fc.property(dealsArb, (input) => {
        const journeys = packJourneys(CHANNELS, input);
        const shares = touchShares(journeys, model, options);
        // One group per deal, so the credits of every deal can be read back on their own.
        const perDeal = Int32Array.from(input.map((_, i) => i));
        const credits = creditJourneys(journeys, shares, perDeal, input.length);
        input.forEach((deal, i) => {
          let sum = 0;
          for (let c = 0; c < CHANNELS; c += 1) {
            const part = credits.credited[i * CHANNELS + c]!;
            expect(part).toBeGreaterThanOrEqual(0);
            expect(Number.isInteger(part)).toBe(true);
            if (!deal.channels.includes(c)) expect(part).toBe(0);
            sum += part;
          }
          expect(sum).toBe(deal.conversions ? deal.value : 0);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('give symmetric channels equal credit', () => {
    fc.assert(
      fc.property(dealsArb, (input) => {
        // Every journey together with its mirror (channels 0 and 1 swapped) makes 0 and 1 symmetric.
        const mirrored = [...input, ...input.map((j) => ({ ...j, channels: j.channels.map(swap) }))];
        const totals = channelTotals(packJourneys(CHANNELS, mirrored), model, options);
        const scale = Math.max(1, ...totals.values);
        expect(Math.abs(totals.values[0]! - totals.values[1]!) / scale).toBeLessThan(1e-9);
        expect(totals.conversions[0]).toBeCloseTo(totals.conversions[1]!, 9);
      }),
      { numRuns: 40 },
    );
  });
});
