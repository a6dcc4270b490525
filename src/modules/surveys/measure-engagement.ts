import { and, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { ENGAGEMENT_WINDOW_DAYS, engagementScore } from '../../analytics/satisfaction/engagement-score.js';
import { addDays } from '../../platform/clock.js';
import type { Ctx } from '../../platform/context.js';
import { users } from '../identity/identity.table.js';
import type { Engagement } from './surveys.schemas.js';
import { portalActivity } from './surveys.table.js';

/** The trailing window the score covers: the 30 days up to and including asOf (default today, UTC). */
export function engagementWindow(now: Date, asOf?: string): { from: string; to: string } {
  const end = asOf ? new Date(`${asOf}T00:00:00Z`) : now;
  return {
    from: addDays(end, -(ENGAGEMENT_WINDOW_DAYS - 1))
      .toISOString()
      .slice(0, 10),
    to: end.toISOString().slice(0, 10),
  };
}

/** Engagement of the given partners (every partner with users or activity when null), by partner id. */
export async function measureEngagement(
  ctx: Ctx,
  partnerIds: string[] | null,
  asOf?: string,
): Promise<Map<string, Engagement>> {
  const window = engagementWindow(ctx.clock.now(), asOf);
  const a = portalActivity;
  const activityFilters: (SQL | undefined)[] = [gte(a.day, window.from), lte(a.day, window.to)];
  const userFilters: (SQL | undefined)[] = [eq(users.status, 'active'), sql`${users.partnerId} is not null`];
  if (partnerIds) {
    if (!partnerIds.length) return new Map();
    activityFilters.push(inArray(a.partnerId, partnerIds));
    userFilters.push(inArray(users.partnerId, partnerIds));
  }
  const [activity, enabled] = await Promise.all([
    ctx.db
      .select({
        partnerId: a.partnerId,
        activeUsers: sql<number>`count(distinct ${a.userId})::int`,
        activeDays: sql<number>`count(distinct ${a.day})::int`,
        areas: sql<string[]>`array_agg(distinct ${a.area} order by ${a.area})`,
      })
      .from(a)
      .where(and(...activityFilters))
      .groupBy(a.partnerId),
    ctx.db
      .select({ partnerId: users.partnerId, enabledUsers: sql<number>`count(*)::int` })
      .from(users)
      .where(and(...userFilters))
      .groupBy(users.partnerId),
  ]);
  const ids = new Set<string>([...activity.map((r) => r.partnerId), ...enabled.map((r) => r.partnerId!)]);
  for (const id of partnerIds ?? []) ids.add(id);
  const byActivity = new Map(activity.map((r) => [r.partnerId, r]));
  const byEnabled = new Map(enabled.map((r) => [r.partnerId!, r.enabledUsers]));
  const result = new Map<string, Engagement>();
  for (const partnerId of ids) {
    const act = byActivity.get(partnerId);
    const inputs = {
      enabledUsers: byEnabled.get(partnerId) ?? 0,
      activeUsers: act?.activeUsers ?? 0,
      activeDays: act?.activeDays ?? 0,
      areas: act?.areas.length ?? 0,
    };
    result.set(partnerId, {
      partnerId,
      ...inputs,
      areas: act?.areas ?? [],
      ...engagementScore(inputs),
      windowDays: ENGAGEMENT_WINDOW_DAYS,
      ...window,
    });
  }
  return result;
}
