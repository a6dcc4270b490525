import type { PartnerStage } from './partners.schemas.js';

/** The partner lifecycle: forward through activation, at_risk and back, churned and re-engaged. */
export const STAGE_TRANSITIONS: Record<PartnerStage, readonly PartnerStage[]> = {
  prospect: ['recruited', 'churned'],
  recruited: ['onboarding', 'churned'],
  onboarding: ['active', 'churned'],
  active: ['at_risk', 'churned'],
  at_risk: ['active', 'churned'],
  churned: ['recruited'],
};

export function canMoveStage(from: PartnerStage, to: PartnerStage): boolean {
  return STAGE_TRANSITIONS[from].includes(to);
}
