import type { FitReason } from '../../analytics/scoring/ipp-fit.js';
import type { Ctx } from '../../platform/context.js';
import { getPartnerDetail } from '../partners/get-partner.js';
import { getIpp } from './get-ipp.js';

export async function getPartnerFit(ctx: Ctx, partnerId: string) {
  const partner = await getPartnerDetail(ctx, partnerId);
  const ipp = await getIpp(ctx);
  return {
    partnerId,
    score: partner.fitScore ?? 0,
    ippVersion: ipp.version,
    reasons: (partner.fitReasons ?? []) as FitReason[],
  };
}
