import type { DemoRandom } from './demo-random.js';
import type { LifecyclePartner } from './lifecycle-partners.js';

/** How much business a partner brings once active: deals registered a year, and people it certifies. */
export type Profile = 'star' | 'steady' | 'occasional';

export const REGISTRATIONS_A_YEAR: Record<Profile, number> = { star: 8, steady: 4, occasional: 1.5 };

/**
 * Each onboarded partner's profile. The partners with the deal story's portal users are its stars;
 * among the others, larger services firms are more often steady or stars.
 */
export function assignProfiles(
  partners: readonly LifecyclePartner[],
  random: DemoRandom,
): Map<number, Profile> {
  const profiles = new Map<number, Profile>();
  for (const partner of partners) {
    if (partner.onboardingDay === null) continue;
    if (partner.portalDay !== null) {
      profiles.set(partner.index, 'star');
      continue;
    }
    const services = partner.type === 'si' || partner.type === 'msp' || partner.type === 'cloud_marketplace';
    const big = partner.employees >= 200;
    const star = 0.1 + (services ? 0.08 : 0) + (big ? 0.08 : 0);
    const roll = random.next();
    profiles.set(partner.index, roll < star ? 'star' : roll < star + 0.45 ? 'steady' : 'occasional');
  }
  return profiles;
}
