import { and, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { users } from './identity.table.js';

/** Owners of partners and accounts are vendor staff, never partner users. */
export async function assertVendorUser(ctx: Ctx, userId: string, field: string): Promise<void> {
  const [row] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.partnerId)))
    .limit(1);
  if (!row) throw invalidField(field, 'is not a vendor user');
}
