import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { Template, UpdateTemplateInput } from './marketing.schemas.js';
import { campaignTemplates } from './marketing.table.js';
import type { TemplateKind } from './render-campaign.js';
import { loadTemplate } from './template-access.js';
import { assertPublishable, assertValidTemplate } from './template-rules.js';
import { toTemplateView } from './template-view.js';

/**
 * Edits a draft or published template. Launched campaigns render from the template as it is now, so a
 * correction reaches them at once; a published template must stay publishable.
 */
export async function updateTemplate(ctx: Ctx, id: string, input: UpdateTemplateInput): Promise<Template> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadTemplate(tx, id, { lock: true });
    if (before.status === 'archived') {
      throw new AppError('conflict', 'An archived template cannot be edited; publish it again first');
    }
    const merged = { ...before, ...input, kind: before.kind as TemplateKind };
    await assertValidTemplate(tx, merged);
    if (before.status === 'published') assertPublishable(merged);
    const [row] = await tx.db
      .update(campaignTemplates)
      .set({ ...input, updatedAt: tx.clock.now() })
      .where(eq(campaignTemplates.id, id))
      .returning();
    const view = toTemplateView(row!);
    await recordAudit(tx, {
      action: 'campaign_template.update',
      entityType: 'campaign_template',
      entityId: id,
      before: toTemplateView(before),
      after: view,
    });
    return view;
  });
}
