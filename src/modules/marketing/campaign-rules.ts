import type { Ctx } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { getFile } from '../files/get-file.js';

/** A campaign's logo must be a campaign_logo file of the campaign's own partner. */
export async function assertCampaignLogo(ctx: Ctx, partnerId: string, fileId: string | null | undefined) {
  if (!fileId) return;
  const file = await getFile(ctx, fileId).catch(() => null);
  if (file?.purpose !== 'campaign_logo' || file.partnerId !== partnerId) {
    throw invalidField('logoFileId', "must be a campaign_logo file uploaded for the campaign's partner");
  }
}

/** Unguessable tokens from the random part of fresh ids (cryptographic in production, seeded in the demo). */
export function randomToken(ctx: Ctx, ids: number): string {
  const hex = Array.from({ length: ids }, () => ctx.ids().replaceAll('-', '').slice(12)).join('');
  return Buffer.from(hex, 'hex').toString('base64url');
}
