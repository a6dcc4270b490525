import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidFields } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { loadSharing } from './load-sharing.js';
import type { SharingLevel, SharingSettings } from './mapping.schemas.js';
import { mappingSharing } from './mapping.table.js';
import { assertMappingPartner, sideOf } from './mapping-side.js';
import { loadPopulations } from './population-definitions.js';

/** Sets the caller's own side's levels: the vendor's for this partner, or the partner's for the vendor. */
export async function updateSharing(
  ctx: Ctx,
  partnerId: string,
  levels: Record<string, SharingLevel>,
): Promise<SharingSettings> {
  await assertMappingPartner(ctx, partnerId);
  const side = sideOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const populations = await loadPopulations(tx.db, partnerId);
    const known = new Set(populations[side].map((population) => population.key));
    const unknown = Object.keys(levels).filter((key) => !known.has(key));
    if (unknown.length > 0) {
      throw invalidFields(
        unknown.map((key) => ({ field: `levels.${key}`, message: `is not a ${side} population` })),
      );
    }
    const before = await loadSharing(tx.db, partnerId, populations);
    const now = tx.clock.now();
    const values = Object.entries(levels).map(([population, level]) => ({
      partnerId,
      side,
      population,
      level,
      updatedAt: now,
    }));
    if (values.length > 0) {
      await tx.db
        .insert(mappingSharing)
        .values(values)
        .onConflictDoUpdate({
          target: [mappingSharing.partnerId, mappingSharing.side, mappingSharing.population],
          set: { level: sql`excluded.level`, updatedAt: now },
        });
    }
    const after = await loadSharing(tx.db, partnerId, populations);
    await recordAudit(tx, {
      action: 'mapping.sharing.update',
      entityType: 'mapping_sharing',
      entityId: partnerId,
      partnerId,
      before: before[side],
      after: after[side],
    });
    await publishEvent(tx, {
      type: 'mapping.sharing_changed',
      entityType: 'mapping_sharing',
      entityId: partnerId,
      partnerId,
      payload: { side, levels: after[side] },
    });
    return after;
  });
}
