import { and, ne, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { onboardingTemplates } from './onboarding.table.js';

/** One checklist per partner type, and one default: a second for the same type is a conflict. */
export async function assertTypeFree(ctx: Ctx, partnerType: string | null, exceptId?: string): Promise<void> {
  const [clash] = await ctx.db
    .select({ id: onboardingTemplates.id, name: onboardingTemplates.name })
    .from(onboardingTemplates)
    .where(
      and(
        sql`coalesce(${onboardingTemplates.partnerType}, '') = ${partnerType ?? ''}`,
        exceptId ? ne(onboardingTemplates.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (clash) {
    const what = partnerType ? `partner type ${partnerType}` : 'the default checklist';
    throw new AppError('conflict', `Template "${clash.name}" is already ${what}`, {
      errors: [{ field: 'partnerType', message: `already has the template ${clash.name}` }],
    });
  }
}
