import { foldText } from './normalize-name.js';

/** The standard populations: the vendor has all three, a partner customers and prospects. */
export const STANDARD_POPULATIONS = ['customer', 'prospect', 'open_opportunity'] as const;
export type StandardPopulation = (typeof STANDARD_POPULATIONS)[number];

const WORDS: [RegExp, StandardPopulation | 'former_customer'][] = [
  [/\b(former|ex|churned|inactive|past)\b/, 'former_customer'],
  [/\b(customer|client|closed won|won|active)\b/, 'customer'],
  [/\b(opportunit(y|ies)|pipeline|open deal|in negotiation|deal)\b/, 'open_opportunity'],
  [
    /\b(prospect|lead|target|suspect|closed lost|mql|sql|marketing ?qualified ?lead|sales ?qualified ?lead|subscriber)\b/,
    'prospect',
  ],
];

/**
 * The population a CRM's account type or lifecycle stage names ("Customer - Direct", "Closed Won" → customer,
 * "Lead", "MQL" → prospect, "Opportunity" → open_opportunity, "Former customer" → former_customer), or null
 * when the value names none of them.
 */
export function classifyPopulation(value: string): StandardPopulation | 'former_customer' | null {
  const folded = foldText(value).replace(/[_-]+/g, ' ');
  for (const [pattern, population] of WORDS) if (pattern.test(folded)) return population;
  return null;
}
