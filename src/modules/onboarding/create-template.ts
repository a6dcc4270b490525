import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import type { Template, TemplateInput } from './onboarding.schemas.js';
import { onboardingTemplates } from './onboarding.table.js';
import { assertTypeFree } from './template-rules.js';
import { toTemplateView } from './template-view.js';

/** A checklist for one partner type; partners of that type entering onboarding get it instead of the default. */
export async function createTemplate(ctx: Ctx, input: TemplateInput): Promise<Template> {
  return inTransaction(ctx, async (tx) => {
    // One template change at a time, so two checklists for one type cannot both pass the check.
    await tx.db.execute(sql`LOCK TABLE ${onboardingTemplates} IN SHARE ROW EXCLUSIVE MODE`);
    await assertTypeFree(tx, input.partnerType);
    const now = ctx.clock.now();
    const [row] = await tx.db
      .insert(onboardingTemplates)
      .values({ id: ctx.ids(), ...input, createdAt: now, updatedAt: now })
      .returning();
    const template = toTemplateView(row!);
    await recordAudit(tx, {
      action: 'onboarding_template.create',
      entityType: 'onboarding_template',
      entityId: template.id,
      after: template,
    });
    return template;
  });
}
