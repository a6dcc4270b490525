import { asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { users } from '../identity/identity.table.js';
import type { PartnerStage, PartnerType } from '../partners/partners.schemas.js';
import { partners } from '../partners/partners.table.js';
import type { Onboarding, OnboardingDetail, OnboardingStatus, OnboardingStep } from './onboarding.schemas.js';
import { onboardingSteps, partnerOnboardings } from './onboarding.table.js';

export type OnboardingRow = typeof partnerOnboardings.$inferSelect;
export type StepRow = typeof onboardingSteps.$inferSelect;

/** The partner columns an onboarding is shown with. */
export const PARTNER_COLUMNS = {
  partnerName: partners.name,
  partnerType: partners.type,
  partnerStage: partners.stage,
  managerId: partners.ownerId,
};

export interface PartnerColumns {
  partnerName: string;
  partnerType: string;
  partnerStage: string;
  managerId: string | null;
}

const iso = (value: Date | null) => value?.toISOString() ?? null;

export type NextStep = Onboarding['nextStep'];

/**
 * The first open step of each onboarding, as JSON text, for a select beside the onboarding row (one
 * indexed lookup per row of the page, rather than a query per row afterwards).
 */
export const NEXT_STEP_COLUMN = sql<string | null>`(
  SELECT json_build_object('id', s.id, 'title', s.title, 'kind', s.kind)::text
  FROM ${onboardingSteps} s
  WHERE s.onboarding_id = ${partnerOnboardings.id} AND s.completed_at IS NULL
  ORDER BY s.position
  LIMIT 1
)`;

export function parseNextStep(json: string | null): NextStep {
  return json ? (JSON.parse(json) as NextStep) : null;
}

export function toOnboardingView(
  row: OnboardingRow,
  partner: PartnerColumns,
  nextStep: NextStep,
): Onboarding {
  return {
    id: row.id,
    partnerId: row.partnerId,
    partnerName: partner.partnerName,
    partnerType: partner.partnerType as PartnerType,
    partnerStage: partner.partnerStage as PartnerStage,
    managerId: partner.managerId,
    templateName: row.templateName,
    status: row.status as OnboardingStatus,
    done: row.doneCount,
    total: row.totalCount,
    percent: row.percent,
    stalled: row.stalledAt !== null,
    stalledAt: iso(row.stalledAt),
    stalledAfterDays: row.stalledAfterDays,
    startedAt: row.startedAt.toISOString(),
    lastProgressAt: row.lastProgressAt.toISOString(),
    completedAt: iso(row.completedAt),
    nextStep,
  };
}

export function toStepView(row: StepRow, userName: string | null): OnboardingStep {
  let source: OnboardingStep['source'] = null;
  if (row.completedByEventId !== null) {
    source = { kind: 'event', eventId: row.completedByEventId, eventType: row.eventType ?? '' };
  } else if (row.completedBy) {
    source = { kind: 'user', userId: row.completedBy, name: userName };
  }
  return {
    id: row.id,
    key: row.key,
    title: row.title,
    description: row.description,
    kind: row.kind as OnboardingStep['kind'],
    eventType: row.eventType,
    required: row.required,
    done: row.completedAt !== null,
    completedAt: iso(row.completedAt),
    source,
    note: row.note,
  };
}

/** The onboarding of a partner the caller may see (the caller's scope is checked before this is called). */
export async function loadOnboardingDetail(ctx: Ctx, partnerId: string): Promise<OnboardingDetail | null> {
  const [found] = await ctx.db
    .select({ onboarding: partnerOnboardings, ...PARTNER_COLUMNS })
    .from(partnerOnboardings)
    .innerJoin(partners, eq(partners.id, partnerOnboardings.partnerId))
    .where(eq(partnerOnboardings.partnerId, partnerId))
    .limit(1);
  if (!found) return null;
  const steps = await ctx.db
    .select({ step: onboardingSteps, userName: users.name })
    .from(onboardingSteps)
    .leftJoin(users, eq(users.id, onboardingSteps.completedBy))
    .where(eq(onboardingSteps.onboardingId, found.onboarding.id))
    .orderBy(asc(onboardingSteps.position));
  const open = steps.find(({ step }) => step.completedAt === null)?.step;
  const nextStep: NextStep = open
    ? { id: open.id, title: open.title, kind: open.kind as OnboardingStep['kind'] }
    : null;
  return {
    onboarding: toOnboardingView(found.onboarding, found, nextStep),
    steps: steps.map(({ step, userName }) => toStepView(step, userName)),
  };
}
