import { and, eq, isNotNull, isNull, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { partnerScope } from '../../platform/policy.js';
import { partners } from '../partners/partners.table.js';
import type { Onboarding, OnboardingStatus } from './onboarding.schemas.js';
import { partnerOnboardings } from './onboarding.table.js';
import { NEXT_STEP_COLUMN, PARTNER_COLUMNS, parseNextStep, toOnboardingView } from './onboarding-view.js';

export interface FindOnboardingsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  status?: OnboardingStatus | undefined;
  stalled?: boolean | undefined;
  /** Onboardings of the partners this manager owns. */
  managerId?: string | undefined;
  partnerType?: string | undefined;
  partnerId?: string | undefined;
}

export const ONBOARDING_SORTS = ['startedAt', 'percent', 'lastProgressAt'] as const;

const iso = (value: unknown) => (value as Date).toISOString();

/** Onboardings with their progress; a partner user only ever sees its own partner's. */
export async function findOnboardings(ctx: Ctx, input: FindOnboardingsInput): Promise<Page<Onboarding>> {
  const o = partnerOnboardings;
  const plan = keyset(
    input.sort,
    {
      startedAt: { column: o.startedAt, read: (r) => iso(r.startedAt) },
      percent: { column: o.percent, read: (r) => r.percent as number },
      lastProgressAt: { column: o.lastProgressAt, read: (r) => iso(r.lastProgressAt) },
    },
    { column: o.id, read: (r) => r.id as string },
    input.cursor,
  );
  const scope = partnerScope(ctx.actor);
  const filters: (SQL | undefined)[] = [plan.where, scope ? eq(o.partnerId, scope) : undefined];
  if (input.status) filters.push(eq(o.status, input.status));
  if (input.stalled === true) filters.push(isNotNull(o.stalledAt));
  if (input.stalled === false) filters.push(isNull(o.stalledAt));
  if (input.managerId) filters.push(eq(partners.ownerId, input.managerId));
  if (input.partnerType) filters.push(eq(partners.type, input.partnerType));
  if (input.partnerId) filters.push(eq(o.partnerId, input.partnerId));
  const rows = await ctx.db
    .select({ onboarding: o, ...PARTNER_COLUMNS, nextStep: NEXT_STEP_COLUMN })
    .from(o)
    .innerJoin(partners, eq(partners.id, o.partnerId))
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(
    rows.map((r) => ({ ...r.onboarding, partner: r })),
    input.limit,
    plan,
    ({ partner, ...row }) => toOnboardingView(row, partner, parseNextStep(partner.nextStep)),
  );
}
