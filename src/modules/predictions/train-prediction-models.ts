import { forecastRevenue } from '../../analytics/forecast/revenue-forecast.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { loadTierProgram } from '../tiers/get-tier-program.js';
import { fitChurnModel } from './fit-churn-model.js';
import { fitWinModel } from './fit-win-model.js';
import { getModelEvaluation } from './get-model-evaluation.js';
import {
  type BinaryEvaluationRecord,
  CHURN_BASELINE_NAME,
  type ChurnParameters,
  type ForecastEvaluationRecord,
  type ForecastParameters,
  WIN_BASELINE_NAME,
  type WinParameters,
} from './model-records.js';
import type { ModelEvaluations, ModelKind } from './predictions.schemas.js';
import { predictionModels } from './predictions.table.js';
import { FORECAST_STAGES, readIndirectPipeline } from './read-indirect-pipeline.js';
import { readPartnerTimelines } from './read-partner-timelines.js';
import { readRegistrationHistory } from './read-registration-history.js';

interface NewModel {
  kind: ModelKind;
  trainedThrough: Date;
  parameters: WinParameters | ChurnParameters | ForecastParameters;
  evaluation: BinaryEvaluationRecord | ForecastEvaluationRecord;
}

/**
 * Fits the win and churn models and the forecast's interval spread on all history up to now,
 * evaluates each on its time-based holdout (the forecast by backtest), and saves them. A kind with too
 * little history is skipped and keeps its previous model.
 */
export async function trainPredictionModels(ctx: Ctx): Promise<ModelEvaluations> {
  const asOf = ctx.clock.now();
  const program = await loadTierProgram(ctx.db);
  const [facts, timelines, deals] = await Promise.all([
    readRegistrationHistory(ctx.db),
    readPartnerTimelines(ctx.db),
    readIndirectPipeline(ctx.db, program.exchangeRates, program.currency),
  ]);
  const fresh: NewModel[] = [];
  const win = fitWinModel(facts, program.exchangeRates, asOf);
  if (win)
    fresh.push({
      kind: 'registration_win',
      trainedThrough: win.trainedThrough,
      parameters: { model: win.model, baseRate: win.baseRate },
      evaluation: { ...win.evaluation, baselineName: WIN_BASELINE_NAME },
    });
  const churn = fitChurnModel(timelines, asOf);
  if (churn)
    fresh.push({
      kind: 'partner_churn',
      trainedThrough: churn.trainedThrough,
      parameters: { model: churn.model, baseline: churn.baseline },
      evaluation: { ...churn.evaluation, baselineName: CHURN_BASELINE_NAME },
    });
  if (deals.length) {
    const forecast = forecastRevenue(deals, asOf.getTime(), FORECAST_STAGES);
    fresh.push({
      kind: 'revenue_forecast',
      trainedThrough: asOf,
      parameters: {
        currency: program.currency,
        intervals: forecast.intervals,
        stageProbabilities: forecast.stageProbabilities,
      },
      evaluation: {
        currency: program.currency,
        backtest: forecast.backtest.summary,
        points: forecast.backtest.points,
      },
    });
  }
  await inTransaction(ctx, async (tx) => {
    const saved: { kind: ModelKind; id: string }[] = [];
    for (const model of fresh) {
      const id = tx.ids();
      saved.push({ kind: model.kind, id });
      await tx.db.insert(predictionModels).values({ id, ...model, trainedAt: asOf });
      await recordAudit(tx, {
        action: 'prediction_model.trained',
        entityType: 'prediction_model',
        entityId: id,
        after: {
          kind: model.kind,
          trainedThrough: model.trainedThrough.toISOString(),
          evaluation: summary(model),
        },
      });
    }
    if (saved.length)
      await publishEvent(tx, {
        type: 'predictions.trained',
        entityType: 'prediction_model',
        entityId: saved[0]!.id,
        payload: { models: saved, trainedAt: asOf.toISOString() },
      });
  });
  return getModelEvaluation(ctx);
}

function summary(model: NewModel): Record<string, unknown> {
  if ('points' in model.evaluation) return { backtest: model.evaluation.backtest };
  const { calibration: _m, ...modelScores } = model.evaluation.model;
  const { calibration: _b, ...baselineScores } = model.evaluation.baseline;
  return { model: modelScores, baseline: baselineScores, beatsBaseline: model.evaluation.beatsBaseline };
}
