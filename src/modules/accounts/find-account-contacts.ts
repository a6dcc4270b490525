import { and, eq, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { accountContacts } from './accounts.table.js';
import { getAccountRow } from './get-account.js';

export const ACCOUNT_CONTACT_SORTS = ['lastName', 'updatedAt'] as const;

export const ZAccountContact = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    firstName: z.string().nullable(),
    lastName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    title: z.string().nullable(),
    externalIds: z.record(z.string(), z.string()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'AccountContact' });
export type AccountContact = z.output<typeof ZAccountContact>;

export interface FindAccountContactsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
}

type ContactRow = typeof accountContacts.$inferSelect;

function toView(row: ContactRow): AccountContact {
  return {
    id: row.id,
    accountId: row.accountId,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    phone: row.phone,
    title: row.title,
    externalIds: row.externalIds as Record<string, string>,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The people at one account, as imported from the CRM. */
export async function findAccountContacts(
  ctx: Ctx,
  accountId: string,
  input: FindAccountContactsInput,
): Promise<Page<AccountContact>> {
  await getAccountRow(ctx, accountId);
  const t = accountContacts;
  const plan = keyset(
    input.sort,
    {
      lastName: { column: t.lastName, read: (r) => r.lastName as string },
      updatedAt: { column: t.updatedAt, read: (r) => (r.updatedAt as Date).toISOString() },
    },
    { column: t.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [eq(t.accountId, accountId), plan.where];
  const rows = await ctx.db
    .select()
    .from(t)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, toView);
}
