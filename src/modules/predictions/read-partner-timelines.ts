import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/rows.js';

/** What happened to one partner over time: the raw material of churn features and labels. */
export interface PartnerTimeline {
  partnerId: string;
  partnerName: string;
  stage: string;
  stageMoves: { at: number; stage: string }[];
  /** Registrations submitted. */
  registrations: number[];
  /** Touches logged on deals. */
  touches: number[];
  /** Registrations that reached won. */
  wins: number[];
  certificates: { issuedAt: number; expiresAt: number }[];
  tierMoves: { at: number; rank: number }[];
}

type Stamp = string | Date;
const ms = (value: Stamp) => new Date(value).getTime();

/** Every partner's timeline, read in a handful of set-based queries, each event list oldest first. */
export async function readPartnerTimelines(db: Executor): Promise<PartnerTimeline[]> {
  const [partners, moves, events, certificates, tiers] = await Promise.all([
    queryRows<{ id: string; name: string; stage: string }>(
      db,
      sql`SELECT id, name, stage FROM partners ORDER BY normalized_name, id`,
    ),
    queryRows<{ partner_id: string; to_stage: string; at: Stamp }>(
      db,
      sql`SELECT partner_id, to_stage, at FROM partner_stage_history ORDER BY at, id`,
    ),
    queryRows<{ partner_id: string; kind: string; at: Stamp }>(
      db,
      sql`
        SELECT partner_id, 'registration' AS kind, submitted_at AS at FROM registrations WHERE submitted_at IS NOT NULL
        UNION ALL
        SELECT partner_id, 'touch', occurred_at FROM touchpoints
        UNION ALL
        SELECT r.partner_id, 'win', h.at FROM registration_history h
          JOIN registrations r ON r.id = h.registration_id WHERE h.to_status = 'won'
        ORDER BY at`,
    ),
    queryRows<{ partner_id: string; issued_at: Stamp; expires_at: Stamp }>(
      db,
      sql`SELECT partner_id, issued_at, expires_at FROM certificates ORDER BY issued_at, id`,
    ),
    queryRows<{ partner_id: string; rank: number; at: Stamp }>(
      db,
      sql`
        SELECT h.partner_id, d.rank, h.at FROM tier_history h JOIN tier_definitions d ON d.key = h.to_tier
        WHERE h.action IN ('assign', 'promote', 'demote') ORDER BY h.at, h.id`,
    ),
  ]);
  const byId = new Map<string, PartnerTimeline>();
  for (const p of partners) {
    byId.set(p.id, {
      partnerId: p.id,
      partnerName: p.name,
      stage: p.stage,
      stageMoves: [],
      registrations: [],
      touches: [],
      wins: [],
      certificates: [],
      tierMoves: [],
    });
  }
  for (const m of moves) byId.get(m.partner_id)?.stageMoves.push({ at: ms(m.at), stage: m.to_stage });
  for (const e of events) {
    const timeline = byId.get(e.partner_id);
    if (!timeline) continue;
    const list =
      e.kind === 'registration'
        ? timeline.registrations
        : e.kind === 'touch'
          ? timeline.touches
          : timeline.wins;
    list.push(ms(e.at));
  }
  for (const c of certificates)
    byId.get(c.partner_id)?.certificates.push({ issuedAt: ms(c.issued_at), expiresAt: ms(c.expires_at) });
  for (const t of tiers) byId.get(t.partner_id)?.tierMoves.push({ at: ms(t.at), rank: Number(t.rank) });
  return [...byId.values()];
}
