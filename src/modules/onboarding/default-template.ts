import { eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import type { TemplateInput } from './onboarding.schemas.js';
import { onboardingTemplates } from './onboarding.table.js';
import { toTemplateView } from './template-view.js';

/** The checklist every partner type starts from until the vendor edits it or adds its own per type. */
export const DEFAULT_TEMPLATE: TemplateInput = {
  name: 'Standard onboarding',
  partnerType: null,
  stalledAfterDays: 14,
  steps: [
    {
      key: 'agreement_signed',
      title: 'Partner agreement signed',
      description: 'Done when the recruiting application is signed; a partner manager can tick it otherwise',
      kind: 'automatic',
      eventType: 'recruiting.signed',
      required: true,
    },
    {
      key: 'portal_users_invited',
      title: 'Portal users invited',
      description: 'Done when the first person of the partner is invited to the portal',
      kind: 'automatic',
      eventType: 'user.invited',
      required: true,
    },
    {
      key: 'kickoff_meeting',
      title: 'Kick-off meeting held',
      description: 'The partner admin or the partner manager ticks it after the meeting',
      kind: 'manual',
      required: true,
    },
    {
      key: 'first_course_completed',
      title: 'First course completed',
      description: 'Done when someone at the partner completes a course',
      kind: 'automatic',
      eventType: 'enablement.course_completed',
      required: true,
    },
    {
      key: 'first_deal_registered',
      title: 'First deal registered',
      description: 'Done when the partner submits its first deal registration',
      kind: 'automatic',
      eventType: 'registration.registered',
      required: true,
    },
    {
      key: 'first_campaign_launched',
      title: 'First campaign launched',
      description: 'Done when the partner launches its first co-branded campaign',
      kind: 'automatic',
      eventType: 'campaign.launched',
      required: false,
    },
    {
      key: 'business_plan_agreed',
      title: 'Joint business plan agreed',
      kind: 'manual',
      required: false,
    },
  ],
};

/** Creates the default checklist the first time one is needed (once, however many servers ask). */
export async function ensureDefaultTemplate(ctx: Ctx): Promise<void> {
  const [existing] = await ctx.db
    .select({ id: onboardingTemplates.id })
    .from(onboardingTemplates)
    .where(isNull(onboardingTemplates.partnerType))
    .limit(1);
  if (existing) return;
  const now = ctx.clock.now();
  const inserted = await ctx.db
    .insert(onboardingTemplates)
    .values({ id: ctx.ids(), ...DEFAULT_TEMPLATE, createdAt: now, updatedAt: now })
    .onConflictDoNothing()
    .returning();
  if (inserted[0]) {
    await recordAudit(ctx, {
      action: 'onboarding_template.create_default',
      entityType: 'onboarding_template',
      entityId: inserted[0].id,
      after: toTemplateView(inserted[0]),
    });
  }
}

/** The partner type's own checklist, else the default one. */
export async function templateFor(ctx: Ctx, partnerType: string) {
  const [own] = await ctx.db
    .select()
    .from(onboardingTemplates)
    .where(eq(onboardingTemplates.partnerType, partnerType))
    .limit(1);
  if (own) return own;
  await ensureDefaultTemplate(ctx);
  const [fallback] = await ctx.db
    .select()
    .from(onboardingTemplates)
    .where(isNull(onboardingTemplates.partnerType))
    .limit(1);
  return fallback!;
}
