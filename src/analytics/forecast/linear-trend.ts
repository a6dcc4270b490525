export interface LinearTrend {
  intercept: number;
  slope: number;
}

/** Ordinary least squares of y on x; with fewer than two distinct x it is flat at the mean. */
export function fitLinearTrend(xs: readonly number[], ys: readonly number[]): LinearTrend {
  const n = xs.length;
  if (n === 0) return { intercept: 0, slope: 0 };
  const meanX = xs.reduce((s, x) => s + x, 0) / n;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - meanX) ** 2;
    sxy += (xs[i]! - meanX) * (ys[i]! - meanY);
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { intercept: meanY - slope * meanX, slope };
}

export function trendAt(trend: LinearTrend, x: number): number {
  return trend.intercept + trend.slope * x;
}
