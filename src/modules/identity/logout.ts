import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { partnerScope } from '../../platform/policy.js';
import { sessions } from './identity.table.js';
import { hashToken } from './tokens.js';

export async function logout(ctx: Ctx, input: { sessionToken: string }): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const ended = await tx.db
      .delete(sessions)
      .where(eq(sessions.tokenHash, hashToken(input.sessionToken)))
      .returning();
    const session = ended[0];
    if (!session) return;
    await recordAudit(tx, {
      action: 'session.logout',
      entityType: 'user',
      entityId: session.userId,
      partnerId: partnerScope(ctx.actor),
    });
  });
}
