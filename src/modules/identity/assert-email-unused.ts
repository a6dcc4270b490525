import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { users } from './identity.table.js';

/** One person, one login: an email already in use is a conflict named on the email field. */
export async function assertEmailUnused(ctx: Ctx, email: string): Promise<void> {
  const [existing] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email.toLowerCase()))
    .limit(1);
  if (existing) {
    throw new AppError('conflict', `A user with the email ${email.toLowerCase()} already exists`, {
      errors: [{ field: 'email', message: 'is already in use' }],
    });
  }
}
