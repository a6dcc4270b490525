import { desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { registrationDecisions } from './registrations.table.js';

/** The conflict the most recent decision named, if any. */
export async function latestConflict(
  ctx: Ctx,
  registrationId: string,
): Promise<{ conflictRegistrationId: string | null; conflictOpportunityId: string | null }> {
  const [row] = await ctx.db
    .select({
      conflictRegistrationId: registrationDecisions.conflictRegistrationId,
      conflictOpportunityId: registrationDecisions.conflictOpportunityId,
    })
    .from(registrationDecisions)
    .where(eq(registrationDecisions.registrationId, registrationId))
    .orderBy(desc(registrationDecisions.at), desc(registrationDecisions.id))
    .limit(1);
  return row ?? { conflictRegistrationId: null, conflictOpportunityId: null };
}
