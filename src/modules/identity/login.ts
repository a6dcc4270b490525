import { eq } from 'drizzle-orm';
import type { UserActor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { permittedActions } from '../../platform/policy.js';
import type { Me, User } from './identity.schemas.js';
import { sessions, users } from './identity.table.js';
import {
  assertLoginAllowed,
  clearLoginFailures,
  type LoginLimits,
  recordLoginFailure,
} from './login-throttle.js';
import { decoyPasswordHash, hashToken, newToken, verifyPassword } from './tokens.js';
import { toUserView } from './user-view.js';

export interface LoginResult {
  token: string;
  user: Me;
  expiresAt: Date;
}

const BAD_CREDENTIALS = 'The email or password is not right';

export interface LoginInput {
  email: string;
  password: string;
  sessionTtlHours: number;
  /** Where the attempt came from, for the per-address limit on failures. */
  clientAddress: string | null;
  /** The session the browser held before, ended by this login (the session is rotated). */
  previousSessionToken?: string;
  limits: LoginLimits;
}

/**
 * Password login: a fresh session token on every login (no fixation), stored only as a hash, and the
 * browser's previous session ended. Failed attempts are counted per account and per address, and
 * refused for a while past the limit (see login-throttle.ts).
 */
export async function login(ctx: Ctx, input: LoginInput): Promise<LoginResult> {
  const email = input.email.toLowerCase();
  await assertLoginAllowed(ctx, input.limits, email, input.clientAddress);
  const [user] = await ctx.db.select().from(users).where(eq(users.email, email)).limit(1);
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  // A disabled account answers like a wrong password, so the reply never confirms a guessed password.
  if (!user?.passwordHash || !passwordOk || user.status !== 'active') {
    const locked = await recordLoginFailure(ctx, input.limits, email, input.clientAddress);
    if (user) {
      await recordAudit(ctx, {
        action: locked ? 'session.locked' : 'session.login_failed',
        entityType: 'user',
        entityId: user.id,
        partnerId: user.partnerId,
        after: { clientAddress: input.clientAddress },
      });
    }
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
    const txCtx = { ...ctx, db: tx };
    await clearLoginFailures(txCtx, email);
    if (input.previousSessionToken) {
      await tx.delete(sessions).where(eq(sessions.tokenHash, hashToken(input.previousSessionToken)));
    }
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
