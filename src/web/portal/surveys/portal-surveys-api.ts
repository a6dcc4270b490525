import { api, type Schemas, unwrap } from '../../shared/api/client';

export type SurveyInvitation = Schemas['SurveyInvitation'];
export type SurveyAnswer = Schemas['SurveyAnswer'];
export type Engagement = Schemas['PartnerEngagement'];

export const PORTAL_SURVEYS_KEY = 'portal-surveys';

export const fetchMyInvitations = (query: {
  status: string;
  sort: 'sentAt' | '-sentAt' | 'dueAt' | '-dueAt';
  limit: number;
  cursor?: string;
}) => unwrap(api.GET('/api/survey-invitations', { params: { query } }));

export const answerInvitation = (id: string, body: SurveyAnswer) =>
  unwrap(api.POST('/api/survey-invitations/{id}/response', { params: { path: { id } }, body }));

export const fetchEngagement = (partnerId: string) =>
  unwrap(api.GET('/api/partners/{id}/engagement', { params: { path: { id: partnerId }, query: {} } }));
