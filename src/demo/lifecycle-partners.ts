import type { PartnerStage, PartnerType } from '../modules/partners/partners.schemas.js';
import type { Country, Region } from './geography.js';
import type { ContactPlan } from './plan-contacts.js';
import type { PartnerUserPlan } from './plan-partner-users.js';
import type { PartnerPlan } from './plan-partners.js';

/**
 * A partner as the lifecycle story (onboarding, enablement, tiers) sees it: a partner of the roster or
 * one a recruiting application became, with the days it reached each stage.
 */
export interface LifecyclePartner {
  /** Its index in the story (roster partners first, then those recruited through applications). */
  index: number;
  name: string;
  type: PartnerType;
  domain: string;
  regions: Region[];
  country: Country;
  employees: number;
  /** The partner manager who owns it; null for an unassigned prospect. */
  ownerKey: string | null;
  contacts: ContactPlan[];
  finalStage: PartnerStage;
  onboardingDay: number | null;
  onboardingMinute: number;
  /** The first day it was active. */
  activeDay: number | null;
  /** The last day it moved to at_risk, if it ever did. */
  atRiskDay: number | null;
  /** Whether it recovered from at_risk to active afterwards. */
  recovered: boolean;
  churnDay: number | null;
  /** The day the deal story gave it portal users (a partner admin and a rep), else null. */
  portalDay: number | null;
  fromApplication: boolean;
}

/** The manager acting for a partner: its owner, else the program owner. */
export function managerOf(partner: LifecyclePartner): string {
  return partner.ownerKey ?? 'admin';
}

/**
 * The last day the partner still works with the vendor: before churn, or well before it went at risk
 * for good, but never before it had a month to settle in.
 */
export function engagedUntil(partner: LifecyclePartner, end: number): number {
  const settled = (partner.activeDay ?? partner.onboardingDay ?? 0) + 30;
  if (partner.churnDay !== null) return Math.max(settled, partner.churnDay - 30);
  if (partner.atRiskDay !== null && !partner.recovered) return Math.max(settled, partner.atRiskDay - 45);
  return end;
}

export function lifecycleOfRoster(
  partners: readonly PartnerPlan[],
  partnerUsers: readonly PartnerUserPlan[],
): LifecyclePartner[] {
  return partners.map((plan, index) => {
    const moveTo = (stage: PartnerStage) => plan.moves.filter((move) => move.stage === stage);
    const onboarding = moveTo('onboarding')[0];
    const atRisk = moveTo('at_risk').at(-1);
    const lastActive = moveTo('active').at(-1);
    const users = partnerUsers.filter((user) => user.partnerIndex === index);
    return {
      index,
      name: plan.name,
      type: plan.type,
      domain: plan.domain,
      regions: plan.regions,
      country: plan.country,
      employees: plan.employees,
      ownerKey: plan.ownerKey,
      contacts: plan.contacts,
      finalStage: plan.finalStage,
      onboardingDay: onboarding?.day ?? null,
      onboardingMinute: onboarding?.minute ?? 0,
      activeDay: moveTo('active')[0]?.day ?? null,
      atRiskDay: atRisk?.day ?? null,
      recovered: Boolean(atRisk && lastActive && lastActive.day > atRisk.day),
      churnDay: moveTo('churned')[0]?.day ?? null,
      portalDay: users.length ? Math.min(...users.map((user) => user.day)) : null,
      fromApplication: false,
    };
  });
}
