import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { mappingPopulations, mappingSharing } from './mapping.table.js';
import { sideOf } from './mapping-side.js';

/** Removes one of the caller's side's custom populations, and its sharing levels with it. */
export async function deletePopulation(ctx: Ctx, id: string): Promise<void> {
  const side = sideOf(ctx);
  const scope = partnerScope(ctx.actor);
  await inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .delete(mappingPopulations)
      .where(
        and(
          eq(mappingPopulations.id, id),
          eq(mappingPopulations.side, side),
          scope ? eq(mappingPopulations.partnerId, scope) : isNull(mappingPopulations.partnerId),
        ),
      )
      .returning();
    if (!row) throw notFound('Population');
    await tx.db
      .delete(mappingSharing)
      .where(and(eq(mappingSharing.side, side), eq(mappingSharing.population, id)));
    await recordAudit(tx, {
      action: 'mapping.population.delete',
      entityType: 'mapping_population',
      entityId: id,
      partnerId: row.partnerId,
      before: row,
    });
  });
}
