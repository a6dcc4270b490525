import { registrableDomainsOf } from '../../analytics/matching/normalize-domain.js';
import { invalidFields } from '../../platform/errors.js';

/** Each entry reduced to its registrable domain; an entry that names no company domain fails by index. */
export function normalizeAccountDomains(inputs: readonly string[]): string[] {
  const { domains, errors } = registrableDomainsOf(
    inputs.map((value, index) => ({ field: `domains.${index}`, value })),
  );
  if (errors.length) throw invalidFields(errors);
  return domains;
}
