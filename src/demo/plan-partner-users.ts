import type { PartnerRole } from '../platform/actor.js';
import type { ContactPlan } from './plan-contacts.js';
import type { PartnerPlan } from './plan-partners.js';

export interface PartnerUserPlan {
  partnerIndex: number;
  role: PartnerRole;
  contact: ContactPlan;
  day: number;
}

/**
 * Portal users for a few active partners of different types: the primary contact becomes the partner
 * admin, the next contact a partner rep, a few days after the partner went active.
 */
export function planPartnerUsers(partners: readonly PartnerPlan[], count: number): PartnerUserPlan[] {
  const chosen: number[] = [];
  partners.forEach((partner, index) => {
    const fresh = !chosen.some((i) => partners[i]!.type === partner.type);
    if (chosen.length < count && fresh && partner.finalStage === 'active' && partner.contacts.length >= 2)
      chosen.push(index);
  });
  return chosen.flatMap((partnerIndex) => {
    const partner = partners[partnerIndex]!;
    const activeDay = partner.moves.find((move) => move.stage === 'active')?.day ?? partner.createdDay;
    return [
      { partnerIndex, role: 'partner_admin' as const, contact: partner.contacts[0]!, day: activeDay + 2 },
      { partnerIndex, role: 'partner_rep' as const, contact: partner.contacts[1]!, day: activeDay + 3 },
    ];
  });
}
