import type { paths } from '../../../client/schema';
import { api, type Schemas, unwrap } from '../../shared/api/client';

export type Survey = Schemas['Survey'];
export type SurveyBody = Schemas['SurveyFields'];
export type PartnerSatisfaction = Schemas['PartnerSatisfaction'];
export type SurveyComment = Schemas['SurveyComment'];
export type SatisfactionReport = Schemas['SatisfactionReport'];
export type SatisfactionGroup = Schemas['SatisfactionGroup'];

/** Everything cached about surveys starts with this key, so one invalidation refreshes it all. */
export const SURVEYS_KEY = 'surveys';

export const TRIGGER_LABELS: Record<Survey['trigger'], string> = {
  schedule: 'On a schedule',
  'onboarding.completed': 'After onboarding is completed',
  'registration.dispute_resolved': 'After a registration dispute is resolved',
};

export interface SurveyListQuery {
  sort: 'createdAt' | '-createdAt' | 'name' | '-name' | 'updatedAt' | '-updatedAt';
  limit: number;
  cursor?: string;
  status?: string;
  q?: string;
}

export const fetchSurveys = (query: SurveyListQuery) =>
  unwrap(api.GET('/api/surveys', { params: { query } }));

export const createSurvey = (body: SurveyBody) => unwrap(api.POST('/api/surveys', { body }));

export const updateSurvey = (id: string, body: SurveyBody) =>
  unwrap(api.PUT('/api/surveys/{id}', { params: { path: { id } }, body }));

export const setSurveyStatus = (id: string, status: 'active' | 'paused' | 'closed') =>
  unwrap(api.POST('/api/surveys/{id}/status', { params: { path: { id } }, body: { status } }));

export const sendSurveyNow = (id: string) =>
  unwrap(api.POST('/api/surveys/{id}/send', { params: { path: { id } }, body: {} }));

export const fetchSatisfactionReport = (query: { from?: string; to?: string; surveyId?: string }) =>
  unwrap(api.GET('/api/satisfaction/report', { params: { query } }));

export type PartnerSatisfactionQuery = NonNullable<
  paths['/api/satisfaction/partners']['get']['parameters']['query']
>;

export const fetchPartnerSatisfaction = (query: PartnerSatisfactionQuery) =>
  unwrap(api.GET('/api/satisfaction/partners', { params: { query } }));

export const fetchSurveyComments = (query: {
  sort: '-submittedAt' | 'submittedAt' | 'recommend' | '-recommend';
  limit: number;
  cursor?: string;
  from?: string;
  to?: string;
}) => unwrap(api.GET('/api/satisfaction/comments', { params: { query } }));

/** "72 %" or a dash where there is nothing to measure. */
export const formatPercent = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : `${value.toLocaleString('en', { maximumFractionDigits: 1 })} %`;

/** pNPS is a difference of percentages: "+12", "−8", or a dash. */
export const formatPnps = (value: number | null | undefined) =>
  value === null || value === undefined
    ? '—'
    : `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(value).toLocaleString('en', { maximumFractionDigits: 1 })}`;
