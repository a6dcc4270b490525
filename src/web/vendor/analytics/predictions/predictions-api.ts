import { api, type Schemas, unwrap } from '../../../shared/api/client';

export type RegistrationScore = Schemas['RegistrationScore'];
export type PartnerChurnScore = Schemas['PartnerChurnScore'];
export type ScoreFactor = Schemas['ScoreFactor'];
export type ModelEvaluations = Schemas['ModelEvaluations'];
export type BinaryModelEvaluation = Schemas['BinaryModelEvaluation'];
export type RevenueForecastReport = Schemas['RevenueForecastReport'];
export type BacktestSummary = Schemas['BacktestSummary'];

/** Everything cached about predictions starts with this key, so retraining refreshes it all. */
export const PREDICTIONS_KEY = 'predictions';

export const fetchRegistrationScores = () => unwrap(api.GET('/api/predictions/registrations', {}));
export const fetchChurnScores = () => unwrap(api.GET('/api/predictions/churn', {}));
export const fetchEvaluation = () => unwrap(api.GET('/api/predictions/evaluation', {}));
export const trainModels = () => unwrap(api.POST('/api/predictions/train', {}));
export const fetchForecast = () => unwrap(api.GET('/api/forecast/indirect-revenue', {}));

export const formatProbability = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : `${Math.round(value * 100)}%`;
export const formatMetric = (value: number | null | undefined, digits = 3) =>
  value === null || value === undefined ? '—' : value.toFixed(digits);
