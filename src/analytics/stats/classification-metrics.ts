/**
 * Area under the ROC curve by the rank statistic (Mann–Whitney U): the chance a random positive
 * scores above a random negative, ties counting one half. Null when one class is missing.
 */
export function auc(scores: readonly number[], labels: readonly number[]): number | null {
  const order = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  const ranks = new Array<number>(scores.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && scores[order[end + 1]!] === scores[order[start]!]) end++;
    // Ranks are 1-based; tied scores share the average of the ranks they span.
    const average = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!] = average;
    start = end + 1;
  }
  let positives = 0;
  let rankSum = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) {
      positives++;
      rankSum += ranks[i]!;
    }
  }
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean squared difference between predicted probability and outcome (0 or 1). */
export function brierScore(probabilities: readonly number[], labels: readonly number[]): number | null {
  if (probabilities.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < probabilities.length; i++) sum += (probabilities[i]! - labels[i]!) ** 2;
  return sum / probabilities.length;
}

export interface CalibrationBin {
  /** The bin covers predictions in [from, to); the last one includes 1. */
  from: number;
  to: number;
  count: number;
  meanPredicted: number | null;
  observedRate: number | null;
}

/** A reliability table: equal-width bins of predicted probability and the outcome rate in each. */
export function calibrationBins(
  probabilities: readonly number[],
  labels: readonly number[],
  binCount = 10,
): CalibrationBin[] {
  const sums = Array.from({ length: binCount }, () => ({ count: 0, predicted: 0, observed: 0 }));
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    const bin = sums[Math.min(binCount - 1, Math.floor(p * binCount))]!;
    bin.count++;
    bin.predicted += p;
    bin.observed += labels[i]!;
  }
  return sums.map((bin, k) => ({
    from: k / binCount,
    to: (k + 1) / binCount,
    count: bin.count,
    meanPredicted: bin.count ? bin.predicted / bin.count : null,
    observedRate: bin.count ? bin.observed / bin.count : null,
  }));
}

/** Expected calibration error: the count-weighted mean gap between predicted and observed per bin. */
export function expectedCalibrationError(bins: readonly CalibrationBin[]): number | null {
  const total = bins.reduce((s, b) => s + b.count, 0);
  if (total === 0) return null;
  let sum = 0;
  for (const bin of bins) {
    if (bin.count) sum += (bin.count / total) * Math.abs(bin.meanPredicted! - bin.observedRate!);
  }
  return sum;
}
