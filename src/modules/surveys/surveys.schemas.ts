import { z } from 'zod';
import { PARTNER_ROLES } from '../../platform/actor.js';
import { ZPartnerType, ZRegion } from '../partners/partners.schemas.js';

export const SURVEY_TRIGGERS = ['schedule', 'onboarding.completed', 'registration.dispute_resolved'] as const;
export const SURVEY_STATUSES = ['draft', 'active', 'paused', 'closed'] as const;
export const INVITATION_STATUSES = ['pending', 'answered', 'expired'] as const;
export const MAX_COMMENT_LENGTH = 2000;

export const ZSurveyTrigger = z
  .enum(SURVEY_TRIGGERS)
  .describe('schedule (every intervalDays), or the event after which the partner is asked');
export const ZSurveyStatus = z.enum(SURVEY_STATUSES);
export const ZInvitationStatus = z.enum(INVITATION_STATUSES);

export const ZSurveyQuestion = z.strictObject({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_-]{0,39}$/, 'use lowercase letters, digits, - or _, starting with a letter'),
  text: z.string().trim().min(3).max(300),
});

/** The stored shape as it is read back (no input transforms, so it can be one named component). */
const ZSurveyQuestionView = z.object({ key: z.string(), text: z.string() }).meta({ id: 'SurveyQuestion' });

export const ZSurveyInput = z
  .strictObject({
    name: z.string().trim().min(3).max(120),
    questions: z.array(ZSurveyQuestion).min(1).max(10).describe('Questions rated 1–5'),
    recommendQuestion: z.string().trim().min(3).max(300).describe('The 0–10 recommend question'),
    commentQuestion: z.string().trim().min(3).max(300).describe('The free-text question'),
    trigger: ZSurveyTrigger,
    intervalDays: z
      .number()
      .int()
      .min(7)
      .max(730)
      .nullable()
      .describe('Scheduled surveys: ask each partner user again after this many days; null for events'),
    roles: z.array(z.enum(PARTNER_ROLES)).min(1).max(PARTNER_ROLES.length).describe('Partner roles asked'),
    responseDays: z.number().int().min(1).max(90).describe('Days an invitation stays open'),
  })
  .meta({ id: 'SurveyFields' });
export type SurveyInput = z.output<typeof ZSurveyInput>;

export const ZSurveyCounts = z.object({
  invited: z.number().int(),
  pending: z.number().int(),
  answered: z.number().int(),
  expired: z.number().int(),
  responseRate: z.number().nullable().describe('answered / (answered + expired) in percent; null before any'),
});

export const ZSurvey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    questions: z.array(ZSurveyQuestionView),
    recommendQuestion: z.string(),
    commentQuestion: z.string(),
    trigger: ZSurveyTrigger,
    intervalDays: z.number().int().nullable(),
    roles: z.array(z.enum(PARTNER_ROLES)),
    responseDays: z.number().int(),
    status: ZSurveyStatus,
    counts: ZSurveyCounts,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Survey' });
export type Survey = z.output<typeof ZSurvey>;

export const ZSurveyResponse = z
  .object({
    id: z.uuid(),
    ratings: z.record(z.string(), z.number().int()),
    recommend: z.number().int(),
    comment: z.string(),
    submittedAt: z.iso.datetime(),
  })
  .meta({ id: 'SurveyResponse' });

