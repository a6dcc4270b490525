import type { Ctx } from '../../platform/context.js';
import { loadLatestModel, type StoredModel } from './load-latest-model.js';
import type {
  BinaryEvaluationRecord,
  ChurnParameters,
  ForecastEvaluationRecord,
  ForecastParameters,
  WinParameters,
} from './model-records.js';
import type { BinaryModelEvaluation, ModelEvaluations } from './predictions.schemas.js';

function binary(
  row: StoredModel | null,
  kind: 'registration_win' | 'partner_churn',
): BinaryModelEvaluation | null {
  if (!row) return null;
  const evaluation = row.evaluation as BinaryEvaluationRecord;
  const { model } = row.parameters as WinParameters | ChurnParameters;
  return {
    kind,
    trainedAt: row.trainedAt.toISOString(),
    trainedThrough: row.trainedThrough.toISOString(),
    trainRows: evaluation.trainRows,
    holdoutRows: evaluation.holdoutRows,
    holdoutPositives: evaluation.holdoutPositives,
    model: evaluation.model,
    baseline: evaluation.baseline,
    baselineName: evaluation.baselineName,
    beatsBaseline: evaluation.beatsBaseline,
    penalty: model.l2,
    weights: model.featureNames.map((feature, i) => ({ feature, weight: model.weights[i]! })),
  };
}

/** How the latest model of each kind did on its holdout against its baseline (null before training). */
export async function getModelEvaluation(ctx: Ctx): Promise<ModelEvaluations> {
  const [win, churn, forecast] = await Promise.all([
    loadLatestModel(ctx.db, 'registration_win'),
    loadLatestModel(ctx.db, 'partner_churn'),
    loadLatestModel(ctx.db, 'revenue_forecast'),
  ]);
  const forecastEvaluation = forecast?.evaluation as ForecastEvaluationRecord | undefined;
  const forecastParameters = forecast?.parameters as ForecastParameters | undefined;
  return {
    registrationWin: binary(win, 'registration_win'),
    partnerChurn: binary(churn, 'partner_churn'),
    revenueForecast:
      forecast && forecastEvaluation && forecastParameters
        ? {
            kind: 'revenue_forecast',
            trainedAt: forecast.trainedAt.toISOString(),
            trainedThrough: forecast.trainedThrough.toISOString(),
            currency: forecastEvaluation.currency,
            sigma: forecastParameters.intervals.sigma,
            residuals: forecastParameters.intervals.residuals,
            backtest: forecastEvaluation.backtest,
          }
        : null,
  };
}
