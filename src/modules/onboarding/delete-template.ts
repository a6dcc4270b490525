import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { getTemplateRow } from './find-templates.js';
import { onboardingTemplates } from './onboarding.table.js';
import { toTemplateView } from './template-view.js';

/** Deletes a per-type checklist (that type falls back to the default); the default itself stays. */
export async function deleteTemplate(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getTemplateRow(tx, id, { forUpdate: true });
    if (before.partnerType === null) {
      throw new AppError('conflict', 'The default checklist can be edited but not deleted');
    }
    await tx.db.delete(onboardingTemplates).where(eq(onboardingTemplates.id, id));
    await recordAudit(tx, {
      action: 'onboarding_template.delete',
      entityType: 'onboarding_template',
      entityId: id,
      before: toTemplateView(before),
    });
  });
}
