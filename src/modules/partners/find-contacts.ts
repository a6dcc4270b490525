import { and, eq, ilike, or } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { updatedAtSort, updatedSinceFilter } from '../../platform/http/updated-since.js';
import { toContactView } from './contact-view.js';
import { getPartnerRow } from './get-partner.js';
import type { Contact } from './partners.schemas.js';
import { partnerContacts } from './partners.table.js';

export async function findContacts(
  ctx: Ctx,
  partnerId: string,
  input: {
    limit: number;
    cursor?: string | undefined;
    sort: string;
    q?: string | undefined;
    updatedSince?: string | undefined;
  },
): Promise<Page<Contact>> {
  await getPartnerRow(ctx, partnerId);
  const plan = keyset(
    input.sort,
    {
      name: { column: partnerContacts.name, read: (r) => r.name as string },
      createdAt: { column: partnerContacts.createdAt, read: (r) => (r.createdAt as Date).toISOString() },
      updatedAt: updatedAtSort(partnerContacts.updatedAt, (r) => r.updatedAt),
    },
    { column: partnerContacts.id, read: (r) => r.id as string },
    input.cursor,
  );
  const search = input.q
    ? or(
        ilike(partnerContacts.name, containsPattern(input.q)),
        ilike(partnerContacts.email, containsPattern(input.q)),
      )
    : undefined;
  const rows = await ctx.db
    .select()
    .from(partnerContacts)
    .where(
      and(
        eq(partnerContacts.partnerId, partnerId),
        plan.where,
        search,
        updatedSinceFilter(partnerContacts.updatedAt, input.updatedSince),
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, toContactView);
}
