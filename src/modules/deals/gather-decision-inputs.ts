import { and, eq, gt, inArray, ne } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { partners } from '../partners/partners.table.js';
import { OPEN_DEAL_STAGES } from './deals.schemas.js';
import { opportunities } from './deals.table.js';
import type { RegistrationRow } from './registration-view.js';
import { registrations } from './registrations.table.js';
import type { DecisionInputs } from './rules/decision-inputs.js';

/** What the rules will see: the vendor's open direct opportunities and other partners' live registrations. */
export async function gatherDecisionInputs(
  ctx: Ctx,
  row: RegistrationRow,
  account: DecisionInputs['account'],
  submittedAt: Date,
): Promise<DecisionInputs> {
  const direct = await ctx.db
    .select({
      id: opportunities.id,
      name: opportunities.name,
      productLines: opportunities.productLines,
      stage: opportunities.stage,
      createdAt: opportunities.createdAt,
    })
    .from(opportunities)
    .where(
      and(
        eq(opportunities.accountId, account.id),
        eq(opportunities.source, 'direct'),
        inArray(opportunities.stage, [...OPEN_DEAL_STAGES]),
      ),
    );
  const others = await ctx.db
    .select({
      id: registrations.id,
      partnerId: registrations.partnerId,
      partnerName: partners.name,
      productLines: registrations.productLines,
      approvedAt: registrations.approvedAt,
      protectedUntil: registrations.protectedUntil,
    })
    .from(registrations)
    .innerJoin(partners, eq(partners.id, registrations.partnerId))
    .where(
      and(
        eq(registrations.accountId, account.id),
        eq(registrations.status, 'approved'),
        gt(registrations.protectedUntil, submittedAt),
        ne(registrations.partnerId, row.partnerId),
      ),
    );
  return {
    registration: {
      id: row.id,
      partnerId: row.partnerId,
      productLines: row.productLines,
      amountMinor: row.amountMinor,
      currency: row.currency,
      submittedAt: submittedAt.toISOString(),
    },
    account,
    directOpportunities: direct.map((o) => ({ ...o, createdAt: o.createdAt.toISOString() })),
    partnerRegistrations: others.map((r) => ({
      ...r,
      approvedAt: r.approvedAt!.toISOString(),
      protectedUntil: r.protectedUntil!.toISOString(),
    })),
  };
}
