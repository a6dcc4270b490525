import { academyEvents } from './academy-events.js';
import { coSellEvents } from './deal-events.js';
import type { DemoEvent } from './demo-world.js';
import { certificateSweepEvents, learningEvents } from './learning-events.js';
import { onboardingJobEvents, onboardingTemplateEvents, stepTickEvents } from './onboarding-events.js';
import { departureEvents, peopleEvents } from './people-events.js';
import type { LifecycleStory } from './plan-lifecycle-story.js';
import { recruitingEvents } from './recruiting-events.js';
import { registrationEvents } from './registration-events.js';
import { tierEvents } from './tier-events.js';

/** Weekly certificate sweeps start once the first certificates could near their expiry. */
const FIRST_CERTIFICATE_SWEEP = 301;

/**
 * Every step of the lifecycle story. The onboarding jobs come last, so on a day they run after
 * everything else that happened at the same minute.
 */
export function lifecycleEvents(story: LifecycleStory): DemoEvent[] {
  return [
    ...onboardingTemplateEvents(),
    ...academyEvents(),
    ...recruitingEvents(story.recruiting.applications, story.recruiting.partners),
    ...peopleEvents(story.people),
    ...departureEvents(story.departures, story.people),
    ...learningEvents(story.enrollments),
    ...certificateSweepEvents(FIRST_CERTIFICATE_SWEEP),
    ...registrationEvents(story.deals.registrations),
    ...coSellEvents(story.deals.actions),
    ...stepTickEvents(story.ticks),
    ...tierEvents(story.tiers, story.partners),
    ...onboardingJobEvents(story.jobDays),
  ];
}
