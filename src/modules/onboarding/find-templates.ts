import { asc, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { ensureDefaultTemplate } from './default-template.js';
import type { Template } from './onboarding.schemas.js';
import { onboardingTemplates } from './onboarding.table.js';
import { type TemplateRow, toTemplateView } from './template-view.js';

/** Every checklist, the default first (it is created here the first time anyone looks). */
export async function findTemplates(ctx: Ctx): Promise<Template[]> {
  await ensureDefaultTemplate(ctx);
  const rows = await ctx.db
    .select()
    .from(onboardingTemplates)
    .orderBy(sql`${onboardingTemplates.partnerType} IS NOT NULL`, asc(onboardingTemplates.partnerType));
  return rows.map(toTemplateView);
}

export async function getTemplateRow(ctx: Ctx, id: string, options: { forUpdate?: boolean } = {}) {
  const query = ctx.db.select().from(onboardingTemplates).where(eq(onboardingTemplates.id, id)).limit(1);
  const [row]: TemplateRow[] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw notFound('Onboarding template');
  return row;
}

export async function getTemplate(ctx: Ctx, id: string): Promise<Template> {
  return toTemplateView(await getTemplateRow(ctx, id));
}
