/**
 * Splits an integer amount (minor units) in proportion to weights so the parts sum exactly to the
 * amount: every part gets the floor of its exact share, and the units left over go one each to the
 * largest remainders (ties to the earlier position). Zero total weight splits equally.
 * The weights are `weights[start .. start + count)`; part k goes to `out[k]`.
 */
export function splitLargestRemainder(
  amount: number,
  weights: Float64Array,
  start: number,
  count: number,
  out: Float64Array,
  remainders: Float64Array,
): void {
  if (count === 0) return;
  if (!Number.isSafeInteger(amount)) throw new RangeError(`amount ${amount} is not a safe integer`);
  const sign = amount < 0 ? -1 : 1;
  const whole = Math.abs(amount);
  let total = 0;
  for (let k = 0; k < count; k += 1) total += Math.max(0, weights[start + k]!);
  let given = 0;
  for (let k = 0; k < count; k += 1) {
    const weight = Math.max(0, weights[start + k]!);
    const exact = total > 0 ? (whole * weight) / total : whole / count;
    const floor = Math.floor(exact);
    out[k] = floor;
    remainders[k] = exact - floor;
    given += floor;
  }
  // Floating error can leave the floors one unit above or below what is left to give; both are fixed
  // here, so the sum is exact whatever the weights.
  let left = whole - given;
  while (left > 0) {
    let best = -1;
    for (let k = 0; k < count; k += 1) {
      if (remainders[k]! >= 0 && (best < 0 || remainders[k]! > remainders[best]!)) best = k;
    }
    if (best < 0) {
      for (let k = 0; k < count; k += 1) remainders[k] = Math.max(remainders[k]!, 0) + 1e-9;
      continue;
    }
    out[best] = out[best]! + 1;
    remainders[best] = -1;
    left -= 1;
  }
  while (left < 0) {
    let worst = -1;
    for (let k = 0; k < count; k += 1) {
      if (out[k]! > 0 && (worst < 0 || remainders[k]! < remainders[worst]!)) worst = k;
    }
    out[worst] = out[worst]! - 1;
    remainders[worst] = 2;
    left += 1;
  }
  if (sign < 0) for (let k = 0; k < count; k += 1) out[k] = -out[k]!;
}

/** Convenience form for a plain list of weights. */
export function largestRemainder(amount: number, weights: readonly number[]): number[] {
  const count = weights.length;
  const out = new Float64Array(count);
  splitLargestRemainder(amount, Float64Array.from(weights), 0, count, out, new Float64Array(count));
  return [...out];
}
