import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import type { CreatePopulationInput, Population } from './mapping.schemas.js';
import { mappingPopulations } from './mapping.table.js';
import { assertMappingPartner, sideOf } from './mapping-side.js';
import { loadPopulations } from './population-definitions.js';

/**
 * A custom population on the caller's side: a vendor's applies to every partner relationship, a partner's
 * only to its own. It starts hidden, like every population, until its side shares it.
 */
export async function createPopulation(
  ctx: Ctx,
  partnerId: string,
  input: CreatePopulationInput,
): Promise<Population> {
  await assertMappingPartner(ctx, partnerId);
  const side = sideOf(ctx);
  if (side === 'partner' && input.base === 'open_opportunity') {
    throw invalidField(
      'base',
      'open opportunities are a vendor population; a partner list has customers and prospects',
    );
  }
  return inTransaction(ctx, async (tx) => {
    const existing = await loadPopulations(tx.db, partnerId);
    if (existing[side].some((p) => p.name.toLowerCase() === input.name.toLowerCase())) {
      throw invalidField('name', 'is already the name of a population on your side');
    }
    const [row] = await tx.db
      .insert(mappingPopulations)
      .values({
        id: tx.ids(),
        side,
        partnerId: side === 'vendor' ? null : partnerId,
        name: input.name,
        base: input.base,
        countries: input.countries,
        industries: input.industries,
        createdAt: tx.clock.now(),
      })
      .returning();
    const population: Population = {
      key: row!.id,
      side,
      name: row!.name,
      custom: true,
      base: input.base,
      countries: row!.countries,
      industries: row!.industries,
      size: null,
      sharing: 'hidden',
    };
    await recordAudit(tx, {
      action: 'mapping.population.create',
      entityType: 'mapping_population',
      entityId: row!.id,
      partnerId: side === 'vendor' ? null : partnerId,
      after: population,
    });
    return population;
  });
}
