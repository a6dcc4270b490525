import type { PartnerRole } from '../platform/actor.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import type { ProgramStory } from './program-story.js';

/** The day the program owner sets up the two surveys. */
export const SURVEYS_DAY = 20;
/** The surveys job runs every two weeks in the story (hourly in a real deployment). */
export const SURVEY_JOB_EVERY_DAYS = 14;
/** Partner users answer a few days after each run of the job. */
export const ANSWER_DELAY_DAYS = 3;
/** Portal activity is recorded over the story's last weeks, so engagement scores at its end vary. */
export const ACTIVITY_DAYS = 30;

export const PORTAL_AREAS = [
  'registrations',
  'deals',
  'enablement',
  'mapping',
  'onboarding',
  'tiers',
  'partners',
  'surveys',
] as const;

/** Who acts in the portal: a deal-story user (by partner and role) or a lifecycle person (by key). */
export type PortalUser =
  | { kind: 'partnerUser'; partnerIndex: number; role: PartnerRole; fromDay: number; toDay: number }
  | { kind: 'person'; partnerIndex: number; key: string; fromDay: number; toDay: number };

export interface ActivityDay {
  day: number;
  visits: Array<{ user: PortalUser; areas: string[] }>;
}

export interface SurveysPlan {
  jobDays: number[];
  answerDays: number[];
  activity: ActivityDay[];
}

/** Every portal user of the story, with the days they could sign in. */
function portalUsers(story: ProgramStory): PortalUser[] {
  const left = new Map(story.lifecycle.departures.map((d) => [d.personKey, d.day]));
  const users: PortalUser[] = story.partnerUsers.map((u) => ({
    kind: 'partnerUser',
    partnerIndex: u.partnerIndex,
    role: u.role,
    fromDay: u.day + 1,
    toDay: DEMO_LAST_DAY,
  }));
  for (const person of story.lifecycle.people) {
    if (person.existing || person.acceptedDay === null) continue;
    users.push({
      kind: 'person',
      partnerIndex: person.partnerIndex,
      key: person.key,
      fromDay: person.acceptedDay + 1,
      toDay: (left.get(person.key) ?? DEMO_LAST_DAY + 1) - 1,
    });
  }
  return users;
}

/**
 * When the job and the answers happen, and who works in which portal areas on which of the last
 * days: each partner gets its own habit (some busy, some quiet), at-risk and churned partners barely
 * or never sign in.
 */
export function planSurveys(story: ProgramStory, random: DemoRandom): SurveysPlan {
  const jobDays: number[] = [];
  for (let day = SURVEYS_DAY + 1; day <= DEMO_LAST_DAY; day += SURVEY_JOB_EVERY_DAYS) jobDays.push(day);
  const answerDays = jobDays.map((d) => d + ANSWER_DELAY_DAYS).filter((d) => d <= DEMO_LAST_DAY);
  const partners = new Map(story.lifecycle.partners.map((p) => [p.index, p]));
  const users = portalUsers(story);
  const habit = new Map<number, number>();
  for (const user of users) {
    if (habit.has(user.partnerIndex)) continue;
    const partner = partners.get(user.partnerIndex);
    const atRisk = partner?.atRiskDay != null && !partner.recovered;
    const churned = partner?.churnDay != null;
    habit.set(user.partnerIndex, churned ? 0 : atRisk ? 0.03 : 0.02 + random.next() ** 2 * 0.6);
  }
  const activity: ActivityDay[] = [];
  for (let day = DEMO_LAST_DAY - ACTIVITY_DAYS + 1; day <= DEMO_LAST_DAY; day++) {
    const visits: ActivityDay['visits'] = [];
    for (const user of users) {
      if (day < user.fromDay || day > user.toDay) continue;
      const likelihood = habit.get(user.partnerIndex) ?? 0;
      if (!random.chance(likelihood)) continue;
      const breadth = random.int(1, likelihood > 0.35 ? 3 : 2);
      visits.push({ user, areas: random.sample(PORTAL_AREAS, breadth) });
    }
    if (visits.length) activity.push({ day, visits });
  }
  return { jobDays, answerDays, activity };
}
