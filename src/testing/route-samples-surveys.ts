import { and, eq } from 'drizzle-orm';
import { changeSurveyStatus } from '../modules/surveys/change-survey-status.js';
import { createSurvey } from '../modules/surveys/create-survey.js';
import { sendSurveyNow } from '../modules/surveys/send-survey-now.js';
import type { SurveyInput } from '../modules/surveys/surveys.schemas.js';
import { surveyInvitations } from '../modules/surveys/surveys.table.js';
import { addDays } from '../platform/clock.js';
import type { Caller, Sample, SampleWorld } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.
const none: Sample = () => ({});

export const SAMPLE_SURVEY: SurveyInput = {
  name: 'Sample partner satisfaction',
  questions: [
    { key: 'value', text: 'How valuable is the partnership?' },
    { key: 'support', text: 'How good is our partner support?' },
  ],
  recommendQuestion: 'How likely are you to recommend partnering with us?',
  commentQuestion: 'What should we do better?',
  trigger: 'schedule',
  intervalDays: 90,
  roles: ['partner_admin', 'partner_rep'],
  responseDays: 30,
};

const SAMPLE_ANSWER = { ratings: { value: 4, support: 5 }, recommend: 9, comment: 'Helpful team' };

/** One active survey per sample world, sent to every fixture partner user. */
const activeSurveys = new WeakMap<SampleWorld, Promise<string>>();

export function activeSampleSurvey(w: SampleWorld): Promise<string> {
  let survey = activeSurveys.get(w);
  if (!survey) {
    survey = (async () => {
      const created = await createSurvey(w.t.systemCtx, SAMPLE_SURVEY);
      await changeSurveyStatus(w.t.systemCtx, created.id, 'active');
      await sendSurveyNow(w.t.systemCtx, created.id, {});
      return created.id;
    })();
    activeSurveys.set(w, survey);
  }
  return survey;
}

/** The caller's own invitation (partner A's rep's for vendor staff and anonymous callers). */
async function invitationOf(w: SampleWorld, caller: Caller): Promise<string> {
  const surveyId = await activeSampleSurvey(w);
  const userId = caller && w.partnerIdOf(caller) ? w.t.fixtures.users[caller].id : w.userOf(caller);
  const [row] = await w.t.db.database.db
    .select({ id: surveyInvitations.id })
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.userId, userId)));
  return row!.id;
}

/** A fresh pending invitation for the caller, so each answer has one to answer. */
async function freshInvitationOf(w: SampleWorld, caller: Caller): Promise<string> {
  const surveyId = await activeSampleSurvey(w);
  const userId = caller && w.partnerIdOf(caller) ? w.t.fixtures.users[caller].id : w.userOf(caller);
  const now = w.t.systemCtx.clock.now();
  const id = w.t.systemCtx.ids();
  await w.t.db.database.db.insert(surveyInvitations).values({
    id,
    surveyId,
    userId,
    partnerId: w.partnerOf(caller),
    triggerKey: `manual:${w.unique('sample')}`,
    status: 'pending',
    sentAt: now,
    dueAt: addDays(now, 30),
  });
  return id;
}

export const SURVEYS_SAMPLES: Record<string, Sample> = {
  listSurveys: none,
  createSurvey: () => ({ body: SAMPLE_SURVEY }),
  getSurvey: async (w) => ({ params: { id: await activeSampleSurvey(w) } }),
  updateSurvey: async (w) => ({ params: { id: await activeSampleSurvey(w) }, body: SAMPLE_SURVEY }),
  setSurveyStatus: async (w) => ({
    params: { id: (await createSurvey(w.t.systemCtx, { ...SAMPLE_SURVEY, name: w.unique('Survey') })).id },
    body: { status: 'active' },
  }),
  sendSurveyNow: async (w, caller) => ({
    params: { id: await activeSampleSurvey(w) },
    body: { partnerId: w.partnerOf(caller) },
  }),
  listSurveyInvitations: none,
  countPendingSurveyInvitations: none,
  getSurveyInvitation: async (w, caller) => ({ params: { id: await invitationOf(w, caller) } }),
  answerSurveyInvitation: async (w, caller) => ({
    params: { id: await freshInvitationOf(w, caller) },
    body: SAMPLE_ANSWER,
  }),
  getSatisfactionReport: none,
  listPartnerSatisfaction: none,
  listSurveyComments: none,
  getPartnerEngagement: (w, caller) => ({ params: { id: w.partnerOf(caller) } }),
};
