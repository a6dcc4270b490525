/**
 * Parallel conflicting writes against one allocation, through the HTTP API, on real PostgreSQL:
 * request approvals racing for the same available money, claims racing for the same commitment,
 * claim approvals and a lowering of the allocation at once. The row locks must serialize them so no
 * bucket goes below zero and the ledger still sums to what was funded. PGlite runs one statement at
 * a time, so these races cannot happen there: PostgreSQL only.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx vitest run src/modules/mdf/__tests__/mdf-concurrency.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { call, expectLedgerBalanced, requestBody, uploadProof } from './mdf-test-helpers.js';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
let t: TestApp;
beforeAll(async () => {
  if (onPostgres) t = await createTestApp();
});
afterAll(async () => t?.close());

describe.skipIf(!onPostgres)('MDF money under concurrent writes (PostgreSQL)', () => {
  it('never over-commits an allocation, over-claims a commitment, or loses a cent', async () => {
    const budget = await call(t, 'finance', 'POST', '/api/mdf/budgets', {
      name: 'Race budget',
      periodStart: '2026-04-01',
      periodEnd: '2026-06-30',
      currency: 'EUR',
      fundedMinor: 5_000_000,
      financeThresholdMinor: 10_000_000,
    });
    const allocationUrl = `/api/mdf/budgets/${budget.id}/allocations/${t.fixtures.partnerA}`;
    await call(t, 'admin', 'PUT', allocationUrl, { amountMinor: 1_000_000 });
    await t.as('partner_manager');
    await t.as('admin');
    await t.as('finance');

    const requests = [];
    for (let i = 0; i < 8; i++) {
      requests.push(
        await call(t, 'partner_rep_a', 'POST', '/api/mdf/requests', requestBody(budget.id, 300_000)),
      );
    }
    const approvals = await Promise.all(
      requests.map((r, i) =>
        t.request(i % 2 ? 'partner_manager' : 'admin', {
          method: 'POST',
          url: `/api/mdf/requests/${r.id}/decision`,
          payload: { decision: 'approve' },
        }),
      ),
    );
    const approvedIds = requests.filter((_r, i) => approvals[i]?.statusCode === 200).map((r) => r.id);
    expect(approvedIds).toHaveLength(3);
    expect(approvals.filter((a) => a.statusCode === 409)).toHaveLength(5);
    await expectLedgerBalanced(t.systemCtx.db);

    // Three claims race for one request's commitment of 300 000: only one of 200 000 fits.
    const proof = await uploadProof(t, 'partner_rep_a');
    const claimBody = {
      amountMinor: 200_000,
      fileIds: [proof],
      resultLeads: 4,
      resultPipelineMinor: 800_000,
      resultNotes: '',
    };
    const racing = await Promise.all(
      [0, 1, 2].map(() =>
        t.request('partner_rep_a', {
          method: 'POST',
          url: `/api/mdf/requests/${approvedIds[0]}/claims`,
          payload: claimBody,
        }),
      ),
    );
    expect(racing.filter((r) => r.statusCode === 201)).toHaveLength(1);

    const claims = [racing.find((r) => r.statusCode === 201)?.json()];
    for (const requestId of approvedIds.slice(1)) {
      claims.push(await call(t, 'partner_rep_a', 'POST', `/api/mdf/requests/${requestId}/claims`, claimBody));
    }
    // Claim approvals (releasing the rest of each commitment), a lowering of the allocation to what
    // it holds and a rival raise, all at once.
    const mixed = await Promise.all([
      ...claims.map((c) =>
        t.request('finance', {
          method: 'POST',
          url: `/api/mdf/claims/${c.id}/decision`,
          payload: { decision: 'approve' },
        }),
      ),
      t.request('admin', { method: 'PUT', url: allocationUrl, payload: { amountMinor: 900_000 } }),
      t.request('finance', { method: 'PUT', url: allocationUrl, payload: { amountMinor: 1_200_000 } }),
    ]);
    for (const res of mixed) expect([200, 409], res.body).toContain(res.statusCode);
    expect(mixed.slice(0, 3).every((r) => r.statusCode === 200)).toBe(true);
    const paid = await Promise.all(
      claims.flatMap((c) =>
        [1, 2].map((n) =>
          t.request('finance', {
            method: 'POST',
            url: `/api/mdf/claims/${c.id}/pay`,
            payload: { paymentReference: `AP-${n}` },
          }),
        ),
      ),
    );
    expect(paid.filter((r) => r.statusCode === 200)).toHaveLength(3);
    const [allocation] = (await call(t, 'admin', 'GET', `/api/mdf/allocations?budgetId=${budget.id}`)).items;
    expect(allocation.paidMinor).toBe(600_000);
    expect(allocation.committedMinor).toBe(0);
    expect(allocation.availableMinor).toBeGreaterThanOrEqual(0);
    await expectLedgerBalanced(t.systemCtx.db);
  });
});
