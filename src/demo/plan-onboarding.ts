import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import { type LifecyclePartner, managerOf } from './lifecycle-partners.js';
import { checklistFor, MANUAL_STEP_TICKERS } from './onboarding-templates.js';
import type { PersonPlan } from './plan-partner-people.js';

/** A step ticked by hand: a manual step, or an automatic one whose event will never come. */
export interface StepTick {
  partnerIndex: number;
  stepKey: string;
  day: number;
  minute: number;
  by: { memberKey: string } | { personKey: string };
  note: string;
}

const END = DEMO_LAST_DAY;

const NOTES: Record<string, string> = {
  agreement_signed: 'Signed partner agreement received by e-mail; countersigned copy filed.',
  portal_users_invited: 'Portal accounts set up directly for the partner admin and a seller.',
  kickoff_meeting: 'Kick-off call held: goals for the first two quarters and named target accounts.',
  business_plan_agreed: 'Joint business plan for the next four quarters signed off by both sides.',
  delivery_plan_agreed: 'Delivery plan agreed: two certified consultants and a fixed-price assessment offer.',
  integration_reviewed: 'Integration passed the technical review; connector published in beta.',
  directory_listing: 'Listed in the partner directory with two customer stories.',
  service_defined: 'Managed service defined: 24×7 monitoring with a four-hour response.',
};

/** Partners whose onboarding stops soon after it starts; nobody there learns or registers a deal. */
export function chooseStalled(partners: readonly LifecyclePartner[], random: DemoRandom): Set<number> {
  const candidates = partners.filter(
    (p) => p.finalStage === 'onboarding' && p.portalDay === null && p.onboardingDay! <= END - 40,
  );
  return new Set(candidates.length ? [random.pick(candidates).index] : []);
}

/**
 * Ticks of the onboarding checklists: the manager confirms the agreement of partners that never went
 * through recruiting, holds the kick-off and reviews; partner admins confirm their own plans; optional
 * steps are ticked for some. A stalled partner only gets its agreement confirmed.
 */
export function planOnboardingTicks(
  partners: readonly LifecyclePartner[],
  people: readonly PersonPlan[],
  stalled: ReadonlySet<number>,
  random: DemoRandom,
): StepTick[] {
  const ticks: StepTick[] = [];
  for (const partner of partners) {
    const start = partner.onboardingDay;
    if (start === null) continue;
    const admin = people.find(
      (p) => p.partnerIndex === partner.index && p.role === 'partner_admin' && p.primary,
    );
    const manager = { memberKey: managerOf(partner) };
    const tick = (stepKey: string, day: number, by: StepTick['by']) => {
      if (day <= END - 1)
        ticks.push({
          partnerIndex: partner.index,
          stepKey,
          day,
          minute: random.int(60, 480),
          by,
          note: NOTES[stepKey]!,
        });
    };
    if (!partner.fromApplication) tick('agreement_signed', start + random.int(1, 2), manager);
    if (stalled.has(partner.index)) continue;
    if (partner.portalDay !== null) tick('portal_users_invited', partner.portalDay, manager);
    for (const step of checklistFor(partner.type)) {
      const ticker = MANUAL_STEP_TICKERS[step.key];
      if (step.kind !== 'manual' || !ticker) continue;
      if (!step.required && !random.chance(0.35)) continue;
      const [lo, hi] = step.key === 'kickoff_meeting' ? [3, 10] : step.required ? [12, 35] : [20, 60];
      const day = start + random.int(lo, hi);
      if (ticker === 'manager') tick(step.key, day, manager);
      else if (admin && admin.acceptedDay !== null)
        tick(step.key, Math.max(day, admin.acceptedDay + 1), { personKey: admin.key });
    }
  }
  return ticks;
}
