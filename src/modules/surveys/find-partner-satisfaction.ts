import { and, arrayOverlaps, eq, ilike, inArray, type SQL } from 'drizzle-orm';
import { summarizeBy, summarizeResponses } from '../../analytics/satisfaction/satisfaction-math.js';
import type { Ctx } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { decodeCursor, encodeCursor, type Page } from '../../platform/http/pagination.js';
import { UUID_PATTERN } from '../../platform/ids.js';
import { partners } from '../partners/partners.table.js';
import { loadReportResponses } from './load-report-responses.js';
import { measureEngagement } from './measure-engagement.js';
import { reportRange } from './report-range.js';
import type { PartnerSatisfaction } from './surveys.schemas.js';

export const PARTNER_SATISFACTION_SORTS = [
  'partnerName',
  'psat',
  'pnps',
  'responses',
  'engagementScore',
] as const;
type SortKey = (typeof PARTNER_SATISFACTION_SORTS)[number];

export interface FindPartnerSatisfactionInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  from?: string | undefined;
  to?: string | undefined;
  surveyId?: string | undefined;
  q?: string | undefined;
  tier?: string | undefined;
  region?: string | undefined;
  type?: string | undefined;
  stage?: string[] | undefined;
  /** Last day of the 30-day engagement window; default today. */
  asOf?: string | undefined;
}

/** Partners the program works with: everyone past prospect, unless a stage filter says otherwise. */
const DEFAULT_STAGES = ['recruited', 'onboarding', 'active', 'at_risk', 'churned'];

/** The cursor is the next position and the last partner shown, so a made-up one is refused. */
function offsetOf(cursor: string | undefined): number {
  if (!cursor) return 0;
  const [offset, lastId] = decodeCursor(cursor, 2);
  if (
    typeof offset !== 'number' ||
    !Number.isSafeInteger(offset) ||
    offset < 1 ||
    typeof lastId !== 'string' ||
    !UUID_PATTERN.test(lastId)
  ) {
    throw invalidField('query.cursor', 'is not a cursor this list issued');
  }
  return offset;
}

function compare(a: PartnerSatisfaction, b: PartnerSatisfaction, key: SortKey): number {
  const x = a[key];
  const y = b[key];
  // Partners without figures go last either way.
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  return typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number);
}

/**
 * PSAT, pNPS and engagement per partner. The figures are computed per partner, so the list is sorted
 * in memory (a program has thousands of partners, not millions); the cursor is the position.
 */
export async function findPartnerSatisfaction(
  ctx: Ctx,
  input: FindPartnerSatisfactionInput,
): Promise<Page<PartnerSatisfaction>> {
  const descending = input.sort.startsWith('-');
  const key = (descending ? input.sort.slice(1) : input.sort) as SortKey;
  if (!PARTNER_SATISFACTION_SORTS.includes(key)) throw invalidField('query.sort', `cannot sort by ${key}`);
  const offset = offsetOf(input.cursor);
  const p = partners;
  const filters: (SQL | undefined)[] = [inArray(p.stage, input.stage?.length ? input.stage : DEFAULT_STAGES)];
  if (input.q) filters.push(ilike(p.name, `%${input.q.replace(/[%_\\]/g, '\\$&')}%`));
  if (input.tier) filters.push(eq(p.tier, input.tier));
  if (input.type) filters.push(eq(p.type, input.type));
  if (input.region) filters.push(arrayOverlaps(p.regions, [input.region]));
  const rows = await ctx.db
    .select({ id: p.id, name: p.name, type: p.type, stage: p.stage, tier: p.tier, regions: p.regions })
    .from(p)
    .where(and(...filters));
  const ids = rows.map((r) => r.id);
  const range = reportRange(ctx.clock.now(), input);
  const [responses, engagement] = await Promise.all([
    loadReportResponses(ctx, range, { surveyId: input.surveyId }),
    measureEngagement(ctx, ids, input.asOf),
  ]);
  const figures = summarizeBy(responses, (r) => [r.partnerId]);
  const items: PartnerSatisfaction[] = rows.map((row) => {
    const e = engagement.get(row.id);
    return {
      partnerId: row.id,
      partnerName: row.name,
      type: row.type as PartnerSatisfaction['type'],
      stage: row.stage,
      tier: row.tier,
      regions: row.regions as PartnerSatisfaction['regions'],
      ...(figures.get(row.id) ?? summarizeResponses([])),
      engagementScore: e?.score ?? 0,
      activeUsers: e?.activeUsers ?? 0,
      enabledUsers: e?.enabledUsers ?? 0,
      activeDays: e?.activeDays ?? 0,
      areas: e?.areas.length ?? 0,
    };
  });
  items.sort((a, b) => {
    const byKey = compare(a, b, key);
    const ordered = descending && a[key] !== null && b[key] !== null ? -byKey : byKey;
    return ordered || a.partnerId.localeCompare(b.partnerId);
  });
  const page = items.slice(offset, offset + input.limit);
  const next = offset + input.limit;
  const last = page[page.length - 1];
  return {
    items: page,
    nextCursor: next < items.length && last ? encodeCursor([next, last.partnerId]) : null,
  };
}
