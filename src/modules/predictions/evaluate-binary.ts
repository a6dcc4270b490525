import {
  auc,
  brierScore,
  type CalibrationBin,
  calibrationBins,
  expectedCalibrationError,
} from '../../analytics/stats/classification-metrics.js';

export interface BinaryScores {
  auc: number | null;
  brier: number | null;
  ece: number | null;
  calibration: CalibrationBin[];
}

export interface BinaryEvaluation {
  /** Rows learned from, and rows held out (the latest period). */
  trainRows: number;
  holdoutRows: number;
  holdoutPositives: number;
  model: BinaryScores;
  baseline: BinaryScores;
  /** Whether the model did better than the baseline on both AUC and Brier score on the holdout. */
  beatsBaseline: boolean;
}

export function scoreBinary(probabilities: readonly number[], labels: readonly number[]): BinaryScores {
  const calibration = calibrationBins(probabilities, labels, 10);
  return {
    auc: auc(probabilities, labels),
    brier: brierScore(probabilities, labels),
    ece: expectedCalibrationError(calibration),
    calibration,
  };
}

export function compareWithBaseline(
  trainRows: number,
  labels: readonly number[],
  model: readonly number[],
  baseline: readonly number[],
): BinaryEvaluation {
  const modelScores = scoreBinary(model, labels);
  const baselineScores = scoreBinary(baseline, labels);
  return {
    trainRows,
    holdoutRows: labels.length,
    holdoutPositives: labels.filter((y) => y === 1).length,
    model: modelScores,
    baseline: baselineScores,
    beatsBaseline:
      modelScores.auc !== null &&
      baselineScores.auc !== null &&
      modelScores.auc > baselineScores.auc &&
      modelScores.brier! < baselineScores.brier!,
  };
}
