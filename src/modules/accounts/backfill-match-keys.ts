import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { companyMatchKey } from '../../analytics/matching/match-key.js';
import type { Executor } from '../../platform/db/client.js';
import { accounts } from './accounts.table.js';

const BATCH = 1000;

/**
 * Fills the match key of accounts stored before it existed (a migration cannot run the JavaScript
 * that computes it). Idempotent and cheap when there is nothing to do: one indexed read.
 */
export async function backfillAccountMatchKeys(db: Executor): Promise<number> {
  let done = 0;
  let after = '';
  for (;;) {
    const rows = await db
      .select({ id: accounts.id, normalizedName: accounts.normalizedName })
      .from(accounts)
      .where(and(eq(accounts.matchKey, ''), after ? gt(accounts.id, after) : undefined))
      .orderBy(asc(accounts.id))
      .limit(BATCH);
    if (rows.length === 0) return done;
    const values = sql.join(
      rows.map((row) => sql`(${row.id}::uuid, ${companyMatchKey(row.normalizedName)})`),
      sql`, `,
    );
    await db.execute(
      sql`update ${accounts} set match_key = v.key from (values ${values}) as v(id, key) where ${accounts.id} = v.id`,
    );
    done += rows.length;
    after = rows.at(-1)!.id;
  }
}
