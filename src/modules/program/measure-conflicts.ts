import { sql } from 'drizzle-orm';
import type { SwotConflicts } from '../../analytics/program/swot-inputs.js';
import { addDays } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { registrationDecisions, registrations } from '../deals/registrations.table.js';

interface WindowCounts {
  decided: number;
  conflicted: number;
  byRule: Record<string, number>;
}

/** Registrations decided in [from, to): how many ran into a conflict, by the rule that named it. */
async function countWindow(db: Executor, from: Date, to: Date): Promise<WindowCounts> {
  const result = (await db.execute(sql`
    with decided as (
      select r.id from ${registrations} r
      where r.decided_at >= ${from.toISOString()}::timestamptz and r.decided_at < ${to.toISOString()}::timestamptz
    ),
    conflicted as (
      select distinct on (d.registration_id) d.registration_id, d.rule_id
      from ${registrationDecisions} d join decided on decided.id = d.registration_id
      where d.conflict_registration_id is not null or d.conflict_opportunity_id is not null
      order by d.registration_id, d.at
    )
    select 'all' as rule_id, count(*)::int as n from decided
    union all
    select rule_id, count(*)::int from conflicted group by rule_id`)) as unknown as {
    rows: { rule_id: string; n: number }[];
  };
  const byRule: Record<string, number> = {};
  let decided = 0;
  let conflicted = 0;
  for (const row of result.rows) {
    if (row.rule_id === 'all') decided = Number(row.n);
    else {
      byRule[row.rule_id] = Number(row.n);
      conflicted += Number(row.n);
    }
  }
  return { decided, conflicted, byRule };
}

/** The registration conflict rate over a window before `asOf`, with the window before for a trend. */
export async function measureConflicts(db: Executor, asOf: Date, windowDays = 180): Promise<SwotConflicts> {
  const from = addDays(asOf, -windowDays);
  const current = await countWindow(db, from, asOf);
  const previous = await countWindow(db, addDays(from, -windowDays), from);
  return {
    windowDays,
    ...current,
    previousRate: previous.decided === 0 ? null : (previous.conflicted / previous.decided) * 100,
  };
}
