import { solveSymmetric } from './solve-symmetric.js';

export interface LogisticModel {
  featureNames: string[];
  /** Feature means and standard deviations the coefficients were fitted on (standardized inputs). */
  means: number[];
  scales: number[];
  intercept: number;
  /** One coefficient per standardized feature: log-odds change per standard deviation. */
  weights: number[];
  l2: number;
  iterations: number;
  converged: boolean;
}

export interface FitOptions {
  /** Ridge penalty on the weights (never on the intercept); keeps separable data finite. */
  l2?: number;
  maxIterations?: number;
  tolerance?: number;
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

function standardization(rows: readonly (readonly number[])[], width: number) {
  const means = new Array<number>(width).fill(0);
  const scales = new Array<number>(width).fill(0);
  for (const row of rows) for (let j = 0; j < width; j++) means[j]! += row[j]! / rows.length;
  for (const row of rows)
    for (let j = 0; j < width; j++) scales[j]! += (row[j]! - means[j]!) ** 2 / rows.length;
  // A constant column gets scale 1, so it contributes nothing rather than dividing by zero.
  for (let j = 0; j < width; j++) scales[j] = Math.sqrt(scales[j]!) || 1;
  return { means, scales };
}

/**
 * L2-regularized logistic regression by iteratively reweighted least squares (Newton's method) on
 * standardized features. Deterministic: same input, same coefficients.
 */
export function fitLogistic(
  featureNames: readonly string[],
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  options: FitOptions = {},
): LogisticModel {
  const l2 = options.l2 ?? 1;
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-8;
  const width = featureNames.length;
  if (rows.length !== labels.length) throw new Error('rows and labels differ in length');
  if (rows.some((row) => row.length !== width)) throw new Error('every row needs one value per feature');
  if (rows.length === 0) throw new Error('cannot fit on no rows');
  const { means, scales } = standardization(rows, width);
  const design = rows.map((row) => [1, ...row.map((v, j) => (v - means[j]!) / scales[j]!)]);
  const size = width + 1;
  const beta = new Array<number>(size).fill(0);
  const positives = labels.reduce((s, y) => s + y, 0);
  // Start at the base rate, so an intercept-only problem converges in one step.
  const rate = Math.min(Math.max(positives / labels.length, 1e-6), 1 - 1e-6);
  beta[0] = Math.log(rate / (1 - rate));
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    const gradient = new Array<number>(size).fill(0);
    for (let i = 0; i < design.length; i++) {
      const x = design[i]!;
      let z = 0;
      for (let j = 0; j < size; j++) z += x[j]! * beta[j]!;
      const p = sigmoid(z);
      const w = Math.max(p * (1 - p), 1e-12);
      const residual = labels[i]! - p;
      for (let j = 0; j < size; j++) {
        gradient[j]! += x[j]! * residual;
        const row = hessian[j]!;
        for (let k = j; k < size; k++) row[k]! += w * x[j]! * x[k]!;
      }
    }
    for (let j = 1; j < size; j++) {
      gradient[j]! -= l2 * beta[j]!;
      hessian[j]![j]! += l2;
    }
    for (let j = 0; j < size; j++) for (let k = 0; k < j; k++) hessian[j]![k] = hessian[k]![j]!;
    const step = solveSymmetric(hessian, gradient);
    let largest = 0;
    for (let j = 0; j < size; j++) {
      beta[j]! += step[j]!;
      largest = Math.max(largest, Math.abs(step[j]!));
    }
    converged = largest < tolerance;
  }
  return {
    featureNames: [...featureNames],
    means,
    scales,
    intercept: beta[0]!,
    weights: beta.slice(1),
    l2,
    iterations,
    converged,
  };
}

/** Each feature's signed share of the log-odds, relative to an average row. */
export function contributions(model: LogisticModel, row: readonly number[]): number[] {
  return model.weights.map((w, j) => (w * (row[j]! - model.means[j]!)) / model.scales[j]!);
}

export function predictProbability(model: LogisticModel, row: readonly number[]): number {
  return sigmoid(model.intercept + contributions(model, row).reduce((s, c) => s + c, 0));
}
