import { eq } from 'drizzle-orm';
import { isPartnerRole, type Role } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { users } from '../identity/identity.table.js';
import { partners } from '../partners/partners.table.js';
import { toEntryViews } from './entry-view.js';
import type { AdjustmentInput, LedgerEntryView } from './incentives.schemas.js';
import { incentiveLedger } from './incentives.table.js';
import { adjust } from './ledger/ledger-kernel.js';
import { monthOf } from './ledger/periods.js';
import { refusalError } from './refusal.js';

/** A correction up or down with a reason, accrued in the current month like any other line. */
export async function adjustIncentiveBalance(ctx: Ctx, input: AdjustmentInput): Promise<LedgerEntryView> {
  const beneficiaryId = await checkBeneficiary(ctx, input);
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const id = tx.ids();
    const beneficiary = `${input.beneficiaryType}:${beneficiaryId}`;
    const outcome = adjust([], {
      id,
      beneficiary,
      amountMinor: input.amountMinor,
      currency: input.currency,
      period: monthOf(now),
    });
    if (!outcome.ok) throw refusalError(outcome);
    const [row] = await tx.db
      .insert(incentiveLedger)
      .values({
        id,
        ruleId: null,
        beneficiaryType: input.beneficiaryType,
        partnerId: input.beneficiaryType === 'partner' ? beneficiaryId : null,
        userId: input.beneficiaryType === 'rep' ? beneficiaryId : null,
        entryType: 'adjustment',
        status: 'accrued',
        amountMinor: input.amountMinor,
        currency: input.currency,
        sourceType: 'adjustment',
        sourceId: id,
        sourceKey: `adjustment:${id}`,
        description: `Adjustment: ${input.reason}`,
        period: monthOf(now),
        earnedAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, {
      action: 'incentive.adjust',
      entityType: 'incentive_entry',
      entityId: id,
      partnerId: row!.partnerId,
      after: { ...row, reason: input.reason },
    });
    return (await toEntryViews(tx.db, [row!]))[0]!;
  });
}

async function checkBeneficiary(ctx: Ctx, input: AdjustmentInput): Promise<string> {
  if (input.beneficiaryType === 'partner') {
    if (!input.partnerId) throw invalidField('partnerId', 'is required for a partner adjustment');
    if (input.userId) throw invalidField('userId', 'is for rep adjustments only');
    const [partner] = await ctx.db
      .select({ id: partners.id })
      .from(partners)
      .where(eq(partners.id, input.partnerId));
    if (!partner) throw invalidField('partnerId', 'is not a partner');
    return partner.id;
  }
  if (!input.userId) throw invalidField('userId', 'is required for a rep adjustment');
  if (input.partnerId) throw invalidField('partnerId', 'is for partner adjustments only');
  const [user] = await ctx.db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(eq(users.id, input.userId));
  if (!user || isPartnerRole(user.role as Role)) throw invalidField('userId', 'is not a vendor team member');
  return user.id;
}
