import { and, arrayContains, asc, eq, gte, lt, or, sql } from 'drizzle-orm';
import { nameCarriesEvidence } from '../../analytics/matching/company-match.js';
import { fuzzyNameSimilarity, isFuzzyNameMatch } from '../../analytics/matching/fuzzy-name.js';
import type { Ctx } from '../../platform/context.js';
import { accounts } from './accounts.table.js';

export interface AccountMatchResult {
  account: { id: string; name: string; ownerId: string | null };
  rule: 'domain' | 'name' | 'fuzzy_name';
  confidence: number;
}

const FUZZY_CANDIDATES = 20;

/**
 * Fuzzy candidates come from blocks of names sharing their first three characters (with or without
 * spaces: "o reilly" / "oreilly"), read as a range of the name index. A trigram search over the whole
 * table costs hundreds of milliseconds at a million accounts for names with a common word, while a
 * block is a few hundred index entries. The price: a typo within the first three letters is found
 * only by domain or exact name.
 */
export function fuzzyBlocks(normalizedName: string): string[] {
  const firstThree = (name: string) => [...name].slice(0, 3).join('');
  return [...new Set([firstThree(normalizedName), firstThree(normalizedName.replaceAll(' ', ''))])];
}

function namesStartingWith(prefix: string) {
  const chars = [...prefix];
  const upper = chars.slice(0, -1).join('') + String.fromCodePoint(chars.at(-1)!.codePointAt(0)! + 1);
  return and(gte(accounts.normalizedName, prefix), lt(accounts.normalizedName, upper));
}

/**
 * Finds the account a company description names: registrable domain first, then normalized name,
 * then a fuzzy name check on candidates from the same name block. Precision first — a fuzzy candidate whose domains
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
  if (!nameCarriesEvidence(company.normalizedName)) return null;
  const [byName] = await ctx.db
    .select(pick)
    .from(accounts)
    .where(eq(accounts.normalizedName, company.normalizedName))
    .orderBy(asc(accounts.createdAt))
    .limit(1);
  if (byName) return { account: byName, rule: 'name', confidence: company.domain ? 0.9 : 0.95 };
  if (company.normalizedName.length < 4) return null;
  const candidates = await ctx.db
    .select({ ...pick, normalizedName: accounts.normalizedName })
    .from(accounts)
    .where(
      and(
        or(...fuzzyBlocks(company.normalizedName).map(namesStartingWith)),
        // A company with a domain matches a fuzzy name only on an account without one (see below).
        company.domain ? sql`cardinality(${accounts.domains}) = 0` : undefined,
      ),
    )
    .orderBy(sql`similarity(${accounts.normalizedName}, ${company.normalizedName}) desc`, asc(accounts.id))
    .limit(FUZZY_CANDIDATES);
  for (const candidate of candidates) {
    const domainsDisagree = company.domain !== null && candidate.domains.length > 0;
    if (domainsDisagree || !isFuzzyNameMatch(company.normalizedName, candidate.normalizedName)) continue;
    const confidence =
      Math.round(fuzzyNameSimilarity(company.normalizedName, candidate.normalizedName) * 100) / 100;
    return { account: candidate, rule: 'fuzzy_name', confidence };
  }
  return null;
}
