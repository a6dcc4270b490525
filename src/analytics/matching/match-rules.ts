/** How two account records were matched, from the strongest evidence to the weakest. */
export const MATCH_RULES = ['domain', 'name', 'fuzzy_name'] as const;
export type MatchRule = (typeof MATCH_RULES)[number];

export const DOMAIN_CONFIDENCE = 1;
export const NAME_CONFIDENCE = 0.95;
/** Companies often run several domains, so an exact name still counts when the domains differ, a bit less. */
export const NAME_ON_OTHER_DOMAINS_CONFIDENCE = 0.9;

/**
 * Confidence of an exact normalized-name match given both records' registrable domains, or null when the
 * domains are equal (the pair is a domain match, reported once under that stronger rule).
 */
export function exactNameConfidence(domainA: string | null, domainB: string | null): number | null {
  if (domainA && domainB) return domainA === domainB ? null : NAME_ON_OTHER_DOMAINS_CONFIDENCE;
  return NAME_CONFIDENCE;
}

/** Whether a fuzzy name match may count: never when both records name a company domain (equal or not). */
export function fuzzyAllowed(domainA: string | null, domainB: string | null): boolean {
  return !(domainA && domainB);
}
