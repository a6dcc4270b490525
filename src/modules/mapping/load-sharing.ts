import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import type { MappingSide, SharingLevel, SharingSettings } from './mapping.schemas.js';
import { mappingSharing } from './mapping.table.js';
import type { PopulationDefinition } from './population-definitions.js';

/** Each side's level for each of its populations; a population never set is hidden. */
export async function loadSharing(
  db: Executor,
  partnerId: string,
  populations: { vendor: PopulationDefinition[]; partner: PopulationDefinition[] },
): Promise<SharingSettings> {
  const rows = await db.select().from(mappingSharing).where(eq(mappingSharing.partnerId, partnerId));
  const set = new Map(rows.map((row) => [`${row.side}:${row.population}`, row.level as SharingLevel]));
  const levels = (side: MappingSide) =>
    Object.fromEntries(
      populations[side].map((population) => [
        population.key,
        set.get(`${side}:${population.key}`) ?? 'hidden',
      ]),
    ) as Record<string, SharingLevel>;
  return { vendor: levels('vendor'), partner: levels('partner') };
}
