import type { Ctx } from '../../platform/context.js';
import { isVendorActor } from '../../platform/policy.js';
import { getPartnerRow } from '../partners/get-partner.js';
import { type MappingSide, SHARING_LEVELS, type SharingLevel } from './mapping.schemas.js';

export function sideOf(ctx: Ctx): MappingSide {
  return isVendorActor(ctx.actor) ? 'vendor' : 'partner';
}

export function otherSide(side: MappingSide): MappingSide {
  return side === 'vendor' ? 'partner' : 'vendor';
}

export function atLeast(level: SharingLevel, wanted: SharingLevel): boolean {
  return SHARING_LEVELS.indexOf(level) >= SHARING_LEVELS.indexOf(wanted);
}

/** The partner whose mapping is asked for; not found for a partner user asking about another partner. */
export async function assertMappingPartner(ctx: Ctx, partnerId: string): Promise<void> {
  await getPartnerRow(ctx, partnerId);
}
