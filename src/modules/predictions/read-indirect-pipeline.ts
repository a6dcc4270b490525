import { sql } from 'drizzle-orm';
import type { PipelineDeal } from '../../analytics/forecast/pipeline-forecast.js';
import type { Executor } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/rows.js';
import type { Rates } from './win-features.js';

/** The open stages a deal moves through before it closes. */
export const FORECAST_STAGES = ['prospecting', 'qualification', 'proposal', 'negotiation'] as const;

interface Row {
  id: string;
  amount_minor: string | number;
  currency: string;
  stage: string;
  close_date: string;
  closed_at: string | Date | null;
  created_at: string | Date;
  created_stage: string | null;
  moves: { at: string; from: string | null; to: string | null }[] | null;
}

/**
 * Indirect deals: opportunities with a partner on them or a partner touch, whatever their source.
 * Stage history comes from the deal timeline (its "created at <stage>" and "moved from … to …"
 * entries); a deal created from a registration starts at qualification.
 */
export async function readIndirectPipeline(
  db: Executor,
  rates: Rates,
  programCurrency: string,
): Promise<PipelineDeal[]> {
  const rows = await queryRows<Row>(
    db,
    sql`
      SELECT o.id, o.amount_minor, o.currency, o.stage, o.close_date, o.closed_at, o.created_at,
        (SELECT substring(a.summary FROM ' at ([a-z_]+),') FROM deal_activities a
          WHERE a.opportunity_id = o.id AND a.kind = 'created' ORDER BY a.at, a.id LIMIT 1) AS created_stage,
        (SELECT json_agg(json_build_object(
            'at', a.at,
            'from', substring(a.summary FROM 'from ([a-z_]+) to'),
            'to', substring(a.summary FROM 'to ([a-z_]+)$')) ORDER BY a.at, a.id)
          FROM deal_activities a WHERE a.opportunity_id = o.id AND a.kind = 'stage_changed') AS moves
      FROM opportunities o
      WHERE EXISTS (SELECT 1 FROM deal_partners d WHERE d.opportunity_id = o.id)
         OR EXISTS (SELECT 1 FROM touchpoints t WHERE t.opportunity_id = o.id)
      ORDER BY o.created_at, o.id`,
  );
  return rows.map((row) => {
    const createdAt = new Date(row.created_at).getTime();
    const moves = (row.moves ?? []).filter((m) => m.to);
    const firstStage = row.created_stage ?? moves[0]?.from ?? (row.closed_at ? 'qualification' : row.stage);
    const rate = row.currency === programCurrency ? 1 : (rates[row.currency] ?? 1);
    return {
      amount: Math.round(Number(row.amount_minor) * rate),
      createdAt,
      closedAt: row.closed_at === null ? null : new Date(row.closed_at).getTime(),
      won: row.stage === 'closed_won',

      stageEvents: [
        { at: createdAt, stage: firstStage },
        ...moves.map((m) => ({ at: new Date(m.at).getTime(), stage: m.to! })),
      ].filter((e) => (FORECAST_STAGES as readonly string[]).includes(e.stage)),
    };
  });
}
