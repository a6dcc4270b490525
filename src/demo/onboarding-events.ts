import { completeOnboardingStep } from '../modules/onboarding/complete-onboarding-step.js';
import { createTemplate } from '../modules/onboarding/create-template.js';
import { getPartnerOnboarding } from '../modules/onboarding/get-partner-onboarding.js';
import { onboardingEventsJob, stalledOnboardingsJob } from '../modules/onboarding/onboarding-jobs.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoEvent } from './demo-world.js';
import { DEMO_ONBOARDING_TEMPLATES } from './onboarding-templates.js';
import type { StepTick } from './plan-onboarding.js';

/** Day 3: the program owner sets up the checklists for the main partner types. */
export function onboardingTemplateEvents(): DemoEvent[] {
  return DEMO_ONBOARDING_TEMPLATES.map((template, i) => ({
    day: 3,
    minute: 60 + i * 10,
    run: (world) => createTemplate(world.as('admin'), template),
  }));
}

/** Managers and partner admins tick steps by hand. */
export function stepTickEvents(ticks: readonly StepTick[]): DemoEvent[] {
  return ticks.map((tick) => ({
    day: tick.day,
    minute: tick.minute,
    async run(world) {
      const ctx = 'memberKey' in tick.by ? world.as(tick.by.memberKey) : world.asPerson(tick.by.personKey);
      const partnerId = world.partnerId(tick.partnerIndex);
      const { steps } = await getPartnerOnboarding(ctx, partnerId);
      const step = steps.find((s) => s.key === tick.stepKey);
      if (!step)
        throw new Error(`The demo partner ${tick.partnerIndex} has no onboarding step ${tick.stepKey}`);
      if (step.done) return;
      return completeOnboardingStep(ctx, partnerId, step.id, { note: tick.note });
    },
  }));
}

/**
 * The scheduled jobs of onboarding as they ran through the story: the event consumer in the evening
 * of every day something happened to an onboarding (it starts checklists, completes steps, records
 * activations and first revenue; the real job runs every minute, but the story only needs it where it
 * changes something) and the stalled sweep once a week.
 */
export function onboardingJobEvents(consumerDays: readonly number[]): DemoEvent[] {
  const events: DemoEvent[] = consumerDays.map((day) => ({
    day,
    minute: 600,
    run: (world) => onboardingEventsJob.run(world.as(null)),
  }));
  for (let day = 7; day <= DEMO_LAST_DAY; day += 7)
    events.push({ day, minute: 610, run: (world) => stalledOnboardingsJob.run(world.as(null)) });
  // Once more after the story's last events, so the snapshot has read every event there is.
  events.push({ day: DEMO_LAST_DAY, minute: 900, run: (world) => onboardingEventsJob.run(world.as(null)) });
  return events;
}
