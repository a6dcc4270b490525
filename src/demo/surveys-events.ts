import { getUser } from '../modules/identity/get-user.js';
import { getPartner } from '../modules/partners/get-partner.js';
import type { Partner } from '../modules/partners/partners.schemas.js';
import { answerInvitation } from '../modules/surveys/answer-invitation.js';
import { changeSurveyStatus } from '../modules/surveys/change-survey-status.js';
import { createSurvey } from '../modules/surveys/create-survey.js';
import { findInvitations } from '../modules/surveys/find-invitations.js';
import { recordPortalActivity } from '../modules/surveys/record-portal-activity.js';
import type { SurveyInput, SurveyInvitation } from '../modules/surveys/surveys.schemas.js';
import { SURVEYS_JOBS } from '../modules/surveys/surveys-jobs.js';
import type { PartnerRole } from '../platform/actor.js';
import type { Ctx } from '../platform/context.js';
import type { DemoRandom } from './demo-random.js';
import type { DemoEvent, DemoWorld } from './demo-world.js';
import { type PortalUser, planSurveys, SURVEYS_DAY } from './plan-surveys.js';
import type { ProgramStory } from './program-story.js';
import { answerFor, moodOf } from './survey-answers.js';

export const QUARTERLY_SURVEY: SurveyInput = {
  name: 'Quarterly partner satisfaction',
  questions: [
    { key: 'value', text: 'How valuable is the partnership with Larkspur Cloud to your business?' },
    { key: 'support', text: 'How satisfied are you with the support from your partner manager?' },
    { key: 'registration', text: 'How fair and fast is deal registration?' },
    { key: 'enablement', text: 'How useful are the Academy courses and certifications?' },
  ],
  recommendQuestion: 'How likely are you to recommend partnering with Larkspur Cloud to a peer?',
  commentQuestion: 'What is the one thing we should improve?',
  trigger: 'schedule',
  intervalDays: 90,
  roles: ['partner_admin', 'partner_rep'],
  responseDays: 21,
};

export const ONBOARDING_SURVEY: SurveyInput = {
  name: 'Onboarding experience',
  questions: [
    { key: 'clarity', text: 'How clear were the onboarding steps?' },
    { key: 'speed', text: 'How quickly could your team start selling?' },
  ],
  recommendQuestion: 'How likely are you to recommend our onboarding to another partner?',
  commentQuestion: 'What would have made onboarding easier?',
  trigger: 'onboarding.completed',
  intervalDays: null,
  roles: ['partner_admin'],
  responseDays: 14,
};

const SURVEY_KEYS = 'surveys:ids';
const SURVEYS_JOB = SURVEYS_JOBS[0]!;

function actorCtx(world: DemoWorld, userId: string, role: PartnerRole, partnerId: string): Ctx {
  return {
    ...world.as(null),
    actor: { kind: 'user', userId, role, partnerId, scopes: null, apiKeyId: null },
  };
}

function portalCtx(world: DemoWorld, user: PortalUser): Ctx {
  return user.kind === 'person'
    ? world.asPerson(user.key)
    : world.asPartnerUser(user.partnerIndex, user.role);
}

async function pendingInvitations(ctx: Ctx): Promise<SurveyInvitation[]> {
  const all: SurveyInvitation[] = [];
  let cursor: string | undefined;
  do {
    const page = await findInvitations(ctx, { limit: 200, sort: 'sentAt', status: ['pending'], cursor });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** Partner users answer some of their open surveys; how they answer follows their partner's tier and health. */
async function answerRound(world: DemoWorld, random: DemoRandom): Promise<number> {
  const admin = world.as('admin');
  const now = admin.clock.now();
  let answered = 0;
  const partners = new Map<string, Partner>();
  for (const invitation of await pendingInvitations(admin)) {
    if (new Date(invitation.dueAt) <= now) continue;
    let partner = partners.get(invitation.partnerId);
    if (!partner) {
      partner = await getPartner(admin, invitation.partnerId);
      partners.set(partner.id, partner);
    }
    if (!random.chance(partner.stage === 'at_risk' ? 0.35 : 0.55)) continue;
    const user = await getUser(admin, invitation.userId);
    if (user.status !== 'active') continue;
    const answer = answerFor(
      moodOf(partner.tier, partner.stage),
      invitation.questions.map((q) => q.key),
      random,
    );
    await answerInvitation(
      actorCtx(world, user.id, user.role as PartnerRole, invitation.partnerId),
      invitation.id,
      answer,
    );
    answered += 1;
  }
  return answered;
}

/**
 * The program owner sets up a quarterly PSAT survey and an onboarding survey early in the story; the
 * surveys job runs every two weeks (inviting, and expiring what nobody answered); partner users answer
 * a few days later; and partner users work in the portal over the last weeks, for engagement scores.
 */
export function surveysEvents(story: ProgramStory, random: DemoRandom): DemoEvent[] {
  const plan = planSurveys(story, random);
  const setup: DemoEvent = {
    day: SURVEYS_DAY,
    minute: 300,
    async run(world) {
      const ctx = world.as('admin');
      const ids: string[] = [];
      for (const input of [QUARTERLY_SURVEY, ONBOARDING_SURVEY]) {
        const survey = await createSurvey(ctx, input);
        await changeSurveyStatus(ctx, survey.id, 'active');
        ids.push(survey.id);
      }
      world.keep(SURVEY_KEYS, ids);
    },
  };
  const jobs = plan.jobDays.map(
    (day): DemoEvent => ({ day, minute: 660, run: (world) => SURVEYS_JOB.run(world.as(null)) }),
  );
  const answers = plan.answerDays.map(
    (day): DemoEvent => ({ day, minute: 720, run: (world) => answerRound(world, random) }),
  );
  const activity = plan.activity.map(
    ({ day, visits }): DemoEvent => ({
      day,
      minute: 500,
      async run(world) {
        for (const visit of visits) {
          const ctx = portalCtx(world, visit.user);
          await recordPortalActivity(ctx, visit.areas);
        }
      },
    }),
  );
  return [setup, ...jobs, ...answers, ...activity];
}
