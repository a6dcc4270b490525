import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { updatedSinceFilter } from '../../platform/http/updated-since.js';
import { type LeadFilters, leadConditions, leadScope } from './lead-filters.js';
import { toLeadView, toLeadViews, toOfferViews } from './lead-view.js';
import type { Lead, LeadDetail } from './leads.schemas.js';
import { leadOffers, leads } from './leads.table.js';

export const LEAD_SORTS = ['createdAt', 'updatedAt', 'companyName', 'score'] as const;

export interface FindLeadsInput extends LeadFilters {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  updatedSince?: string | undefined;
}

const iso = (value: unknown) => (value as Date).toISOString();

export async function findLeads(ctx: Ctx, input: FindLeadsInput): Promise<Page<Lead>> {
  const plan = keyset(
    input.sort,
    {
      createdAt: { column: leads.createdAt, read: (r) => iso(r.createdAt) },
      updatedAt: { column: leads.updatedAt, read: (r) => iso(r.updatedAt) },
      companyName: { column: leads.companyName, read: (r) => r.companyName as string },
      score: { column: leads.score, read: (r) => r.score as number },
    },
    { column: leads.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [
    plan.where,
    updatedSinceFilter(leads.updatedAt, input.updatedSince),
    ...leadConditions(ctx, input),
  ];
  const rows = await ctx.db
    .select()
    .from(leads)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  const page = toPage(rows, input.limit, plan, (row) => row);
  return { items: await toLeadViews(ctx, page.items), nextCursor: page.nextCursor };
}

/** One lead with its offers and the leads flagged as its duplicates (vendor staff only). */
export async function getLead(ctx: Ctx, id: string): Promise<LeadDetail> {
  const [row] = await ctx.db
    .select()
    .from(leads)
    .where(and(eq(leads.id, id), leadScope(ctx)));
  if (!row) throw notFound('Lead');
  const scoped = leadScope(ctx) !== undefined;
  const [view, offers, duplicates] = await Promise.all([
    toLeadView(ctx, row),
    ctx.db
      .select()
      .from(leadOffers)
      .where(eq(leadOffers.leadId, id))
      .orderBy(desc(leadOffers.offeredAt), desc(leadOffers.id)),
    scoped
      ? []
      : ctx.db
          .select({ id: leads.id, companyName: leads.companyName, createdAt: leads.createdAt })
          .from(leads)
          .where(eq(leads.duplicateOfId, id))
          .orderBy(leads.createdAt),
  ]);
  return {
    ...view,
    offers: await toOfferViews(ctx, offers),
    duplicates: duplicates.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
  };
}
