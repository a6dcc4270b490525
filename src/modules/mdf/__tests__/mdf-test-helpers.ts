import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Executor } from '../../../platform/db/client.js';
import { ONE_PIXEL_PNG } from '../../../testing/route-samples-files.js';
import type { TestApp, TestUserKey } from '../../../testing/test-app.js';

export async function call(
  t: TestApp,
  user: TestUserKey,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
  status = method === 'POST' && !/\/(funds|close|cancel|decision|pay|tier-share)$/.test(url) ? 201 : 200,
  // biome-ignore lint/suspicious/noExplicitAny: test responses are read loosely
): Promise<any> {
  const res = await t.request(user, {
    method,
    url,
    ...(payload !== undefined ? { payload: payload as object } : {}),
  });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.json();
}

export async function uploadProof(t: TestApp, user: TestUserKey): Promise<string> {
  const res = await t.request(user, {
    method: 'POST',
    url: '/api/files?purpose=mdf_proof&fileName=proof.png',
    headers: { 'content-type': 'image/png' },
    payload: ONE_PIXEL_PNG,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

export const requestBody = (budgetId: string, requestedMinor: number, submit = true) => ({
  budgetId,
  title: `Roadshow ${requestedMinor}`,
  activityType: 'event',
  plan: 'Two city breakfasts for IT directors with a product demo',
  startsOn: '2026-04-10',
  endsOn: '2026-04-20',
  requestedMinor,
  expectedLeads: 20,
  expectedPipelineMinor: 5_000_000,
  submit,
});

/**
 * The database-level check: each bucket's balance as a sum over mdf_ledger rows is never negative
 * (but the outside funding source), and all buckets of a budget hold exactly what was funded.
 */
export async function expectLedgerBalanced(db: Executor): Promise<void> {
  const result = (await db.execute(sql`
    select budget_id, bucket, sum(amount)::bigint::text as balance from (
      select budget_id, to_bucket as bucket, amount_minor as amount from mdf_ledger
      union all select budget_id, from_bucket, -amount_minor from mdf_ledger
    ) m group by budget_id, bucket`)) as unknown as {
    rows: { budget_id: string; bucket: string; balance: string }[];
  };
  const totals = new Map<string, { funded: number; held: number }>();
  for (const row of result.rows) {
    const balance = Number(row.balance);
    const total = totals.get(row.budget_id) ?? { funded: 0, held: 0 };
    if (row.bucket === 'funding') total.funded -= balance;
    else {
      expect(balance, `${row.bucket} of ${row.budget_id}`).toBeGreaterThanOrEqual(0);
      total.held += balance;
    }
    totals.set(row.budget_id, total);
  }
  for (const [budgetId, total] of totals) expect(total.held, budgetId).toBe(total.funded);
}
