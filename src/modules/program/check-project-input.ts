import { inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type FieldError, invalidFields } from '../../platform/errors.js';
import { partners } from '../partners/partners.table.js';
import type { CoInnovationInput } from './program.schemas.js';

/** Rules across fields: a launch date exactly when launched or retired, not in the future; known partners, once each. */
export async function checkProjectInput(ctx: Ctx, input: CoInnovationInput): Promise<void> {
  const errors: FieldError[] = [];
  const launched = input.status === 'launched' || input.status === 'retired';
  if (launched && input.launchedAt === null) {
    errors.push({ field: 'launchedAt', message: `is required when the status is ${input.status}` });
  }
  if (!launched && input.launchedAt !== null) {
    errors.push({ field: 'launchedAt', message: `must be null while the status is ${input.status}` });
  }
  if (input.launchedAt !== null && Date.parse(input.launchedAt) > ctx.clock.now().getTime()) {
    errors.push({ field: 'launchedAt', message: 'cannot be in the future' });
  }
  const seen = new Set<string>();
  input.partners.forEach((member, i) => {
    if (seen.has(member.partnerId)) {
      errors.push({ field: `partners.${i}.partnerId`, message: 'is listed twice' });
    }
    seen.add(member.partnerId);
  });
  if (seen.size > 0) {
    const found = await ctx.db
      .select({ id: partners.id })
      .from(partners)
      .where(inArray(partners.id, [...seen]));
    const known = new Set(found.map((row) => row.id));
    input.partners.forEach((member, i) => {
      if (!known.has(member.partnerId)) {
        errors.push({ field: `partners.${i}.partnerId`, message: 'is not a partner' });
      }
    });
  }
  if (errors.length > 0) throw invalidFields(errors);
}
