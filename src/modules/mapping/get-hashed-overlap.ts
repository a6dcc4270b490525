import { eq } from 'drizzle-orm';
import { matchAccountLists } from '../../analytics/matching/match-account-lists.js';
import type { MatchableRecord } from '../../analytics/matching/match-exactly.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { HashedOverlap } from './hashed.schemas.js';
import { loadSharing } from './load-sharing.js';
import type { MappingSide } from './mapping.schemas.js';
import { hashedAccountLists, hashedAccounts } from './mapping.table.js';
import { assertMappingPartner, otherSide, sideOf } from './mapping-side.js';
import { loadPopulations, type PopulationDefinition } from './population-definitions.js';
import { countsVisible, matchesVisible, populationView } from './sharing-visibility.js';

type ListRow = typeof hashedAccountLists.$inferSelect;
type HashedRule = 'domain' | 'name';

interface Best {
  rule: HashedRule;
  confidence: number;
}

/** Domain before name, then the higher confidence. */
const stronger = (a: Best, b: Best | undefined) =>
  !b || (a.rule !== b.rule ? a.rule === 'domain' : a.confidence > b.confidence);

async function loadRows(ctx: Ctx, listId: string) {
  return ctx.db
    .select({
      ref: hashedAccounts.ref,
      population: hashedAccounts.population,
      domain: hashedAccounts.domainHash,
      name: hashedAccounts.nameHash,
    })
    .from(hashedAccounts)
    .where(eq(hashedAccounts.listId, listId));
}

function fingerprintConflict(lists: Record<MappingSide, ListRow>): AppError {
  return new AppError(
    'conflict',
    `The vendor's list was hashed with the secret of key fingerprint ${lists.vendor.keyFingerprint} and the partner's with ${lists.partner.keyFingerprint}: hashes made with different secrets never match. Agree on one secret, hash both lists with it and upload them again.`,
    {
      vendorKeyFingerprint: lists.vendor.keyFingerprint,
      partnerKeyFingerprint: lists.partner.keyFingerprint,
    },
  );
}

/**
 * The overlap of the two sides' hashed lists for one partner relationship: exact domain and name
 * matches of equal keyed hashes (no fuzzy matching on hashes), counted by population pair within what
 * each side shares, exactly as the overlap matrix counts them. Each side also gets its own matched rows,
 * where the other side shares the population they matched in as records; never the other side's rows.
 */
export async function getHashedOverlap(ctx: Ctx, partnerId: string): Promise<HashedOverlap> {
  await assertMappingPartner(ctx, partnerId);
  const viewer = sideOf(ctx);
  const stored = await ctx.db
    .select()
    .from(hashedAccountLists)
    .where(eq(hashedAccountLists.partnerId, partnerId));
  const listOf = (side: MappingSide) => stored.find((row) => row.side === side);
  const state = (side: MappingSide) => {
    const list = listOf(side);
    if (!list) return null;
    const rows = side === viewer ? list.rows : null;
    return { keyFingerprint: list.keyFingerprint, rows, uploadedAt: list.uploadedAt.toISOString() };
  };
  const base = { viewerSide: viewer, lists: { vendor: state('vendor'), partner: state('partner') } };
  const missing = (['vendor', 'partner'] as const).filter((side) => !listOf(side));
  if (missing.length > 0) {
    return {
      ...base,
      status: 'waiting',
      missing,
      vendorPopulations: [],
      partnerPopulations: [],
      cells: [],
      matches: [],
    };
  }
  const lists = { vendor: listOf('vendor')!, partner: listOf('partner')! };
  if (lists.vendor.keyFingerprint !== lists.partner.keyFingerprint) throw fingerprintConflict(lists);

  const all = await loadPopulations(ctx.db, partnerId);
  const sharing = await loadSharing(ctx.db, partnerId, all);
  // Hashed rows carry a standard population only: custom ones narrow by country or industry, which hashes hide.
  const populations = {
    vendor: all.vendor.filter((p) => !p.custom),
    partner: all.partner.filter((p) => !p.custom),
  };
  const rows = {
    vendor: await loadRows(ctx, lists.vendor.id),
    partner: await loadRows(ctx, lists.partner.id),
  };
  const keys = (list: typeof rows.vendor): MatchableRecord[] =>
    list.map(({ domain, name }) => ({ domain, name }));
  const found = matchAccountLists(keys(rows.partner), keys(rows.vendor), { fuzzy: false });

  const byCell = new Map<string, Map<number, Best>>();
  const own = new Map<string, Best & { row: number; otherPopulation: string }>();
  const definition = (side: MappingSide, key: string) =>
    populations[side].find((p) => p.key === key) as PopulationDefinition;
  for (const match of found) {
    const best = { rule: match.rule as HashedRule, confidence: match.confidence };
    const vendorRow = rows.vendor[match.right]!;
    const partnerRow = rows.partner[match.left]!;
    const cellKey = `${vendorRow.population}\u0000${partnerRow.population}`;
    const cell = byCell.get(cellKey) ?? new Map<number, Best>();
    byCell.set(cellKey, cell);
    if (stronger(best, cell.get(match.right))) cell.set(match.right, best);

    const ownRow = viewer === 'vendor' ? match.right : match.left;
    const otherPopulation = (viewer === 'vendor' ? partnerRow : vendorRow).population;
    if (!matchesVisible(viewer, definition(otherSide(viewer), otherPopulation), sharing)) continue;
    const ownKey = `${ownRow}\u0000${otherPopulation}`;
    if (stronger(best, own.get(ownKey))) own.set(ownKey, { ...best, row: ownRow, otherPopulation });
  }

  const sizes = (side: MappingSide) => {
    const counts = new Map<string, number>();
    for (const row of rows[side]) counts.set(row.population, (counts.get(row.population) ?? 0) + 1);
    return populations[side].map((p) => populationView(viewer, p, counts.get(p.key) ?? 0, sharing));
  };
  const viewerRows = rows[viewer];
  return {
    ...base,
    status: 'ready',
    missing: [],
    vendorPopulations: sizes('vendor'),
    partnerPopulations: sizes('partner'),
    cells: populations.vendor.flatMap((vendor) =>
      populations.partner.map((partner) => {
        const visible = countsVisible(viewer, viewer === 'vendor' ? partner : vendor, sharing);
        const cell = byCell.get(`${vendor.key}\u0000${partner.key}`) ?? new Map<number, Best>();
        const domain = [...cell.values()].filter((best) => best.rule === 'domain').length;
        return {
          vendorPopulation: vendor.key,
          partnerPopulation: partner.key,
          accounts: visible ? cell.size : null,
          byRule: visible ? { domain, name: cell.size - domain } : null,
        };
      }),
    ),
    matches: [...own.values()]
      .map((match) => ({
        ref: viewerRows[match.row]!.ref,
        population: viewerRows[match.row]!.population,
        otherPopulation: match.otherPopulation,
        rule: match.rule,
        confidence: match.confidence,
      }))
      .sort((a, b) =>
        a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : a.otherPopulation < b.otherPopulation ? -1 : 1,
      ),
  };
}
