/** The standard normal quantile at 90%: an 80% central interval spans ±1.2816 standard deviations. */
export const Z_80 = 1.2815515655446004;

export interface ForecastResidual {
  horizon: number;
  forecast: number;
  actual: number;
}

export interface IntervalModel {
  /** Spread of log(actual / forecast) for a one-quarter horizon. */
  sigma: number;
  /** How many backtest residuals it came from; 0 means the fallback spread. */
  residuals: number;
}

/** Used until the backtest has at least `minimum` residuals: wide on purpose. */
export const FALLBACK_SIGMA = 0.5;

// Keeps the log ratio finite when a quarter had nothing; one currency unit in minor units.
const FLOOR = 100;

function logRatio(r: ForecastResidual): number {
  return Math.log((Math.max(r.actual, 0) + FLOOR) / (Math.max(r.forecast, 0) + FLOOR));
}

/**
 * Multiplicative errors: log(actual / forecast) is taken as normal with mean 0 and a spread that
 * grows with the square root of the horizon, so σ_h = σ₁·√h. σ₁ is the root mean square of the
 * backtest log ratios, each divided by √(its horizon). Root mean square (not standard deviation)
 * keeps any bias of the forecast inside the interval's width.
 */
export function fitIntervalModel(residuals: readonly ForecastResidual[], minimum = 3): IntervalModel {
  if (residuals.length < minimum) return { sigma: FALLBACK_SIGMA, residuals: 0 };
  const squares = residuals.map((r) => logRatio(r) ** 2 / r.horizon);
  return {
    sigma: Math.sqrt(squares.reduce((s, v) => s + v, 0) / squares.length),
    residuals: residuals.length,
  };
}

export function predictionInterval(
  model: IntervalModel,
  forecast: number,
  horizon: number,
): { low: number; high: number } {
  const spread = Z_80 * model.sigma * Math.sqrt(horizon);
  const base = Math.max(forecast, 0) + FLOOR;
  return {
    low: Math.max(0, Math.round(base * Math.exp(-spread) - FLOOR)),
    high: Math.round(base * Math.exp(spread) - FLOOR),
  };
}
