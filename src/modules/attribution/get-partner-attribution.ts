import type { Ctx } from '../../platform/context.js';
import type { PartnerAttribution } from './attribution.schemas.js';
import { periodOrDefault } from './attribution-period.js';
import { type AttributionModel, partnerAttributedRevenue } from './partner-attributed-revenue.js';
import { partnerNames } from './partner-names.js';

export interface PartnerAttributionInput {
  from?: string | undefined;
  to?: string | undefined;
  model: AttributionModel;
  halfLifeDays: number;
  partnerId?: string | undefined;
}

/** One model's credit per partner, with names, for the API (partner users: their own only). */
export async function getPartnerAttribution(
  ctx: Ctx,
  input: PartnerAttributionInput,
): Promise<PartnerAttribution> {
  const { from, to } = periodOrDefault(ctx.clock.now(), input);
  const credits = await partnerAttributedRevenue(ctx, {
    from,
    to,
    model: input.model,
    halfLifeDays: input.halfLifeDays,
    ...(input.partnerId ? { partnerId: input.partnerId } : {}),
  });
  const names = await partnerNames(
    ctx,
    credits.map((c) => c.partnerId),
  );
  return {
    from,
    to,
    model: input.model,
    halfLifeDays: input.halfLifeDays,
    items: credits.map((c) => ({ ...c, partnerName: names.get(c.partnerId) ?? c.partnerId })),
  };
}
