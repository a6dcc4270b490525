import { describe, expect, it } from 'vitest';
import { regionOfCountry } from '../../leads/region-of-country.js';
import { computeCoInnovationMetrics, convertMinor } from '../co-innovation-metrics.js';

const exchange = { base: 'USD', rates: { EUR: 1.1, GBP: 1.25 } };

describe('co-innovation metrics', () => {
  it('converts through the base currency and refuses a currency without a rate', () => {
    expect(convertMinor(1000, 'EUR', 'USD', exchange)).toBe(1100);
    expect(convertMinor(1100, 'USD', 'EUR', exchange)).toBe(1000);
    expect(convertMinor(1000, 'GBP', 'EUR', exchange)).toBe(1136);
    expect(convertMinor(1000, 'JPY', 'USD', exchange)).toBeNull();
  });

  it('computes attach rates, new-market revenue and ROI by hand', () => {
    const result = computeCoInnovationMetrics({
      counts: { won: 8, solutionWon: 3, partnerWon: 4, partnerSolutionWon: 2 },
      solutionDeals: [
        // Japan is APAC, a new region: in.
        { currency: 'USD', country: 'JP', industry: 'Retail', deals: 1, amountMinor: 10_000_00 },
        // Germany and manufacturing are not new: out of new markets, in revenue.
        { currency: 'EUR', country: 'DE', industry: 'Manufacturing', deals: 1, amountMinor: 20_000_00 },
        // Insurance is a new industry (case does not matter): in.
        { currency: 'USD', country: 'US', industry: 'insurance', deals: 1, amountMinor: 5_000_00 },
        // No rate: counted as a new-market deal, left out of the sums and named.
        { currency: 'JPY', country: 'JP', industry: null, deals: 1, amountMinor: 900_000 },
      ],
      newMarkets: { regions: ['APAC'], industries: ['Insurance'] },
      currency: 'USD',
      buildCostMinor: 20_000_00,
      grossMarginPct: 70,
      exchange,
      regionOfCountry,
    });
    // revenue 10,000 + 22,000 + 5,000 = 37,000; gross profit 25,900; ROI (25,900 − 20,000) / 20,000
    expect(result).toEqual({
      attachRate: 37.5,
      partnerAttachRate: 50,
      solutionRevenueMinor: 37_000_00,
      newMarketDeals: 3,
      newMarketRevenueMinor: 15_000_00,
      grossProfitMinor: 25_900_00,
      roi: 0.295,
      unconvertedCurrencies: ['JPY'],
    });
  });

  it('has no rates without wins and no ROI without a build cost', () => {
    const result = computeCoInnovationMetrics({
      counts: { won: 0, solutionWon: 0, partnerWon: 0, partnerSolutionWon: 0 },
      solutionDeals: [],
      newMarkets: { regions: [], industries: [] },
      currency: 'EUR',
      buildCostMinor: 0,
      grossMarginPct: 70,
      exchange,
      regionOfCountry,
    });
    expect(result).toMatchObject({
      attachRate: null,
      partnerAttachRate: null,
      roi: null,
      solutionRevenueMinor: 0,
    });
  });
});
