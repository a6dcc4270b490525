import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import type { RESULT_GROUPS, ZResults } from './mdf.schemas.js';
import { mdfAllocations, mdfClaims, mdfRequests } from './mdf.table.js';
import { partnerNames, scopedTo } from './mdf-views.js';

type Results = z.infer<typeof ZResults>;

/**
 * Results per activity: approved (and paid) claims against the leads and pipeline they report.
 * Cost per lead = claimed / leads; pipeline per currency unit = pipeline / claimed.
 */
export async function getResults(
  ctx: Ctx,
  input: {
    groupBy: (typeof RESULT_GROUPS)[number];
    budgetId?: string | undefined;
    partnerId?: string | undefined;
  },
): Promise<Results> {
  const filters: (SQL | undefined)[] = [
    scopedTo(ctx, mdfClaims.partnerId),
    inArray(mdfClaims.status, ['approved', 'paid']),
    input.partnerId ? eq(mdfClaims.partnerId, input.partnerId) : undefined,
    input.budgetId ? eq(mdfAllocations.budgetId, input.budgetId) : undefined,
  ];
  const rows = await ctx.db
    .select({
      requestId: mdfRequests.id,
      title: mdfRequests.title,
      activityType: mdfRequests.activityType,
      partnerId: mdfClaims.partnerId,
      currency: mdfClaims.currency,
      amount: mdfClaims.amountMinor,
      status: mdfClaims.status,
      leads: mdfClaims.resultLeads,
      pipeline: mdfClaims.resultPipelineMinor,
    })
    .from(mdfClaims)
    .innerJoin(mdfRequests, eq(mdfRequests.id, mdfClaims.requestId))
    .innerJoin(mdfAllocations, eq(mdfAllocations.id, mdfRequests.allocationId))
    .where(and(...filters));
  const names =
    input.groupBy === 'partner'
      ? await partnerNames(
          ctx.db,
          rows.map((r) => r.partnerId),
        )
      : new Map();
  const groups = new Map<string, Results['rows'][number] & { requests: Set<string> }>();
  for (const r of rows) {
    const key =
      input.groupBy === 'request' ? r.requestId : input.groupBy === 'partner' ? r.partnerId : r.activityType;
    const label =
      input.groupBy === 'request'
        ? r.title
        : input.groupBy === 'partner'
          ? (names.get(r.partnerId) ?? '')
          : r.activityType;
    const id = `${key}|${r.currency}`;
    const g = groups.get(id) ?? {
      key,
      label,
      currency: r.currency,
      activities: 0,
      claimedMinor: 0,
      paidMinor: 0,
      leads: 0,
      pipelineMinor: 0,
      costPerLeadMinor: null,
      pipelinePerCurrencyUnit: null,
      requests: new Set<string>(),
    };
    g.requests.add(r.requestId);
    g.claimedMinor += r.amount;
    if (r.status === 'paid') g.paidMinor += r.amount;
    g.leads += r.leads;
    g.pipelineMinor += r.pipeline;
    groups.set(id, g);
  }
  const out = [...groups.values()].map(({ requests, ...g }) => ({
    ...g,
    activities: requests.size,
    costPerLeadMinor: g.leads > 0 ? Math.round(g.claimedMinor / g.leads) : null,
    pipelinePerCurrencyUnit:
      g.claimedMinor > 0 ? Math.round((g.pipelineMinor / g.claimedMinor) * 100) / 100 : null,
  }));
  out.sort((a, b) => b.claimedMinor - a.claimedMinor || a.label.localeCompare(b.label));
  return { groupBy: input.groupBy, rows: out };
}
