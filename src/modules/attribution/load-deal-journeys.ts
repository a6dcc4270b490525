import { sql } from 'drizzle-orm';
import type { Journeys } from '../../analytics/attribution/journeys.js';
import type { Ctx } from '../../platform/context.js';
import { queryRows } from '../../platform/db/rows.js';

/** The partner journeys of the deals closed in a period, packed for the attribution kernels. */
export interface DealJourneys {
  journeys: Journeys;
  /** Channel id → partner id. */
  partnerIds: string[];
  /** Group id → currency; `currencyOf[journey]` is the deal's group. */
  currencies: string[];
  currencyOf: Int32Array;
}

interface DealRow {
  amount_minor: string | number;
  currency: string;
  won: boolean;
  /** "partnerId seconds,partnerId seconds,…": each touch's partner and seconds before the close. */
  touches: string;
  before_approval: string | number;
}

const SECONDS_PER_DAY = 86_400;

/**
 * One row per deal closed in [start, end) with at least one partner touch: won deals are the
 * conversions, lost ones the non-conversions. Touches come in time order as one text list per deal
 * (one sort per deal, and far cheaper to move than one row per touch). `before_approval` counts the touches at or before the
 * deal's first approved registration, which places the W-shaped lead-creation touch.
 */
export async function loadDealJourneys(ctx: Ctx, start: Date, end: Date): Promise<DealJourneys> {
  const rows = await queryRows<DealRow>(
    ctx.db,
    sql`
      select o.amount_minor, o.currency, o.stage = 'closed_won' as won,
        string_agg(t.partner_id::text || ' ' || round(extract(epoch from o.closed_at - t.occurred_at))::bigint,
          ',' order by t.occurred_at, t.id) as touches,
        count(*) filter (where t.occurred_at <= a.approved_at) as before_approval
      from opportunities o
      join touchpoints t on t.opportunity_id = o.id
      left join (
        select r.opportunity_id, min(r.approved_at) as approved_at
        from registrations r
        where r.opportunity_id is not null and r.approved_at is not null
        group by r.opportunity_id
      ) a on a.opportunity_id = o.id
      where o.stage in ('closed_won', 'closed_lost')
        and o.closed_at >= ${start.toISOString()}::timestamptz
        and o.closed_at < ${end.toISOString()}::timestamptz
      group by o.id, a.approved_at
    `,
  );
  return packDealRows(rows);
}

function packDealRows(rows: DealRow[]): DealJourneys {
  const count = rows.length;
  const partnerIndex = new Map<string, number>();
  const partnerIds: string[] = [];
  const currencyIndex = new Map<string, number>();
  const currencies: string[] = [];
  const offsets = new Int32Array(count + 1);
  let channels = new Int32Array(Math.max(16, count * 5));
  let ageDays = new Float64Array(channels.length);
  const leadTouch = new Int32Array(count);
  const conversions = new Float64Array(count);
  const nulls = new Float64Array(count);
  const values = new Float64Array(count);
  const currencyOf = new Int32Array(count);
  let touch = 0;
  for (let i = 0; i < count; i += 1) {
    const row = rows[i]!;
    const list = row.touches;
    let at = 0;
    while (at < list.length) {
      const space = list.indexOf(' ', at);
      let comma = list.indexOf(',', space);
      if (comma < 0) comma = list.length;
      const partner = list.slice(at, space);
      let channel = partnerIndex.get(partner);
      if (channel === undefined) {
        channel = partnerIds.length;
        partnerIndex.set(partner, channel);
        partnerIds.push(partner);
      }
      if (touch === channels.length) {
        channels = grow(channels, new Int32Array(channels.length * 2));
        ageDays = grow(ageDays, new Float64Array(ageDays.length * 2));
      }
      channels[touch] = channel;
      ageDays[touch] = Number(list.slice(space + 1, comma)) / SECONDS_PER_DAY;
      touch += 1;
      at = comma + 1;
    }
    offsets[i + 1] = touch;
    leadTouch[i] = Number(row.before_approval) - 1;
    conversions[i] = row.won ? 1 : 0;
    nulls[i] = row.won ? 0 : 1;
    values[i] = row.won ? Number(row.amount_minor) : 0;
    let group = currencyIndex.get(row.currency);
    if (group === undefined) {
      group = currencies.length;
      currencyIndex.set(row.currency, group);
      currencies.push(row.currency);
    }
    currencyOf[i] = group;
  }
  const journeys: Journeys = {
    count,
    channelCount: partnerIds.length,
    offsets,
    channels: channels.subarray(0, touch),
    ageDays: ageDays.subarray(0, touch),
    leadTouch,
    conversions,
    nulls,
    values,
  };
  return { journeys, partnerIds, currencies, currencyOf };
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
