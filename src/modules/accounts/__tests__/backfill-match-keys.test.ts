import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { accounts } from '../accounts.table.js';
import { backfillAccountMatchKeys } from '../backfill-match-keys.js';
import { createAccount } from '../create-account.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('match keys of accounts stored before they existed', () => {
  it('are filled once, and then there is nothing to do', async () => {
    const made = [];
    for (const name of ['PT Telkom Indonesia Tbk', "O'Reilly Media, Inc.", 'Globex Corporation']) {
      made.push(await createAccount(t.systemCtx, { name, domains: [], status: 'prospect', externalIds: {} }));
    }
    const db = t.db.database.db;
    await db.execute(sql`update ${accounts} set match_key = ''`);
    expect(await backfillAccountMatchKeys(db)).toBe(3);
    const keys = await db
      .select({ key: accounts.matchKey })
      .from(accounts)
      .where(eq(accounts.id, made[0]!.id));
    expect(keys[0]?.key).toBe('telkomindonesia');
    expect(await backfillAccountMatchKeys(db)).toBe(0);
  });
});
