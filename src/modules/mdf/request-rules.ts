import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError, type FieldError, invalidFields } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { availableBucket, balanceOf } from './ledger/mdf-ledger-kernel.js';
import { type BudgetRow, bucketBalances } from './ledger/mdf-ledger-store.js';
import type { RequestFields } from './mdf.schemas.js';
import { mdfRequests } from './mdf.table.js';

export type RequestRow = typeof mdfRequests.$inferSelect;

/** A request the caller may see: a partner user only its own partner's (others are not found). */
export async function loadRequest(ctx: Ctx, id: string, forUpdate = false): Promise<RequestRow> {
  const scope = partnerScope(ctx.actor);
  const query = ctx.db
    .select()
    .from(mdfRequests)
    .where(and(eq(mdfRequests.id, id), scope ? eq(mdfRequests.partnerId, scope) : undefined));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) throw new AppError('not_found', 'No such MDF request');
  return row;
}

/** Dates inside the budget's period, an open budget, and (to submit) no more than is available. */
export async function checkRequest(
  ctx: Ctx,
  budget: BudgetRow,
  allocationId: string,
  input: Omit<RequestFields, 'title' | 'plan' | 'activityType'>,
): Promise<void> {
  if (budget.status !== 'open')
    throw new AppError('conflict', 'The budget is closed: it takes no new requests');
  const errors: FieldError[] = [];
  const period = `${budget.periodStart} – ${budget.periodEnd}`;
  if (input.startsOn < budget.periodStart || input.startsOn > budget.periodEnd) {
    errors.push({ field: 'body.startsOn', message: `must be inside the budget period ${period}` });
  }
  if (input.endsOn < budget.periodStart || input.endsOn > budget.periodEnd) {
    errors.push({ field: 'body.endsOn', message: `must be inside the budget period ${period}` });
  }
  if (input.endsOn < input.startsOn)
    errors.push({ field: 'body.endsOn', message: 'must not be before startsOn' });
  if (errors.length) throw invalidFields(errors);
  if (input.submit) {
    const balances = await bucketBalances(ctx.db, { allocationId });
    const available = balanceOf({ closed: false, balances }, availableBucket(allocationId));
    if (input.requestedMinor > available) {
      throw new AppError('validation_failed', `Only ${available} is available in your allocation`, {
        errors: [{ field: 'body.requestedMinor', message: `must be at most the available ${available}` }],
      });
    }
  }
}
