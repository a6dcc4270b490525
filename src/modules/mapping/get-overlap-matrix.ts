import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { accounts } from '../accounts/accounts.table.js';
import { loadSharing } from './load-sharing.js';
import type { OverlapMatrix } from './mapping.schemas.js';
import { accountMatches, mappingStates, partnerAccounts } from './mapping.table.js';
import { assertMappingPartner, sideOf } from './mapping-side.js';
import {
  loadPopulations,
  type PopulationDefinition,
  partnerPopulationCondition,
  vendorPopulationCondition,
} from './population-definitions.js';
import { countsVisible, populationView } from './sharing-visibility.js';

/**
 * The overlap by population pair: for each vendor and partner population, how many vendor accounts of the
 * one are matched to accounts of the other. A cell shows only when the other side shares its population at
 * least as counts; hidden numbers are never sent.
 */
export async function getOverlapMatrix(ctx: Ctx, partnerId: string): Promise<OverlapMatrix> {
  await assertMappingPartner(ctx, partnerId);
  const viewer = sideOf(ctx);
  const populations = await loadPopulations(ctx.db, partnerId);
  const sharing = await loadSharing(ctx.db, partnerId, populations);
  const visible = (population: PopulationDefinition) => countsVisible(viewer, population, sharing);

  const vendorSizes = await ctx.db
    .select(
      Object.fromEntries(
        populations.vendor.map((p, i) => [
          `p${i}`,
          sql<number>`count(*) filter (where ${vendorPopulationCondition(p)})::int`,
        ]),
      ),
    )
    .from(accounts);
  const partnerSizes = await ctx.db
    .select(
      Object.fromEntries(
        populations.partner.map((p, i) => [
          `p${i}`,
          sql<number>`count(*) filter (where ${partnerPopulationCondition(p)})::int`,
        ]),
      ),
    )
    .from(partnerAccounts)
    .where(eq(partnerAccounts.partnerId, partnerId));
  const pairs = populations.vendor.flatMap((vendor) =>
    populations.partner.map((partner) => ({ vendor, partner })),
  );
  const [cellCounts] = await ctx.db
    .select(
      Object.fromEntries(
        pairs.map(({ vendor, partner }, i) => [
          `c${i}`,
          sql<number>`count(distinct ${accountMatches.accountId}) filter (where ${and(vendorPopulationCondition(vendor), partnerPopulationCondition(partner))})::int`,
        ]),
      ),
    )
    .from(accountMatches)
    .innerJoin(accounts, eq(accounts.id, accountMatches.accountId))
    .innerJoin(partnerAccounts, eq(partnerAccounts.id, accountMatches.partnerAccountId))
    .where(eq(accountMatches.partnerId, partnerId));
  const [state] = await ctx.db
    .select({ refreshedAt: mappingStates.refreshedAt })
    .from(mappingStates)
    .where(eq(mappingStates.partnerId, partnerId));

  const view = (definition: PopulationDefinition, size: number) =>
    populationView(viewer, definition, size, sharing);
  return {
    viewerSide: viewer,
    refreshedAt: state?.refreshedAt.toISOString() ?? null,
    vendorPopulations: populations.vendor.map((p, i) => view(p, vendorSizes[0]![`p${i}`] as number)),
    partnerPopulations: populations.partner.map((p, i) => view(p, partnerSizes[0]![`p${i}`] as number)),
    cells: pairs.map(({ vendor, partner }, i) => {
      const other = viewer === 'vendor' ? partner : vendor;
      return {
        vendorPopulation: vendor.key,
        partnerPopulation: partner.key,
        accounts: visible(other) ? (cellCounts![`c${i}`] as number) : null,
      };
    }),
  };
}
