import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { type AccountRow, toAccountView } from './account-view.js';
import type { Account } from './accounts.schemas.js';
import { accounts } from './accounts.table.js';

export async function getAccountRow(ctx: Ctx, id: string): Promise<AccountRow> {
  const [row] = await ctx.db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  if (!row) throw notFound('Account');
  return row;
}

export async function getAccount(ctx: Ctx, id: string): Promise<Account> {
  return toAccountView(await getAccountRow(ctx, id));
}
