import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId, partnerScope } from '../../platform/policy.js';
import type { MdfRequest, RequestFields } from './mdf.schemas.js';
import { mdfAllocations, mdfBudgets, mdfRequests } from './mdf.table.js';
import { toRequestViews } from './mdf-views.js';
import { checkRequest } from './request-rules.js';

/** A partner's request against its allocation in a budget, kept as a draft or submitted for approval. */
export async function createRequest(
  ctx: Ctx,
  input: RequestFields & { budgetId: string },
): Promise<MdfRequest> {
  const partnerId = partnerScope(ctx.actor);
  if (!partnerId) throw new AppError('forbidden', 'Only partner users request MDF');
  return inTransaction(ctx, async (tx) => {
    const [found] = await tx.db
      .select({ budget: mdfBudgets, allocationId: mdfAllocations.id })
      .from(mdfAllocations)
      .innerJoin(mdfBudgets, eq(mdfBudgets.id, mdfAllocations.budgetId))
      .where(and(eq(mdfAllocations.budgetId, input.budgetId), eq(mdfAllocations.partnerId, partnerId)));
    if (!found) throw new AppError('not_found', 'Your organization has no allocation in this MDF budget');
    await checkRequest(tx, found.budget, found.allocationId, input);
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(mdfRequests)
      .values({
        id: tx.ids(),
        allocationId: found.allocationId,
        partnerId,
        title: input.title,
        activityType: input.activityType,
        plan: input.plan,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        requestedMinor: input.requestedMinor,
        currency: found.budget.currency,
        expectedLeads: input.expectedLeads,
        expectedPipelineMinor: input.expectedPipelineMinor,
        status: input.submit ? 'submitted' : 'draft',
        createdBy: actorUserId(tx.actor),
        submittedAt: input.submit ? now : null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const [view] = await toRequestViews(tx, [row]);
    if (!view) throw new Error('view missing');
    await recordAudit(tx, {
      action: 'mdf.request_created',
      entityType: 'mdf_request',
      entityId: row.id,
      partnerId,
      after: view,
    });
    if (input.submit) {
      await publishEvent(tx, {
        type: 'mdf.request_submitted',
        entityType: 'mdf_request',
        entityId: row.id,
        partnerId,
        payload: { requestId: row.id, requestedMinor: row.requestedMinor, currency: row.currency },
      });
    }
    return view;
  });
}
