/** Won deals of one project's period, counted once each (no amounts, so no currencies). */
export interface WonDealCounts {
  won: number;
  solutionWon: number;
  partnerWon: number;
  partnerSolutionWon: number;
}

/** Won deals carrying the solution, grouped by what decides a new market and by currency. */
export interface SolutionDealGroup {
  currency: string;
  country: string | null;
  industry: string | null;
  deals: number;
  amountMinor: number;
}

export interface ExchangeRates {
  /** The currency the rates are quoted in. */
  base: string;
  /** Units of the base currency per unit of each other currency. */
  rates: Record<string, number>;
}

export interface CoInnovationFigures {
  counts: WonDealCounts;
  solutionDeals: SolutionDealGroup[];
  newMarkets: { regions: readonly string[]; industries: readonly string[] };
  currency: string;
  buildCostMinor: number;
  grossMarginPct: number;
  exchange: ExchangeRates;
  regionOfCountry: (country: string | null) => string | null;
}

export interface CoInnovationResult {
  attachRate: number | null;
  partnerAttachRate: number | null;
  solutionRevenueMinor: number;
  newMarketDeals: number;
  newMarketRevenueMinor: number;
  grossProfitMinor: number;
  roi: number | null;
  unconvertedCurrencies: string[];
}

const percent = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 100;

/** An amount in `to`, through the base currency; null when either side has no rate. */
export function convertMinor(
  amount: number,
  from: string,
  to: string,
  exchange: ExchangeRates,
): number | null {
  if (from === to) return amount;
  const rate = (currency: string) => (currency === exchange.base ? 1 : exchange.rates[currency]);
  const fromRate = rate(from);
  const toRate = rate(to);
  if (fromRate === undefined || toRate === undefined) return null;
  return Math.round((amount * fromRate) / toRate);
}

function isNewMarket(group: SolutionDealGroup, figures: CoInnovationFigures): boolean {
  const industries = new Set(figures.newMarkets.industries.map((i) => i.toLowerCase()));
  const region = figures.regionOfCountry(group.country);
  return (
    (region !== null && figures.newMarkets.regions.includes(region)) ||
    (group.industry !== null && industries.has(group.industry.toLowerCase()))
  );
}

/**
 * Attach rate, new-market revenue and ROI of a joint solution. Gross profit is the solution deals'
 * revenue at the program's gross margin; ROI = (gross profit − build cost) / build cost.
 */
export function computeCoInnovationMetrics(figures: CoInnovationFigures): CoInnovationResult {
  const unconverted = new Set<string>();
  let revenue = 0;
  let newMarketRevenue = 0;
  let newMarketDeals = 0;
  for (const group of figures.solutionDeals) {
    const amount = convertMinor(group.amountMinor, group.currency, figures.currency, figures.exchange);
    const fresh = isNewMarket(group, figures);
    if (fresh) newMarketDeals += group.deals;
    if (amount === null) {
      unconverted.add(group.currency);
      continue;
    }
    revenue += amount;
    if (fresh) newMarketRevenue += amount;
  }
  const grossProfit = Math.round((revenue * figures.grossMarginPct) / 100);
  const { counts } = figures;
  return {
    attachRate: percent(counts.solutionWon, counts.won),
    partnerAttachRate: percent(counts.partnerSolutionWon, counts.partnerWon),
    solutionRevenueMinor: revenue,
    newMarketDeals,
    newMarketRevenueMinor: newMarketRevenue,
    grossProfitMinor: grossProfit,
    roi:
      figures.buildCostMinor === 0
        ? null
        : Math.round(((grossProfit - figures.buildCostMinor) / figures.buildCostMinor) * 10_000) / 10_000,
    unconvertedCurrencies: [...unconverted].sort(),
  };
}
