import { eq } from 'drizzle-orm';
import { nameCarriesEvidence } from '../../analytics/matching/company-match.js';
import { matchAccountLists } from '../../analytics/matching/match-account-lists.js';
import type { MatchableRecord } from '../../analytics/matching/match-exactly.js';
import { MATCH_RULES } from '../../analytics/matching/match-rules.js';
import type { Ctx } from '../../platform/context.js';
import { loadAccountMatchKeys } from '../accounts/load-account-match-keys.js';
import { accountMatches, mappingStates, partnerAccounts } from './mapping.table.js';

const INSERT_BATCH = 1_000;

/** The vendor's accounts as match records: one per domain (an account may run several), or one by name. */
export interface VendorMatchRecords {
  records: MatchableRecord[];
  accountIds: string[];
  accounts: number;
}

export async function loadVendorMatchRecords(ctx: Ctx): Promise<VendorMatchRecords> {
  const rows = await loadAccountMatchKeys(ctx.db);
  const records: MatchableRecord[] = [];
  const accountIds: string[] = [];
  for (const row of rows) {
    const name = nameCarriesEvidence(row.normalizedName) ? row.normalizedName : null;
    for (const domain of row.domains.length > 0 ? row.domains : [null]) {
      records.push({ domain, name });
      accountIds.push(row.id);
    }
  }
  return { records, accountIds, accounts: rows.length };
}

export interface RefreshResult {
  partnerAccounts: number;
  matches: number;
}

/**
 * Recomputes one partner's matches against the vendor's CRM and replaces the stored ones (call inside a
 * transaction). Each (partner account, vendor account) pair keeps its strongest rule.
 */
export async function refreshPartnerMatches(
  ctx: Ctx,
  partnerId: string,
  vendor?: VendorMatchRecords,
): Promise<RefreshResult> {
  const started = Date.now();
  const crm = vendor ?? (await loadVendorMatchRecords(ctx));
  const rows = await ctx.db
    .select({ id: partnerAccounts.id, domain: partnerAccounts.domain, name: partnerAccounts.nameKey })
    .from(partnerAccounts)
    .where(eq(partnerAccounts.partnerId, partnerId));
  const best = new Map<
    string,
    { partnerAccountId: string; accountId: string; rule: string; confidence: number }
  >();
  for (const match of matchAccountLists(rows, crm.records)) {
    const partnerAccountId = rows[match.left]!.id;
    const accountId = crm.accountIds[match.right]!;
    const key = `${partnerAccountId}:${accountId}`;
    const known = best.get(key);
    if (known && strength(known) >= strength(match)) continue;
    best.set(key, { partnerAccountId, accountId, rule: match.rule, confidence: match.confidence });
  }
  const now = ctx.clock.now();
  await ctx.db.delete(accountMatches).where(eq(accountMatches.partnerId, partnerId));
  const values = [...best.values()].map((match) => ({ ...match, partnerId, matchedAt: now }));
  for (let i = 0; i < values.length; i += INSERT_BATCH) {
    await ctx.db.insert(accountMatches).values(values.slice(i, i + INSERT_BATCH));
  }
  const state = {
    refreshedAt: now,
    vendorAccounts: crm.accounts,
    partnerAccounts: rows.length,
    matches: values.length,
    durationMs: Date.now() - started,
  };
  await ctx.db
    .insert(mappingStates)
    .values({ partnerId, ...state })
    .onConflictDoUpdate({ target: mappingStates.partnerId, set: state });
  return { partnerAccounts: rows.length, matches: values.length };
}

/** Rules rank before confidence: a domain match beats any name match. */
function strength(match: { rule: string; confidence: number }): number {
  return (MATCH_RULES.length - MATCH_RULES.indexOf(match.rule as never)) * 10 + match.confidence;
}
