import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import type { Template, TemplateStatus } from './marketing.schemas.js';
import { campaignTemplates } from './marketing.table.js';
import type { TemplateKind } from './render-campaign.js';
import { loadTemplate } from './template-access.js';
import { assertPublishable } from './template-rules.js';
import { toTemplateView } from './template-view.js';

const ALLOWED_FROM: Record<'published' | 'archived', readonly TemplateStatus[]> = {
  published: ['draft', 'archived'],
  archived: ['draft', 'published'],
};

/**
 * Publishes a template (partners in its audience can then use it) or archives it (no new campaigns;
 * campaigns already launched from it keep running until their partner ends them).
 */
export async function changeTemplateStatus(
  ctx: Ctx,
  id: string,
  to: 'published' | 'archived',
): Promise<Template> {
  return inTransaction(ctx, async (tx) => {
    const before = await loadTemplate(tx, id, { lock: true });
    const from = before.status as TemplateStatus;
    if (!ALLOWED_FROM[to].includes(from)) {
      throw new AppError('conflict', `The template is already ${from}`);
    }
    if (to === 'published') assertPublishable({ ...before, kind: before.kind as TemplateKind });
    const now = tx.clock.now();
    const [row] = await tx.db
      .update(campaignTemplates)
      .set({ status: to, updatedAt: now, ...(to === 'published' ? { publishedAt: now } : {}) })
      .where(eq(campaignTemplates.id, id))
      .returning();
    const view = toTemplateView(row!);
    await recordAudit(tx, {
      action: `campaign_template.${to === 'published' ? 'publish' : 'archive'}`,
      entityType: 'campaign_template',
      entityId: id,
      before: toTemplateView(before),
      after: view,
    });
    await publishEvent(tx, {
      type: `campaign_template.${to}`,
      entityType: 'campaign_template',
      entityId: id,
      payload: { name: view.name, kind: view.kind },
    });
    return view;
  });
}
