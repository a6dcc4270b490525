import { arrayContains, asc, eq, sql } from 'drizzle-orm';
import { isFuzzyNameMatch } from '../../analytics/matching/fuzzy-name.js';
import type { Ctx } from '../../platform/context.js';
import { accounts } from './accounts.table.js';

export interface AccountMatchResult {
  account: { id: string; name: string; ownerId: string | null };
  rule: 'domain' | 'name' | 'fuzzy_name';
  confidence: number;
}

const FUZZY_CANDIDATES = 10;
const FUZZY_THRESHOLD = 0.5;

/**
 * Finds the account a company description names: registrable domain first, then normalized name,
 * then a fuzzy name check on trigram candidates. Precision first — a fuzzy candidate whose domains
 * differ from a known company domain is never taken.
 */
export async function matchAccount(
  ctx: Ctx,
  company: { normalizedName: string; domain: string | null },
): Promise<AccountMatchResult | null> {
  const pick = { id: accounts.id, name: accounts.name, ownerId: accounts.ownerId, domains: accounts.domains };
  if (company.domain) {
    // No ORDER BY / LIMIT here: with them the planner walks another index and filters every row,
    // since it cannot estimate how rare one element of the domains array is; the GIN lookup is exact.
    const rows = await ctx.db
      .select({ ...pick, createdAt: accounts.createdAt })
      .from(accounts)
      .where(arrayContains(accounts.domains, [company.domain]));
    const [first] = rows.sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    );
    if (first) return { account: first, rule: 'domain', confidence: 1 };
  }
  if (!company.normalizedName) return null;
  const [byName] = await ctx.db
    .select(pick)
    .from(accounts)
    .where(eq(accounts.normalizedName, company.normalizedName))
    .orderBy(asc(accounts.createdAt))
    .limit(1);
  if (byName) return { account: byName, rule: 'name', confidence: company.domain ? 0.9 : 0.95 };
  if (company.normalizedName.length < 4) return null;
  // Candidates need half their trigrams in common: below that the index returns tens of thousands of
  // rows for names with a common word ("… logistics"), and isFuzzyNameMatch rejects them anyway.
  await ctx.db.execute(
    sql`select set_config('pg_trgm.similarity_threshold', ${String(FUZZY_THRESHOLD)}, true)`,
  );
  const similarity = sql<number>`similarity(${accounts.normalizedName}, ${company.normalizedName})`;
  const candidates = await ctx.db
    .select({ ...pick, normalizedName: accounts.normalizedName, similarity })
    .from(accounts)
    .where(sql`${accounts.normalizedName} % ${company.normalizedName}`)
    .orderBy(sql`${similarity} desc`, asc(accounts.id))
    .limit(FUZZY_CANDIDATES);
  for (const candidate of candidates) {
    const domainsDisagree = company.domain !== null && candidate.domains.length > 0;
    if (domainsDisagree || !isFuzzyNameMatch(company.normalizedName, candidate.normalizedName)) continue;
    return {
      account: candidate,
      rule: 'fuzzy_name',
      confidence: Math.round(candidate.similarity * 100) / 100,
    };
  }
  return null;
}
