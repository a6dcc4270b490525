import { eq } from 'drizzle-orm';
import { companyMatchKey } from '../../analytics/matching/match-key.js';
import { normalizeCompanyName } from '../../analytics/matching/normalize-name.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { assertVendorUser } from '../identity/assert-vendor-user.js';
import { normalizeAccountDomains } from './account-domains.js';
import { toAccountView } from './account-view.js';
import type { Account, UpdateAccountInput } from './accounts.schemas.js';
import { accounts } from './accounts.table.js';
import { getAccountRow } from './get-account.js';

export async function updateAccount(ctx: Ctx, id: string, input: UpdateAccountInput): Promise<Account> {
  const changes: Partial<typeof accounts.$inferInsert> = { ...input };
  if (input.domains) changes.domains = normalizeAccountDomains(input.domains);
  if (input.name) {
    changes.normalizedName = normalizeCompanyName(input.name);
    changes.matchKey = companyMatchKey(changes.normalizedName);
  }
  return inTransaction(ctx, async (tx) => {
    const before = await getAccountRow(tx, id);
    if (input.ownerId) await assertVendorUser(tx, input.ownerId, 'ownerId');
    const [row] = await tx.db
      .update(accounts)
      .set({ ...changes, updatedAt: ctx.clock.now() })
      .where(eq(accounts.id, id))
      .returning();
    const after = toAccountView(row!);
    await recordAudit(tx, {
      action: 'account.update',
      entityType: 'account',
      entityId: id,
      before: toAccountView(before),
      after,
    });
    return after;
  });
}
