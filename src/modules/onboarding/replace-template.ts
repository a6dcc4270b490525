import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { getTemplateRow } from './find-templates.js';
import type { Template, TemplateInput } from './onboarding.schemas.js';
import { onboardingTemplates } from './onboarding.table.js';
import { assertTypeFree } from './template-rules.js';
import { toTemplateView } from './template-view.js';

/**
 * Replaces a checklist as a whole. Onboardings already under way keep the steps they started with;
 * partners entering onboarding from now on get the new ones.
 */
export async function replaceTemplate(ctx: Ctx, id: string, input: TemplateInput): Promise<Template> {
  return inTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`LOCK TABLE ${onboardingTemplates} IN SHARE ROW EXCLUSIVE MODE`);
    const before = await getTemplateRow(tx, id);
    if (before.partnerType === null && input.partnerType !== null) {
      throw invalidField(
        'partnerType',
        'the default checklist stays the default; create a template for the type',
      );
    }
    await assertTypeFree(tx, input.partnerType, id);
    const [row] = await tx.db
      .update(onboardingTemplates)
      .set({ ...input, updatedAt: ctx.clock.now() })
      .where(eq(onboardingTemplates.id, id))
      .returning();
    const template = toTemplateView(row!);
    await recordAudit(tx, {
      action: 'onboarding_template.replace',
      entityType: 'onboarding_template',
      entityId: id,
      before: toTemplateView(before),
      after: template,
    });
    return template;
  });
}
