import { and, eq } from 'drizzle-orm';
import { answerInvitation } from '../modules/surveys/answer-invitation.js';
import { surveyInvitations } from '../modules/surveys/surveys.table.js';
import type { IsolationBuilder } from './isolation-targets.js';
import { activeSampleSurvey } from './route-samples-surveys.js';

const MISSING_ID = '019bc0e2-0000-7000-8000-00000000dead';

export const surveysIsolation: IsolationBuilder = async (world) => {
  const surveyId = await activeSampleSurvey(world);
  const invitationOf = async (userId: string) => {
    const [row] = await world.t.db.database.db
      .select({ id: surveyInvitations.id })
      .from(surveyInvitations)
      .where(and(eq(surveyInvitations.surveyId, surveyId), eq(surveyInvitations.userId, userId)));
    return row!.id;
  };
  const users = world.t.fixtures.users;
  const invitationB = await invitationOf(users.partner_rep_b.id);
  const comment = 'Beta keeps its margin complaints confidential';
  await answerInvitation(world.ctxOf('partner_rep_b'), invitationB, {
    ratings: { value: 2, support: 1 },
    recommend: 3,
    comment,
  });
  const pendingB = await invitationOf(users.partner_admin_b.id);
  const colleagueOf = {
    partner_admin_a: await invitationOf(users.partner_rep_a.id),
    partner_rep_a: await invitationOf(users.partner_admin_a.id),
  };
  return {
    markers: [invitationB, pendingB, comment],
    rules: [
      {
        prefix: '/api/survey-invitations/{id}',
        targets: (caller) => {
          const colleague = colleagueOf[caller as keyof typeof colleagueOf];
          return [
            {
              label: "partner B's answered survey",
              params: { id: invitationB },
              missing: { id: MISSING_ID },
            },
            { label: "partner B's pending survey", params: { id: pendingB }, missing: { id: MISSING_ID } },
            ...(colleague
              ? [
                  {
                    label: "a colleague's survey",
                    params: { id: colleague },
                    missing: { id: MISSING_ID },
                  },
                ]
              : []),
          ];
        },
      },
      {
        prefix: '/api/surveys/{id}',
        targets: () => [
          { label: 'a survey (vendor data)', params: { id: surveyId }, missing: { id: MISSING_ID } },
        ],
      },
    ],
  };
};
