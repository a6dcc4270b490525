import { canonicalTokens, FUZZY_NAME_THRESHOLD, fuzzyNameSimilarity } from './fuzzy-name.js';
import { DOMAIN_CONFIDENCE, exactNameConfidence, fuzzyAllowed, type MatchRule } from './match-rules.js';
import { companyDomain } from './normalize-domain.js';
import { normalizeCompanyName } from './normalize-name.js';

/** A company as a deal registration describes it: a name, and maybe a website and a contact's email. */
export interface CompanyDescriptor {
  name: string;
  domain?: string | null | undefined;
  email?: string | null | undefined;
}

export type CompanyMatchRule = MatchRule;

export interface CompanyMatch {
  rule: CompanyMatchRule;
  confidence: number;
}

/**
 * Words that say nothing about which company is meant: legal forms and generic trade words left after
 * normalization ("The Company", "Holding AG"), and generic qualifiers ("Global", "United", "Asia Pacific").
 * A name made of such words only ("Global Holdings", "International Trading", "National Services"), like
 * a name shorter than 3 characters, never matches by name: thousands of firms carry it.
 */
const GENERIC_WORDS = new Set(
  `and company companies corporation group groups holding holdings international global general united
  national universal asia pacific euro europe european america american world worldwide enterprise enterprises
  industry industries service services solution solutions consulting consultants partner partners trading
  trade venture ventures unknown none test tbd na new first`
    .split(/\s+/)
    .filter(Boolean),
);

/** The company's registrable domain: from its website, else from a contact's email; free mail never counts. */
export function descriptorDomain(company: CompanyDescriptor): string | null {
  return companyDomain(company.domain) ?? companyDomain(company.email);
}

/** Whether a normalized name is distinctive enough to match by name alone. */
export function nameCarriesEvidence(normalizedName: string): boolean {
  const tokens = canonicalTokens(normalizedName);
  if (tokens.join('').length < 3) return false;
  return !tokens.every((token) => GENERIC_WORDS.has(token));
}

/**
 * Whether two company descriptions name the same company (a deal-registration conflict), and by which rule:
 * 1. the same registrable domain (website, else email domain) → `domain`, confidence 1;
 * 2. both have a company domain and they differ → only the exact normalized name counts (`name`, 0.9):
 *    companies often run several domains, but near-identical names on different websites are usually
 *    different firms;
 * 3. the exact normalized name → `name`, 0.95;
 * 4. a fuzzy name match (see fuzzy-name.ts) → `fuzzy_name`, confidence = similarity (≥ 0.8).
 * Names shorter than 3 characters or made of generic words only never match by name.
 */
export function matchCompanies(a: CompanyDescriptor, b: CompanyDescriptor): CompanyMatch | null {
  const domainA = descriptorDomain(a);
  const domainB = descriptorDomain(b);
  if (domainA && domainA === domainB) return { rule: 'domain', confidence: DOMAIN_CONFIDENCE };
  const nameA = normalizeCompanyName(a.name);
  const nameB = normalizeCompanyName(b.name);
  if (!nameCarriesEvidence(nameA) || !nameCarriesEvidence(nameB)) return null;
  if (nameA === nameB) return { rule: 'name', confidence: exactNameConfidence(domainA, domainB)! };
  if (!fuzzyAllowed(domainA, domainB)) return null;
  const similarity = fuzzyNameSimilarity(nameA, nameB);
  return similarity >= FUZZY_NAME_THRESHOLD ? { rule: 'fuzzy_name', confidence: similarity } : null;
}

export interface MatchEvaluation {
  truePositives: number;
  falsePositives: number;
  trueNegatives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

/** Precision and recall of matchCompanies over labelled pairs. */
export function evaluateMatches(
  pairs: readonly { a: CompanyDescriptor; b: CompanyDescriptor; same: boolean }[],
): MatchEvaluation {
  const counts = { truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
  for (const { a, b, same } of pairs) {
    const matched = matchCompanies(a, b) !== null;
    if (matched && same) counts.truePositives++;
    else if (matched) counts.falsePositives++;
    else if (same) counts.falseNegatives++;
    else counts.trueNegatives++;
  }
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  return { ...counts, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}
