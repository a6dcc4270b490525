import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { getPartner } from '../partners/get-partner.js';
import type { OnboardingDetail } from './onboarding.schemas.js';
import { loadOnboardingDetail } from './onboarding-view.js';

/** A partner's checklist with each step's state; a partner user only ever reaches its own. */
export async function getPartnerOnboarding(ctx: Ctx, partnerId: string): Promise<OnboardingDetail> {
  // Another partner's id reads as "no such partner", exactly as a made-up one.
  await getPartner(ctx, partnerId);
  const detail = await loadOnboardingDetail(ctx, partnerId);
  if (!detail) throw notFound('Onboarding');
  return detail;
}
