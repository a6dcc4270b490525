import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { toAccountView } from './account-view.js';
import { accounts } from './accounts.table.js';
import { getAccountRow } from './get-account.js';

export async function deleteAccount(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const before = await getAccountRow(tx, id);
    await tx.db.delete(accounts).where(eq(accounts.id, id));
    await recordAudit(tx, {
      action: 'account.delete',
      entityType: 'account',
      entityId: id,
      before: toAccountView(before),
    });
  });
}
