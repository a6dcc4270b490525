import { eq } from 'drizzle-orm';
import type { UserActor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { permittedActions } from '../../platform/policy.js';
import type { Me, User } from './identity.schemas.js';
import { sessions, users } from './identity.table.js';
import { decoyPasswordHash, hashToken, newToken, verifyPassword } from './tokens.js';
import { toUserView } from './user-view.js';

export interface LoginResult {
  token: string;
  user: Me;
  expiresAt: Date;
}

const BAD_CREDENTIALS = 'The email or password is not right';

/** Password login: a fresh session token on every login (no fixation), stored only as a hash. */
export async function login(
  ctx: Ctx,
  input: { email: string; password: string; sessionTtlHours: number },
): Promise<LoginResult> {
  const [user] = await ctx.db.select().from(users).where(eq(users.email, input.email.toLowerCase())).limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  // A disabled account answers like a wrong password, so the reply never confirms a guessed password.
  if (!user?.passwordHash || !passwordOk || user.status !== 'active') {
    throw new AppError('unauthenticated', BAD_CREDENTIALS);
  }

  const now = ctx.clock.now();
  const token = newToken('');
  const expiresAt = new Date(now.getTime() + input.sessionTtlHours * 3_600_000);
  const actor: UserActor = {
    kind: 'user',
    userId: user.id,
    role: user.role as User['role'],
    partnerId: user.partnerId,
    scopes: null,
    apiKeyId: null,
  };
  return ctx.db.transaction(async (tx) => {
    await tx
      .insert(sessions)
      .values({ tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt, lastSeenAt: now });
    const [updated] = await tx
      .update(users)
      .set({ lastLoginAt: now })
      .where(eq(users.id, user.id))
      .returning();
    await recordAudit(
      { ...ctx, db: tx, actor },
      { action: 'session.login', entityType: 'user', entityId: user.id, partnerId: user.partnerId },
    );
    return { token, user: { ...toUserView(updated!), permissions: permittedActions(actor) }, expiresAt };
  });
}
