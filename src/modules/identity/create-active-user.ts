import type { Role } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { assertEmailUnused } from './assert-email-unused.js';
import type { User } from './identity.schemas.js';
import { users } from './identity.table.js';
import { hashPassword } from './tokens.js';
import { toUserView } from './user-view.js';

export interface CreateActiveUserInput {
  email: string;
  name: string;
  role: Role;
  partnerId: string | null;
  password: string;
}

/** For bootstrap and demo data: a user who can log in at once, without an invitation. */
export async function createActiveUser(ctx: Ctx, input: CreateActiveUserInput): Promise<User> {
  const now = ctx.clock.now();
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    await assertEmailUnused(tx, input.email);
    const [row] = await tx.db
      .insert(users)
      .values({
        id: ctx.ids(),
        email: input.email.toLowerCase(),
        name: input.name,
        role: input.role,
        partnerId: input.partnerId,
        status: 'active',
        passwordHash,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const user = toUserView(row!);
    await recordAudit(tx, {
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      partnerId: input.partnerId,
      after: user,
    });
    return user;
  });
}
