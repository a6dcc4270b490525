import { courseByKey } from './academy-catalog.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { LifecyclePartner } from './lifecycle-partners.js';
import type { DealStory } from './plan-deal-story.js';
import type { EnrollmentPlan } from './plan-learning.js';
import type { PartnerDealStory } from './plan-partner-deals.js';
import type { PersonPlan } from './plan-partner-people.js';

/**
 * The evenings the onboarding consumer runs in the story. The real job runs every minute; the story
 * runs it where that changes something a person would see: the day a partner enters onboarding (its
 * checklist starts) and the days of a partner's first invitation, first completed course, first
 * certificate and first registration (a checklist may complete). Everything else it reads later keeps
 * its own time: a step is completed at its event's time, a first win at the win's.
 */
export function consumerDays(
  partners: readonly LifecyclePartner[],
  people: readonly PersonPlan[],
  enrollments: readonly EnrollmentPlan[],
  deals: PartnerDealStory,
  dealStory: DealStory,
): number[] {
  const firsts = new Map<string, number>();
  const first = (partnerIndex: number, kind: string, day: number) => {
    const key = `${partnerIndex}:${kind}`;
    firsts.set(key, Math.min(day, firsts.get(key) ?? day));
  };
  for (const partner of partners)
    if (partner.onboardingDay !== null) first(partner.index, 'start', partner.onboardingDay);
  for (const person of people) if (!person.existing) first(person.partnerIndex, 'invite', person.invitedDay);
  for (const enrollment of enrollments) {
    const { spec } = courseByKey(enrollment.courseKey);
    const passed = enrollment.attempts.find((a) => a.pass)?.day;
    const read =
      enrollment.lessons.length === spec.lessons.length ? enrollment.lessons.at(-1)?.day : undefined;
    const completed = spec.quiz ? passed : read;
    if (completed === undefined) continue;
    first(enrollment.partnerIndex, 'course', completed);
    if (spec.certification) first(enrollment.partnerIndex, 'certificate', completed);
  }
  for (const plan of [...deals.registrations, ...dealStory.registrations])
    if (plan.expect !== 'draft') first(plan.partnerIndex, 'registration', plan.day);
  return [...new Set(firsts.values())]
    .filter((day) => day >= 1 && day <= DEMO_LAST_DAY)
    .sort((a, b) => a - b);
}
