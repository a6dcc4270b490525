import { api, type Schemas, unwrap } from '../../../shared/api/client';

export type AttributionComparison = Schemas['AttributionComparison'];
export type AttributionRow = AttributionComparison['partners'][number];
export type AttributionModel = AttributionComparison['models'][number];

export const ATTRIBUTION_KEY = 'attribution';

export interface ComparisonQuery {
  from?: string;
  to?: string;
  halfLifeDays?: number;
}

export const fetchAttributionComparison = (query: ComparisonQuery) =>
  unwrap(api.GET('/api/attribution/comparison', { params: { query } }));

export const MODEL_LABELS: Record<AttributionModel, string> = {
  first_touch: 'First touch',
  last_touch: 'Last touch',
  linear: 'Linear',
  time_decay: 'Time decay',
  position_based: 'Position-based',
  w_shaped: 'W-shaped',
  markov: 'Markov',
  shapley: 'Shapley',
};

export const MODEL_COLORS: Record<AttributionModel, string> = {
  first_touch: 'blue.6',
  last_touch: 'cyan.6',
  linear: 'teal.6',
  time_decay: 'green.6',
  position_based: 'lime.6',
  w_shaped: 'yellow.6',
  markov: 'orange.6',
  shapley: 'grape.6',
};

/** One sentence per model, for the note under the table. */
export const MODEL_NOTES: Record<AttributionModel, string> = {
  first_touch: 'The partner that touched the deal first gets all of it.',
  last_touch: 'The partner with the last touch before the close gets all of it.',
  linear: 'Every touch gets an equal share, so a partner that touched twice gets two shares.',
  time_decay:
    'Touches closer to the close count more: a touch’s weight halves every half-life (in days) before the close.',
  position_based: '40% to the first touch, 40% to the last, 20% spread over the touches between.',
  w_shaped:
    '30% each to the first touch, the lead-creation touch (the last one at or before the registration was approved, else the middle touch) and the last, 10% over the rest.',
  markov:
    'Each partner’s removal effect in a Markov chain of all touched deals, won and lost: how many wins would be lost without it.',
  shapley:
    'Each partner’s Shapley value: its fair share of the wins of every combination of partners it took part in.',
};
