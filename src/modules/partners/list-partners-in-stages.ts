import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import type { PartnerStage } from './partners.schemas.js';
import { partners } from './partners.table.js';

export interface PartnerTierRow {
  id: string;
  name: string;
  type: string;
  stage: string;
  tier: string | null;
}

/** The partners in the given lifecycle stages, by name: for program-wide work such as tier evaluation. */
export async function listPartnersInStages(
  db: Executor,
  stages: readonly PartnerStage[],
): Promise<PartnerTierRow[]> {
  return db
    .select({
      id: partners.id,
      name: partners.name,
      type: partners.type,
      stage: partners.stage,
      tier: partners.tier,
    })
    .from(partners)
    .where(inArray(partners.stage, [...stages]))
    .orderBy(partners.name, partners.id);
}
