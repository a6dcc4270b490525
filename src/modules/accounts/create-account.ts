import { companyMatchKey } from '../../analytics/matching/match-key.js';
import { normalizeCompanyName } from '../../analytics/matching/normalize-name.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { assertVendorUser } from '../identity/assert-vendor-user.js';
import { normalizeAccountDomains } from './account-domains.js';
import { toAccountView } from './account-view.js';
import type { Account, CreateAccountInput } from './accounts.schemas.js';
import { accounts } from './accounts.table.js';

export async function createAccount(ctx: Ctx, input: CreateAccountInput): Promise<Account> {
  const domains = normalizeAccountDomains(input.domains);
  const normalizedName = normalizeCompanyName(input.name);
  return inTransaction(ctx, async (tx) => {
    if (input.ownerId) await assertVendorUser(tx, input.ownerId, 'ownerId');
    const now = ctx.clock.now();
    const [row] = await tx.db
      .insert(accounts)
      .values({
        id: ctx.ids(),
        name: input.name,
        normalizedName,
        matchKey: companyMatchKey(normalizedName),
        domains,
        country: input.country ?? null,
        industry: input.industry ?? null,
        employees: input.employees ?? null,
        ownerId: input.ownerId ?? null,
        status: input.status,
        externalIds: input.externalIds,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const account = toAccountView(row!);
    await recordAudit(tx, {
      action: 'account.create',
      entityType: 'account',
      entityId: account.id,
      after: account,
    });
    return account;
  });
}