export const ZSurveyInvitation = z
  .object({
    id: z.uuid(),
    surveyId: z.uuid(),
    surveyName: z.string(),
    questions: z.array(ZSurveyQuestionView),
    recommendQuestion: z.string(),
    commentQuestion: z.string(),
    userId: z.uuid(),
    userName: z.string(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    trigger: z
      .string()
      .describe('Why it was sent: schedule:<date>, manual:<date> or <event type>:<event id>'),
    status: ZInvitationStatus,
    sentAt: z.iso.datetime(),
    dueAt: z.iso.datetime(),
    answeredAt: z.iso.datetime().nullable(),
    response: ZSurveyResponse.nullable(),
  })
  .meta({ id: 'SurveyInvitation' });
export type SurveyInvitation = z.output<typeof ZSurveyInvitation>;

export const ZAnswerInput = z
  .strictObject({
    ratings: z
      .record(z.string().max(40), z.number().int().min(1).max(5))
      .describe('Every question key of the survey, rated 1–5'),
    recommend: z.number().int().min(0).max(10),
    comment: z.string().trim().max(MAX_COMMENT_LENGTH).default(''),
  })
  .meta({ id: 'SurveyAnswer' });
export type AnswerInput = z.output<typeof ZAnswerInput>;

export const ZSatisfactionFigures = z.object({
  psat: z.number().nullable().describe('% of 1–5 answers that are 4 or 5; null without answers'),
  psatAnswers: z.number().int(),
  pnps: z.number().nullable().describe('% promoters (9–10) − % detractors (0–6); null without responses'),
  responses: z.number().int(),
  promoters: z.number().int(),
  passives: z.number().int(),
  detractors: z.number().int(),
});

export const ZSatisfactionGroup = ZSatisfactionFigures.extend({
  key: z.string(),
  label: z.string(),
}).meta({ id: 'SatisfactionGroup' });

export const ZSatisfactionReport = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    overall: ZSatisfactionFigures,
    byTier: z.array(ZSatisfactionGroup),
    byRegion: z.array(ZSatisfactionGroup),
    byPartnerType: z.array(ZSatisfactionGroup),
    bySurvey: z.array(ZSatisfactionGroup),
    byMonth: z.array(ZSatisfactionGroup).describe('Every month of the range, null figures where none'),
  })
  .meta({ id: 'SatisfactionReport' });
export type SatisfactionReport = z.output<typeof ZSatisfactionReport>;

export const ZReportRange = {
  from: z.iso.date().optional().describe('First day (UTC); default 12 months before to'),
  to: z.iso.date().optional().describe('Last day (UTC); default today'),
  surveyId: z.uuid().optional(),
};

export const ZEngagement = z
  .object({
    partnerId: z.uuid(),
    score: z.number().int().describe('0–100: 50 × user share + 30 × day share + 20 × area share'),
    enabledUsers: z.number().int(),
    activeUsers: z.number().int(),
    activeDays: z.number().int(),
    areas: z.array(z.string()),
    userShare: z.number().describe('Enabled users active in the window / enabled users'),
    dayShare: z.number().describe('Days with activity / 12, at most 1'),
    areaShare: z.number().describe('Portal areas used / 5, at most 1'),
    windowDays: z.number().int(),
    from: z.iso.date(),
    to: z.iso.date(),
  })
  .meta({ id: 'PartnerEngagement' });
export type Engagement = z.output<typeof ZEngagement>;

export const ZPartnerSatisfaction = ZSatisfactionFigures.extend({
  partnerId: z.uuid(),
  partnerName: z.string(),
  type: ZPartnerType,
  stage: z.string(),
  tier: z.string().nullable(),
  regions: z.array(ZRegion),
  engagementScore: z.number().int(),
  activeUsers: z.number().int(),
  enabledUsers: z.number().int(),
  activeDays: z.number().int(),
  areas: z.number().int(),
}).meta({ id: 'PartnerSatisfaction' });
export type PartnerSatisfaction = z.output<typeof ZPartnerSatisfaction>;

export const ZSurveyComment = z
  .object({
    responseId: z.uuid(),
    surveyId: z.uuid(),
    surveyName: z.string(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    userName: z.string(),
    submittedAt: z.iso.datetime(),
    ratings: z.record(z.string(), z.number().int()),
    psat: z.number().nullable(),
    recommend: z.number().int(),
    comment: z.string(),
  })
  .meta({ id: 'SurveyComment' });
export type SurveyComment = z.output<typeof ZSurveyComment>;
