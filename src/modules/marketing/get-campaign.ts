import type { Ctx } from '../../platform/context.js';
import { loadCampaign, toCampaignDetail } from './campaign-view.js';
import type { CampaignDetail } from './marketing.schemas.js';

export async function getCampaign(ctx: Ctx, id: string): Promise<CampaignDetail> {
  return toCampaignDetail(ctx, await loadCampaign(ctx, id));
}
