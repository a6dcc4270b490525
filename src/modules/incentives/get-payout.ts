import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import type { PayoutDetail } from './incentives.schemas.js';
import { incentivePayouts } from './incentives.table.js';
import { toPayoutDetail } from './payout-view.js';

export async function getIncentivePayout(ctx: Ctx, id: string): Promise<PayoutDetail> {
  const [row] = await ctx.db.select().from(incentivePayouts).where(eq(incentivePayouts.id, id)).limit(1);
  if (!row) throw notFound('Payout');
  return toPayoutDetail(ctx.db, row);
}
