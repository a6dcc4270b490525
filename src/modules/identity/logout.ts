import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { sessions } from './identity.table.js';
import { hashToken } from './tokens.js';

export async function logout(ctx: Ctx, input: { sessionToken: string }): Promise<void> {
  await ctx.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(input.sessionToken)));
}
