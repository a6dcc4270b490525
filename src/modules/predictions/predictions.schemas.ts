import { z } from 'zod';
import { ZCurrency } from '../../platform/money/money.js';

export const MODEL_KINDS = ['registration_win', 'partner_churn', 'revenue_forecast'] as const;
export type ModelKind = (typeof MODEL_KINDS)[number];

export const ZScoreFactor = z
  .object({
    feature: z.string(),
    contribution: z
      .number()
      .describe('Signed log-odds contribution against an average case; positive raises the probability'),
    description: z.string(),
  })
  .meta({ id: 'ScoreFactor' });

export const ZRegistrationScore = z
  .object({
    registrationId: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    customerName: z.string(),
    status: z.string(),
    amountMinor: z.number().int(),
    currency: ZCurrency,
    submittedAt: z.iso.datetime({ offset: true }),
    probability: z.number().min(0).max(1).describe('Chance the registration ends won'),
    baseline: z.number().min(0).max(1).describe("The partner's smoothed historical win rate"),
    factors: z.array(ZScoreFactor),
  })
  .meta({ id: 'RegistrationScore' });
export type RegistrationScore = z.infer<typeof ZRegistrationScore>;

export const ZPartnerChurnScore = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    probability: z.number().min(0).max(1).describe('Chance the partner goes inactive in the next 180 days'),
    factors: z.array(ZScoreFactor),
  })
  .meta({ id: 'PartnerChurnScore' });

const ZModelInfo = {
  trainedAt: z.iso
    .datetime({ offset: true })
    .nullable()
    .describe('Null when no model was saved and this one was fitted for the request'),
  trainedThrough: z.iso.datetime({ offset: true }),
};

export const ZRegistrationScores = z
  .object({ ...ZModelInfo, items: z.array(ZRegistrationScore) })
  .meta({ id: 'RegistrationScores' });
export const ZChurnScores = z
  .object({ ...ZModelInfo, items: z.array(ZPartnerChurnScore) })
  .meta({ id: 'ChurnScores' });

const ZCalibrationBin = z.object({
  from: z.number(),
  to: z.number(),
  count: z.number().int(),
  meanPredicted: z.number().nullable(),
  observedRate: z.number().nullable(),
});

const ZBinaryScores = z.object({
  auc: z.number().nullable(),
  brier: z.number().nullable(),
  ece: z.number().nullable().describe('Expected calibration error over ten equal-width bins'),
  calibration: z.array(ZCalibrationBin),
});

export const ZBinaryEvaluation = z
  .object({
    kind: z.enum(['registration_win', 'partner_churn']),
    trainedAt: z.iso.datetime({ offset: true }),
    trainedThrough: z.iso.datetime({ offset: true }),
    trainRows: z.number().int(),
    holdoutRows: z.number().int(),
    holdoutPositives: z.number().int(),
    model: ZBinaryScores,
    baseline: ZBinaryScores,
    baselineName: z.string(),
    beatsBaseline: z.boolean(),
    penalty: z.number(),
    weights: z.array(z.object({ feature: z.string(), weight: z.number() })),
  })
  .meta({ id: 'BinaryModelEvaluation' });
export type BinaryModelEvaluation = z.infer<typeof ZBinaryEvaluation>;

const ZErrorFigures = z.object({
  points: z.number().int(),
  mae: z.number().nullable().describe('Mean absolute error, minor units'),
  mape: z.number().nullable().describe('Mean absolute percentage error as a fraction'),
});

export const ZBacktestSummary = z
  .object({
    points: z.number().int(),
    coverage: z.number().nullable().describe('Share of actuals inside their 80% interval'),
    coveragePoints: z.number().int(),
    model: ZErrorFigures,
    naiveLast: ZErrorFigures,
    seasonal: z.object({ model: ZErrorFigures, naive: ZErrorFigures }),
  })
  .meta({ id: 'BacktestSummary' });

export const ZForecastEvaluation = z
  .object({
    kind: z.literal('revenue_forecast'),
    trainedAt: z.iso.datetime({ offset: true }),
    trainedThrough: z.iso.datetime({ offset: true }),
    currency: ZCurrency,
    sigma: z.number(),
    residuals: z.number().int(),
    backtest: ZBacktestSummary,
  })
  .meta({ id: 'ForecastEvaluation' });

export const ZModelEvaluations = z
  .object({
    registrationWin: ZBinaryEvaluation.nullable(),
    partnerChurn: ZBinaryEvaluation.nullable(),
    revenueForecast: ZForecastEvaluation.nullable(),
  })
  .meta({ id: 'ModelEvaluations' });
export type ModelEvaluations = z.infer<typeof ZModelEvaluations>;

const ZForecastQuarter = z.object({
  quarter: z.string(),
  expectedMinor: z.number().int(),
  lowMinor: z.number().int(),
  highMinor: z.number().int(),
  fromPipelineMinor: z.number().int(),
  fromTrendMinor: z.number().int(),
});

export const ZRevenueForecastReport = z
  .object({
    currency: ZCurrency,
    asOf: z.iso.datetime({ offset: true }),
    quarters: z.array(ZForecastQuarter),
    history: z.array(z.object({ quarter: z.string(), actualMinor: z.number().int() })),
    stageProbabilities: z.array(
      z.object({
        stage: z.string(),
        observations: z.number().int(),
        byQuarter: z.array(z.number()),
        probability: z.number(),
      }),
    ),
    interval: z.object({ sigma: z.number(), residuals: z.number().int() }),
    backtest: ZBacktestSummary,
    backtestPoints: z.array(
      z.object({
        origin: z.string(),
        horizon: z.number().int(),
        quarter: z.string(),
        forecastMinor: z.number().int(),
        actualMinor: z.number().int(),
        naiveMinor: z.number().int(),
        lowMinor: z.number().int().nullable(),
        highMinor: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'RevenueForecastReport' });
export type RevenueForecastReport = z.infer<typeof ZRevenueForecastReport>;
