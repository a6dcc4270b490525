import { canonicalTokens } from './fuzzy-name.js';

/**
 * The name as matching compares it, without spaces: legal forms before or after the name, possessive
 * "s" and connectives removed ("PT Telkom Indonesia Tbk" and "Telkom Indonesia" → "telkomindonesia",
 * "O'Reilly Media" and "OReilly Media" → "oreillymedia"). Equal keys are candidates, not proof: the
 * word breaks still have to agree (isFuzzyNameMatch).
 */
export function companyMatchKey(normalizedName: string): string {
  return canonicalTokens(normalizedName).join('');
}
