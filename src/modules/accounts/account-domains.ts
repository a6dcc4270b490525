import { domainRejectionText, registrableDomain } from '../../analytics/matching/normalize-domain.js';
import { AppError, type FieldError } from '../../platform/errors.js';

/** Each entry reduced to its registrable domain; an entry that names no company domain fails by index. */
export function normalizeAccountDomains(inputs: readonly string[]): string[] {
  const errors: FieldError[] = [];
  const domains = new Set<string>();
  inputs.forEach((input, index) => {
    const result = registrableDomain(input);
    if (result.ok) domains.add(result.domain);
    else errors.push({ field: `domains.${index}`, message: domainRejectionText(result.reason) });
  });
  if (errors.length)
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
  return [...domains];
}
