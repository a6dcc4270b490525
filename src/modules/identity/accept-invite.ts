import { and, eq, gt } from 'drizzle-orm';
import type { Role } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { User } from './identity.schemas.js';
import { users } from './identity.table.js';
import { hashPassword, hashToken } from './tokens.js';
import { toUserView } from './user-view.js';

/** The invitee sets a password; the invite token works once and not after it expires. */
export async function acceptInvite(
  ctx: Ctx,
  input: { token: string; password: string; name?: string | undefined },
): Promise<User> {
  const now = ctx.clock.now();
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(users)
      .where(
        and(
          eq(users.inviteTokenHash, hashToken(input.token)),
          eq(users.status, 'invited'),
          gt(users.inviteExpiresAt, now),
        ),
      )
      .limit(1);
    if (!row) throw new AppError('not_found', 'This invitation is not valid or has expired');
    const [updated] = await tx.db
      .update(users)
      .set({
        passwordHash,
        status: 'active',
        inviteTokenHash: null,
        inviteExpiresAt: null,
        name: input.name ?? row.name,
        updatedAt: now,
      })
      .where(eq(users.id, row.id))
      .returning();
    const user = toUserView(updated!);
    const actorCtx = {
      ...tx,
      actor: {
        kind: 'user' as const,
        userId: row.id,
        role: row.role as Role,
        partnerId: row.partnerId,
        scopes: null,
        apiKeyId: null,
      },
    };
    await recordAudit(actorCtx, {
      action: 'user.accept_invite',
      entityType: 'user',
      entityId: row.id,
      partnerId: row.partnerId,
      before: toUserView(row),
      after: user,
    });
    return user;
  });
}
