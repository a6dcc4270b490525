import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses } from '../../platform/http/schemas.js';
import { getRevenueForecastReport } from './forecast-indirect-revenue.js';
import { getModelEvaluation } from './get-model-evaluation.js';
import {
  ZChurnScores,
  ZModelEvaluations,
  ZRegistrationScores,
  ZRevenueForecastReport,
} from './predictions.schemas.js';
import { scorePartnerChurnWithModel } from './score-partner-churn.js';
import { scoreRegistrations } from './score-registrations.js';
import { trainPredictionModels } from './train-prediction-models.js';

const tags = ['analytics'];
const ZPartnerFilter = z.strictObject({
  partnerId: z.uuid().optional().describe('Only this partner'),
});

export const predictionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/predictions/registrations',
    {
      config: { action: 'analytics.read' },
      schema: {
        operationId: 'scoreOpenRegistrations',
        tags,
        summary: 'Win probability of every open registration, with the factors that moved it most',
        querystring: ZPartnerFilter,
        response: { 200: ZRegistrationScores, ...problemResponses },
      },
    },
    async (request) => scoreRegistrations(ctxOf(request), request.query),
  );

  app.get(
    '/api/predictions/churn',
    {
      config: { action: 'analytics.read' },
      schema: {
        operationId: 'scorePartnerChurn',
        tags,
        summary: 'Chance each active or at-risk partner goes inactive in the next 180 days, with factors',
        querystring: ZPartnerFilter,
        response: { 200: ZChurnScores, ...problemResponses },
      },
    },
    async (request) => scorePartnerChurnWithModel(ctxOf(request), request.query),
  );

  app.get(
    '/api/predictions/evaluation',
    {
      config: { action: 'analytics.read' },
      schema: {
        operationId: 'getPredictionEvaluation',
        tags,
        summary:
          'AUC, Brier score and calibration of the saved models against their baselines, and the forecast backtest',
        response: { 200: ZModelEvaluations, ...problemResponses },
      },
    },
    async (request) => getModelEvaluation(ctxOf(request)),
  );

  app.post(
    '/api/predictions/train',
    {
      config: { action: 'analytics.train' },
      schema: {
        operationId: 'trainPredictionModels',
        tags,
        summary: 'Retrain the win and churn models and the forecast intervals on all history now',
        response: { 200: ZModelEvaluations, ...problemResponses },
      },
    },
    async (request) => trainPredictionModels(ctxOf(request)),
  );

  app.get(
    '/api/forecast/indirect-revenue',
    {
      config: { action: 'analytics.read' },
      schema: {
        operationId: 'forecastIndirectRevenue',
        tags,
        summary:
          'Indirect revenue for the next four quarters with 80% intervals, and its backtest against a naive forecast',
        querystring: z.strictObject({
          asOf: z.iso
            .datetime({ offset: true })
            .optional()
            .describe('Forecast as it would have been made then; default now'),
        }),
        response: { 200: ZRevenueForecastReport, ...problemResponses },
      },
    },
    async (request) => getRevenueForecastReport(ctxOf(request), request.query),
  );
};
