import type { JobDefinition } from '../../platform/jobs/job-definition.js';
import { trainPredictionModels } from './train-prediction-models.js';

export const PREDICTIONS_JOBS: readonly JobDefinition[] = [
  {
    name: 'predictions.train',
    description:
      'Retrains the registration-win and partner-churn models and the indirect revenue forecast’s intervals on the latest history',
    intervalSeconds: 86_400,
    async run(ctx) {
      const trained = await trainPredictionModels(ctx);
      return {
        registrationWinAuc: trained.registrationWin?.model.auc ?? null,
        partnerChurnAuc: trained.partnerChurn?.model.auc ?? null,
        forecastCoverage: trained.revenueForecast?.backtest.coverage ?? null,
      };
    },
  },
];
