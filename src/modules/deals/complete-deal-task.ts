import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { users } from '../identity/identity.table.js';
import type { DealTask, UpdateDealTaskInput } from './co-sell.schemas.js';
import { toTaskView } from './co-sell-views.js';
import { getDealRow, tasksVisibleTo } from './deal-access.js';
import { actorName, recordDealActivities } from './deal-activity.js';
import { dealTasks } from './deals.table.js';

/** Marks a task done (or not done again); a partner user only reaches tasks it can see. */
export async function completeDealTask(
  ctx: Ctx,
  dealId: string,
  taskId: string,
  input: UpdateDealTaskInput,
): Promise<DealTask> {
  return inTransaction(ctx, async (tx) => {
    await getDealRow(tx, dealId);
    const scope = partnerScope(ctx.actor);
    const [found] = await tx.db
      .select({ task: dealTasks, assigneeName: users.name })
      .from(dealTasks)
      .leftJoin(users, eq(users.id, dealTasks.assigneeId))
      .where(
        and(
          eq(dealTasks.id, taskId),
          eq(dealTasks.opportunityId, dealId),
          scope ? tasksVisibleTo(scope) : undefined,
        ),
      )
      .limit(1)
      .for('update', { of: dealTasks });
    if (!found) throw notFound('Task');
    const { task: before, assigneeName } = found;
    if ((before.doneAt !== null) === input.done) return toTaskView(before, assigneeName);
    const [row] = await tx.db
      .update(dealTasks)
      .set({ doneAt: input.done ? ctx.clock.now() : null })
      .where(eq(dealTasks.id, taskId))
      .returning();
    const who = await actorName(tx);
    await recordDealActivities(tx, dealId, [
      {
        kind: input.done ? 'task_done' : 'task_reopened',
        summary: `Task ${input.done ? 'completed' : 'reopened'} by ${who}: ${before.title}${input.note ? ` (${input.note})` : ''}`,
      },
    ]);
    const after = toTaskView(row!, assigneeName);
    await recordAudit(tx, {
      action: input.done ? 'deal.task_done' : 'deal.task_reopen',
      entityType: 'deal_task',
      entityId: taskId,
      partnerId: scope,
      before: toTaskView(before, assigneeName),
      after,
    });
    return after;
  });
}
