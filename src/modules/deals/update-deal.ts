import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { formatMoney } from '../../platform/money/money.js';
import { can } from '../../platform/policy.js';
import { assertVendorUser } from '../identity/assert-vendor-user.js';
import { users } from '../identity/identity.table.js';
import { assertDealOpen, getDealRow } from './deal-access.js';
import { type ActivityEntry, actorName, recordDealActivities } from './deal-activity.js';
import { type DealRow, loadDealView } from './deal-view.js';
import {
  type Deal,
  isClosedStage,
  PARTNER_EDITABLE_DEAL_FIELDS,
  type UpdateDealInput,
} from './deals.schemas.js';
import { opportunities } from './deals.table.js';

const givenFields = (input: UpdateDealInput) =>
  Object.entries(input)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);

/**
 * Property-level authorization: whoever may not write deals (a partner user on the deal, finance) may
 * change the next steps only. Any other field refuses the whole request before anything is read or written.
 */
function assertMayChange(ctx: Ctx, input: UpdateDealInput): void {
  if (can(ctx.actor, 'deals.write')) return;
  const allowed: readonly string[] = PARTNER_EDITABLE_DEAL_FIELDS;
  const refused = givenFields(input).filter((key) => !allowed.includes(key));
  if (refused.length) {
    throw new AppError('forbidden', `You may change only the next steps, not ${refused.join(', ')}`, {
      errors: refused.map((field) => ({ field, message: "is managed by the vendor's sales team" })),
    });
  }
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

const quote = (text: string, max = 120) => `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;

async function userName(ctx: Ctx, id: string): Promise<string> {
  const [row] = await ctx.db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return row?.name ?? 'a user';
}

/** What changed, as column values and as timeline sentences. */
async function diff(ctx: Ctx, before: DealRow, input: UpdateDealInput) {
  const changes: Partial<typeof opportunities.$inferInsert> = {};
  const entries: ActivityEntry[] = [];
  const vendorEntry = (kind: string, summary: string, internal = false) =>
    entries.push({ kind, summary, partnerId: null, internal });
  if (input.name !== undefined && input.name !== before.name) {
    changes.name = input.name;
    vendorEntry('renamed', `Renamed from ${quote(before.name)} to ${quote(input.name)}`);
  }
  if (input.stage !== undefined && input.stage !== before.stage) {
    changes.stage = input.stage;
    vendorEntry('stage_changed', `Stage moved from ${before.stage} to ${input.stage}`);
  }
  const amount = input.amountMinor ?? before.amountMinor;
  const currency = input.currency ?? before.currency;
  if (amount !== before.amountMinor || currency !== before.currency) {
    changes.amountMinor = amount;
    changes.currency = currency;
    vendorEntry(
      'amount_changed',
      `Amount changed from ${formatMoney(before.amountMinor, before.currency)} to ${formatMoney(amount, currency)}`,
    );
  }
  if (input.closeDate !== undefined && input.closeDate !== before.closeDate) {
    changes.closeDate = input.closeDate;
    vendorEntry('close_date_changed', `Close date moved from ${before.closeDate} to ${input.closeDate}`);
  }
  if (input.ownerId !== undefined && input.ownerId !== before.ownerId) {
    changes.ownerId = input.ownerId;
    const owner = input.ownerId ? await userName(ctx, input.ownerId) : null;
    vendorEntry('owner_changed', owner ? `Owner changed to ${owner}` : 'Owner removed');
  }
  if (input.productLines !== undefined && !sameList(input.productLines, before.productLines)) {
    changes.productLines = input.productLines;
    vendorEntry('product_lines_changed', `Product lines set to ${input.productLines.join(', ')}`);
  }
  if (
    input.externalIds !== undefined &&
    JSON.stringify(input.externalIds) !== JSON.stringify(before.externalIds)
  ) {
    changes.externalIds = input.externalIds;
    vendorEntry('external_ids_changed', 'CRM record ids updated', true);
  }
  if (input.nextSteps !== undefined && (input.nextSteps || null) !== before.nextSteps) {
    changes.nextSteps = input.nextSteps || null;
    const who = await actorName(ctx);
    entries.push({
      kind: 'next_steps',
      summary: input.nextSteps
        ? `Next steps updated by ${who}: ${quote(input.nextSteps)}`
        : `Next steps cleared by ${who}`,
    });
  }
  return { changes, entries };
}

export async function updateDeal(ctx: Ctx, id: string, input: UpdateDealInput): Promise<Deal> {
  assertMayChange(ctx, input);
  return inTransaction(ctx, async (tx) => {
    const before = await getDealRow(tx, id, { lock: true });
    if (isClosedStage(before.stage) && givenFields(input).some((key) => key !== 'nextSteps')) {
      assertDealOpen(before);
    }
    if (input.ownerId) await assertVendorUser(tx, input.ownerId, 'ownerId');
    const { changes, entries } = await diff(tx, before, input);
    if (!entries.length) return loadDealView(tx, before);
    const [row] = await tx.db
      .update(opportunities)
      .set({ ...changes, updatedAt: ctx.clock.now() })
      .where(eq(opportunities.id, id))
      .returning();
    const after = await loadDealView(tx, row!);
    await recordDealActivities(tx, id, entries);
    await publishEvent(tx, {
      type: 'deal.updated',
      entityType: 'deal',
      entityId: id,
      payload: {
        changed: Object.keys(changes),
        ...(changes.stage ? { stage: { from: before.stage, to: changes.stage } } : {}),
      },
    });
    await recordAudit(tx, {
      action: 'deal.update',
      entityType: 'deal',
      entityId: id,
      before,
      after: row,
    });
    return after;
  });
}
