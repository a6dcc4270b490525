import { and, arrayContains, asc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { nameCarriesEvidence } from '../../analytics/matching/company-match.js';
import {
  canonicalTokens,
  fuzzyNameSimilarity,
  isFuzzyNameMatch,
} from '../../analytics/matching/fuzzy-name.js';
import { companyMatchKey } from '../../analytics/matching/match-key.js';
import type { Ctx } from '../../platform/context.js';
import { accounts } from './accounts.table.js';

export interface AccountMatchResult {
  account: { id: string; name: string; ownerId: string | null };
  rule: 'domain' | 'name' | 'fuzzy_name';
  confidence: number;
}

const FUZZY_CANDIDATES = 20;

/**
 * Fuzzy candidates come from the block of match keys sharing the first three characters, read as a
 * range of the match-key index. A trigram search over the whole table costs hundreds of milliseconds at
 * a million accounts for names with a common word, while a block is a few hundred index entries. The
 * price: a typo within the first three letters is found only by domain or exact name.
 */
export function fuzzyBlock(normalizedName: string): string {
  return [...companyMatchKey(normalizedName)].slice(0, 3).join('');
}

function keysStartingWith(prefix: string): SQL | undefined {
  const chars = [...prefix];
  const upper = chars.slice(0, -1).join('') + String.fromCodePoint(chars.at(-1)!.codePointAt(0)! + 1);
  return and(gte(accounts.matchKey, prefix), lt(accounts.matchKey, upper));
}

const sameWords = (a: string, b: string) => canonicalTokens(a).join(' ') === canonicalTokens(b).join(' ');

const pick = {
  id: accounts.id,
  name: accounts.name,
  ownerId: accounts.ownerId,
  domains: accounts.domains,
  normalizedName: accounts.normalizedName,
  createdAt: accounts.createdAt,
};

/**
 * Finds the account a company description names: registrable domain first, then the name (the same
 * words once legal forms are set aside), then a fuzzy name check on candidates from the same block.
 * Precision first — a fuzzy candidate whose domains differ from a known company domain is never taken.
 */
export async function matchAccount(
  ctx: Ctx,
  company: { normalizedName: string; domain: string | null },
): Promise<AccountMatchResult | null> {
  if (company.domain) {
    // No ORDER BY / LIMIT here: with them the planner walks another index and filters every row,
    // since it cannot estimate how rare one element of the domains array is; the GIN lookup is exact.
    const rows = await ctx.db
      .select(pick)
      .from(accounts)
      .where(arrayContains(accounts.domains, [company.domain]));
    const [first] = rows.sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    );
    if (first) return { account: first, rule: 'domain', confidence: 1 };
  }
  if (!nameCarriesEvidence(company.normalizedName)) return null;
  const key = companyMatchKey(company.normalizedName);
  const sameKey = await ctx.db
    .select(pick)
    .from(accounts)
    .where(eq(accounts.matchKey, key))
    .orderBy(asc(accounts.createdAt), asc(accounts.id))
    .limit(FUZZY_CANDIDATES);
  // Two different company domains leave only the exact normalized name as evidence of one company.
  const byName = sameKey.find((candidate) =>
    company.domain && candidate.domains.length > 0
      ? candidate.normalizedName === company.normalizedName
      : sameWords(candidate.normalizedName, company.normalizedName),
  );
  if (byName) return { account: byName, rule: 'name', confidence: company.domain ? 0.9 : 0.95 };
  if ([...key].length < 4) return null;
  const candidates = await ctx.db
    .select(pick)
    .from(accounts)
    .where(
      and(
        keysStartingWith(fuzzyBlock(company.normalizedName)),
        // A company with a domain matches a fuzzy name only on an account without one (see below).
        company.domain ? sql`cardinality(${accounts.domains}) = 0` : undefined,
      ),
    )
    .orderBy(sql`similarity(${accounts.matchKey}, ${key}) desc`, asc(accounts.id))
    .limit(FUZZY_CANDIDATES);
  // The block includes the accounts with the same key, ranked first (similarity 1).
  for (const candidate of candidates) {
    const domainsDisagree = company.domain !== null && candidate.domains.length > 0;
    if (domainsDisagree || !isFuzzyNameMatch(company.normalizedName, candidate.normalizedName)) continue;
    const confidence =
      Math.round(fuzzyNameSimilarity(company.normalizedName, candidate.normalizedName) * 100) / 100;
    return { account: candidate, rule: 'fuzzy_name', confidence };
  }
  return null;
}
