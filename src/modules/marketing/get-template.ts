import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { campaignCountOf } from './find-templates.js';
import type { Template } from './marketing.schemas.js';
import { campaignTemplates } from './marketing.table.js';
import { loadTemplate } from './template-access.js';
import { toTemplateView } from './template-view.js';

export async function getTemplate(ctx: Ctx, id: string): Promise<Template> {
  const row = await loadTemplate(ctx, id);
  const [count] = await ctx.db
    .select({ n: campaignCountOf(ctx) })
    .from(campaignTemplates)
    .where(eq(campaignTemplates.id, id));
  return toTemplateView(row, Number(count?.n ?? 0));
}
