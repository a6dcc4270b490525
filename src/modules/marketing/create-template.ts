import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { actorUserId } from '../../platform/policy.js';
import type { CreateTemplateInput, Template } from './marketing.schemas.js';
import { campaignTemplates } from './marketing.table.js';
import { assertValidTemplate } from './template-rules.js';
import { toTemplateView } from './template-view.js';

/** A new template starts as a draft; partners see it once it is published. */
export async function createTemplate(ctx: Ctx, input: CreateTemplateInput): Promise<Template> {
  await assertValidTemplate(ctx, input);
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const [row] = await tx.db
      .insert(campaignTemplates)
      .values({
        id: tx.ids(),
        ...input,
        status: 'draft',
        publishedAt: null,
        createdBy: actorUserId(tx.actor),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const view = toTemplateView(row!);
    await recordAudit(tx, {
      action: 'campaign_template.create',
      entityType: 'campaign_template',
      entityId: view.id,
      after: view,
    });
    return view;
  });
}
