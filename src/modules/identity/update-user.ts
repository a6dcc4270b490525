import { eq } from 'drizzle-orm';
import { isPartnerRole } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { actorUserId } from '../../platform/policy.js';
import { getUserRow } from './get-user.js';
import type { UpdateUserInput, User } from './identity.schemas.js';
import { sessions, users } from './identity.table.js';
import { toUserView } from './user-view.js';

/** Renames, changes role or disables a user; disabling ends the user's sessions. */
export async function updateUser(ctx: Ctx, id: string, input: UpdateUserInput): Promise<User> {
  return inTransaction(ctx, async (tx) => {
    const before = await getUserRow(tx, id);
    if (input.role && isPartnerRole(input.role) !== isPartnerRole(before.role as User['role'])) {
      throw invalidField('role', 'cannot move a user between vendor and partner roles');
    }
    if (
      id === actorUserId(ctx.actor) &&
      (input.status === 'disabled' || (input.role && input.role !== before.role))
    ) {
      throw invalidField(
        input.status ? 'status' : 'role',
        'you cannot disable yourself or change your own role',
      );
    }
    // Only accepting the invitation makes an invitee active; re-enabling a disabled invitee reopens it.
    let status: User['status'] | undefined = input.status;
    if (status === 'active' && !before.passwordHash) {
      if (before.status === 'invited') {
        throw invalidField('status', 'this user becomes active by accepting the invitation');
      }
      status = 'invited';
    }
    const [row] = await tx.db
      .update(users)
      .set({ ...input, ...(status ? { status } : {}), updatedAt: ctx.clock.now() })
      .where(eq(users.id, id))
      .returning();
    if (input.status === 'disabled') await tx.db.delete(sessions).where(eq(sessions.userId, id));
    const after = toUserView(row!);
    await recordAudit(tx, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      partnerId: before.partnerId,
      before: toUserView(before),
      after,
    });
    return after;
  });
}
