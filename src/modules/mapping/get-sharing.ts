import type { Ctx } from '../../platform/context.js';
import { loadSharing } from './load-sharing.js';
import type { SharingSettings } from './mapping.schemas.js';
import { assertMappingPartner } from './mapping-side.js';
import { loadPopulations } from './population-definitions.js';

/** Both sides' sharing levels in one partner relationship (each side sees what the other shares). */
export async function getSharing(ctx: Ctx, partnerId: string): Promise<SharingSettings> {
  await assertMappingPartner(ctx, partnerId);
  return loadSharing(ctx.db, partnerId, await loadPopulations(ctx.db, partnerId));
}
