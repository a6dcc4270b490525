import { courseByKey } from './academy-catalog.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import { DEMO_TIER_PROGRAM } from './demo-tier-program.js';
import type { LifecyclePartner } from './lifecycle-partners.js';
import type { DealStory } from './plan-deal-story.js';
import type { EnrollmentPlan } from './plan-learning.js';
import type { PartnerDealStory } from './plan-partner-deals.js';
import type { PersonPlan } from './plan-partner-people.js';
import type { TierStory } from './plan-tiers.js';
import { type ForecastStep, forecastTiers, type TierFacts } from './tier-forecast.js';

/** A certified consultant leaves the partner; the partner admin disables the portal account. */
export interface Departure {
  personKey: string;
  partnerIndex: number;
  day: number;
}

const END = DEMO_LAST_DAY;
const APPROVAL_DELAY = 8;
const HELD = new Set(['gold', 'platinum']);

/** What the planned deals, registrations, courses and reviews add up to for the tier metrics. */
export function collectTierFacts(
  dealStory: DealStory,
  partnerDeals: PartnerDealStory,
  enrollments: readonly EnrollmentPlan[],
): Omit<TierFacts, 'departures' | 'references'> {
  const wins: TierFacts['wins'] = [];
  const approvals: TierFacts['approvals'] = [];
  const direct = new Map(dealStory.directDeals.map((deal) => [deal.key, deal]));
  for (const plan of [...dealStory.registrations, ...partnerDeals.registrations]) {
    if (!plan.deal) continue;
    const { partnerIndex } = plan;
    approvals.push({ partnerIndex, day: plan.deal.approvedDay });
    const joined = plan.deal.directKey ? direct.get(plan.deal.directKey) : undefined;
    const close = joined ? joined.close : plan.deal.close;
    if (close?.outcome !== 'won' || close.day <= plan.deal.approvedDay) continue;
    const money = joined ?? plan.input;
    wins.push({
      partnerIndex,
      day: close.day,
      amountMinor: money.amountMinor,
      currency: money.currency,
      sourced: !joined,
    });
  }
  for (const deal of dealStory.directDeals) {
    if (!deal.partner || deal.close?.outcome !== 'won' || deal.close.day <= deal.partner.day) continue;
    const { amountMinor, currency } = deal;
    wins.push({
      partnerIndex: deal.partner.partnerIndex,
      day: deal.close.day,
      amountMinor,
      currency,
      sourced: false,
    });
  }
  const certificates: TierFacts['certificates'] = [];
  for (const enrollment of enrollments) {
    const { spec } = courseByKey(enrollment.courseKey);
    if (!spec.certification || enrollment.lessons.length < spec.lessons.length) continue;
    for (const attempt of enrollment.attempts.filter((a) => a.pass))
      certificates.push({
        partnerIndex: enrollment.partnerIndex,
        personKey: enrollment.personKey,
        from: attempt.day,
        to: attempt.day + spec.certification.validDays,
      });
  }
  return { wins, approvals, certificates };
}

/**
 * Whether someone can leave on the day without the story needing them later: not an admin (who ticks
 * steps and invites), not a portal user of the deal story, not a rep who still registers deals.
 */
function canLeave(person: PersonPlan, day: number, deals: PartnerDealStory): boolean {
  if (person.role === 'partner_admin' || person.existing) return false;
  if (!person.primary) return true;
  return !deals.registrations.some(
    (r) => r.partnerIndex === person.partnerIndex && r.registrarRole === 'partner_rep' && r.day >= day,
  );
}

/**
 * Two departures that give the tier story its hard moments: a certified consultant leaves a Gold or
 * Platinum partner in the spring, so it is warned and later demoted, and another leaves a partner in
 * late summer, which is still in its grace period when the story ends. Both are found by forecasting
 * the monthly evaluations with the tier kernel; a program where no such partner exists gets neither.
 * The partner of the printed demo login (the first with portal users) is left alone.
 */
export function planDepartures(
  partners: readonly LifecyclePartner[],
  people: readonly PersonPlan[],
  deals: PartnerDealStory,
  facts: Omit<TierFacts, 'departures'>,
  tiers: TierStory,
): Departure[] {
  const portalDays = partners.flatMap((p) => (p.portalDay === null ? [] : [p.portalDay]));
  const showcase = partners.find((p) => p.portalDay !== null && p.portalDay === Math.min(...portalDays));
  const chosen: Departure[] = [];
  const own = <T extends { partnerIndex: number }>(items: readonly T[], index: number) =>
    items.filter((item) => item.partnerIndex === index);
  const forecast = (partner: LifecyclePartner, departures: readonly Departure[]): ForecastStep[] =>
    forecastTiers(
      partner.index,
      { from: partner.onboardingDay!, until: partner.churnDay },
      tiers.evaluationDays,
      APPROVAL_DELAY,
      END,
      {
        wins: own(facts.wins, partner.index),
        approvals: own(facts.approvals, partner.index),
        certificates: own(facts.certificates, partner.index),
        references: facts.references,
        departures: new Map(departures.map((d) => [d.personKey, d.day])),
      },
      DEMO_TIER_PROGRAM,
    );
  const find = (from: number, to: number, works: (steps: ForecastStep[], day: number) => boolean) => {
    for (const partner of partners) {
      if (partner.onboardingDay === null || partner === showcase) continue;
      if (chosen.some((d) => d.partnerIndex === partner.index)) continue;
      for (const step of forecast(partner, chosen)) {
        if (step.day < from || step.day > to || !step.tier || !HELD.has(step.tier)) continue;
        const day = step.day + 12;
        const leaving = people.find(
          (person) =>
            person.partnerIndex === partner.index &&
            canLeave(person, day, deals) &&
            facts.certificates.some((c) => c.personKey === person.key && c.from < day && c.to > day),
        );
        if (!leaving) continue;
        const departure = { personKey: leaving.key, partnerIndex: partner.index, day };
        if (works(forecast(partner, [...chosen, departure]), day)) return departure;
      }
    }
    return null;
  };
  const demoted = find(END - 280, END - 150, (steps, day) =>
    steps.some((s) => s.day > day && s.action === 'demote'),
  );
  if (demoted) chosen.push(demoted);
  const warned = find(END - 115, END - 35, (steps, day) => {
    const after = steps.filter((s) => s.day > day);
    return after.some((s) => s.action === 'demotion_warning') && after.at(-1)?.warned === true;
  });
  if (warned) chosen.push(warned);
  return chosen;
}

/** A person who left learns no more: steps planned from the departure on are dropped. */
export function withoutDeparted(
  enrollments: readonly EnrollmentPlan[],
  departures: readonly Departure[],
): EnrollmentPlan[] {
  const leftOn = new Map(departures.map((d) => [d.personKey, d.day]));
  return enrollments.flatMap((enrollment) => {
    const left = leftOn.get(enrollment.personKey);
    if (left === undefined) return [enrollment];
    if (enrollment.day >= left) return [];
    return [
      {
        ...enrollment,
        lessons: enrollment.lessons.filter((l) => l.day < left),
        attempts: enrollment.attempts.filter((a) => a.day < left),
      },
    ];
  });
}
