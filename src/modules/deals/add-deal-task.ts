import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { users } from '../identity/identity.table.js';
import type { CreateDealTaskInput, DealTask } from './co-sell.schemas.js';
import { toTaskView } from './co-sell-views.js';
import { getDealRow } from './deal-access.js';
import { actorRef, recordDealActivities } from './deal-activity.js';
import { dealPartners, dealTasks } from './deals.table.js';

/**
 * A task may go to vendor staff or to a user of a partner on the deal; a partner user may assign only
 * vendor staff or its own colleagues. Every refusal reads the same, so no one learns who else exists.
 */
async function assigneeName(ctx: Ctx, dealId: string, assigneeId: string): Promise<string> {
  const [user] = await ctx.db
    .select({ name: users.name, partnerId: users.partnerId, status: users.status })
    .from(users)
    .where(eq(users.id, assigneeId))
    .limit(1);
  const refuse = () => invalidField('assigneeId', 'is not a user who works on this deal');
  if (!user || user.status === 'disabled') throw refuse();
  if (user.partnerId === null) return user.name;
  const scope = partnerScope(ctx.actor);
  if (scope) {
    if (user.partnerId !== scope) throw refuse();
    return user.name;
  }
  const [onDeal] = await ctx.db
    .select({ id: dealPartners.id })
    .from(dealPartners)
    .where(and(eq(dealPartners.opportunityId, dealId), eq(dealPartners.partnerId, user.partnerId)))
    .limit(1);
  if (!onDeal) throw refuse();
  return user.name;
}

export async function addDealTask(ctx: Ctx, dealId: string, input: CreateDealTaskInput): Promise<DealTask> {
  return inTransaction(ctx, async (tx) => {
    await getDealRow(tx, dealId);
    const assignee = input.assigneeId ? await assigneeName(tx, dealId, input.assigneeId) : null;
    const [row] = await tx.db
      .insert(dealTasks)
      .values({
        id: ctx.ids(),
        opportunityId: dealId,
        title: input.title,
        assigneeId: input.assigneeId ?? null,
        dueDate: input.dueDate ?? null,
        doneAt: null,
        createdBy: actorRef(ctx),
        createdAt: ctx.clock.now(),
      })
      .returning();
    const due = input.dueDate ? `, due ${input.dueDate}` : '';
    await recordDealActivities(tx, dealId, [
      {
        kind: 'task_added',
        summary: `Task added: ${input.title}${assignee ? ` (for ${assignee}${due})` : due ? ` (${due.slice(2)})` : ''}`,
      },
    ]);
    const task = toTaskView(row!, assignee);
    await recordAudit(tx, {
      action: 'deal.task_add',
      entityType: 'deal_task',
      entityId: task.id,
      partnerId: partnerScope(ctx.actor),
      after: task,
    });
    return task;
  });
}
