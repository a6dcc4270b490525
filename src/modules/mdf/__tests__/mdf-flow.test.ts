import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { call, expectLedgerBalanced, requestBody, uploadProof } from './mdf-test-helpers.js';

let t: TestApp;
let budgetId: string;
beforeAll(async () => {
  t = await createTestApp();
  const budget = await call(t, 'finance', 'POST', '/api/mdf/budgets', {
    name: 'FY26 Q2',
    periodStart: '2026-04-01',
    periodEnd: '2026-06-30',
    currency: 'USD',
    fundedMinor: 10_000_000,
    financeThresholdMinor: 500_000,
  });
  budgetId = budget.id;
  await call(t, 'partner_manager', 'PUT', `/api/mdf/budgets/${budgetId}/allocations/${t.fixtures.partnerA}`, {
    amountMinor: 2_000_000,
  });
});
afterAll(async () => t.close());

/** Asserts a request is refused and the database is exactly as before. */
async function refusedUnchanged(
  user: Parameters<TestApp['request']>[0],
  method: 'POST' | 'PUT',
  url: string,
  payload: unknown,
  status: number,
) {
  if (user) await t.as(user);
  const before = await snapshotDatabase(t.systemCtx.db);
  const res = await t.request(user, { method, url, payload: payload as object });
  expect(res.statusCode, res.body).toBe(status);
  expect(diffSnapshots(before, await snapshotDatabase(t.systemCtx.db))).toEqual([]);
  return res.json();
}

describe('MDF', () => {
  it('funds, allocates and shows figures program-wide to staff and only its own money to a partner', async () => {
    const staff = await call(t, 'sales_rep', 'GET', `/api/mdf/budgets/${budgetId}`);
    expect(staff.figures).toMatchObject({
      fundedMinor: 10_000_000,
      unallocatedMinor: 8_000_000,
      allocatedMinor: 2_000_000,
    });
    const partner = await call(t, 'partner_rep_a', 'GET', `/api/mdf/budgets/${budgetId}`);
    expect(partner.figures).toMatchObject({ fundedMinor: 0, unallocatedMinor: 0, availableMinor: 2_000_000 });
    const other = await t.request('partner_rep_b', { method: 'GET', url: `/api/mdf/budgets/${budgetId}` });
    expect(other.statusCode).toBe(404);
    await refusedUnchanged(
      'admin',
      'PUT',
      `/api/mdf/budgets/${budgetId}/allocations/${t.fixtures.partnerB}`,
      { amountMinor: 9_000_000 },
      409,
    );
  });

  it('routes a small request through the manager only and a large one on to finance, committing on final approval', async () => {
    const small = await call(t, 'partner_rep_a', 'POST', '/api/mdf/requests', requestBody(budgetId, 400_000));
    expect(small).toMatchObject({ status: 'submitted', nextStep: 'manager' });
    await refusedUnchanged(
      'finance',
      'POST',
      `/api/mdf/requests/${small.id}/decision`,
      { decision: 'approve' },
      403,
    );
    const approved = await call(t, 'partner_manager', 'POST', `/api/mdf/requests/${small.id}/decision`, {
      decision: 'approve',
    });
    expect(approved).toMatchObject({ status: 'approved', approvedMinor: 400_000 });

    const large = await call(
      t,
      'partner_admin_a',
      'POST',
      '/api/mdf/requests',
      requestBody(budgetId, 900_000),
    );
    const managerOk = await call(t, 'partner_manager', 'POST', `/api/mdf/requests/${large.id}/decision`, {
      decision: 'approve',
      amountMinor: 800_000,
    });
    expect(managerOk).toMatchObject({
      status: 'manager_approved',
      nextStep: 'finance',
      approvedMinor: 800_000,
    });
    await refusedUnchanged(
      'partner_manager',
      'POST',
      `/api/mdf/requests/${large.id}/decision`,
      { decision: 'approve' },
      403,
    );
    const financeOk = await call(t, 'finance', 'POST', `/api/mdf/requests/${large.id}/decision`, {
      decision: 'approve',
    });
    expect(financeOk.status).toBe('approved');
    const detail = await call(t, 'partner_rep_a', 'GET', `/api/mdf/requests/${large.id}`);
    expect(detail.approvals.map((a: { step: string }) => a.step)).toEqual(['manager', 'finance']);
    expect(detail.committedRemainingMinor).toBe(800_000);

    const [allocation] = (await call(t, 'partner_rep_a', 'GET', `/api/mdf/allocations?budgetId=${budgetId}`))
      .items;
    expect(allocation).toMatchObject({ availableMinor: 800_000, committedMinor: 1_200_000 });
    await expectLedgerBalanced(t.systemCtx.db);
  });

  it('refuses, changing nothing: over the available, dates outside the period, another partner’s file, over-claim, closed budget', async () => {
    await refusedUnchanged('partner_rep_a', 'POST', '/api/mdf/requests', requestBody(budgetId, 900_000), 400);
    const outside = await refusedUnchanged(
      'partner_rep_a',
      'POST',
      '/api/mdf/requests',
      { ...requestBody(budgetId, 1000), endsOn: '2026-07-02' },
      400,
    );
    expect(outside.errors[0].field).toBe('body.endsOn');
    await refusedUnchanged('partner_rep_b', 'POST', '/api/mdf/requests', requestBody(budgetId, 1000), 404);

    const request = await call(
      t,
      'partner_rep_a',
      'POST',
      '/api/mdf/requests',
      requestBody(budgetId, 100_000),
    );
    await call(t, 'admin', 'POST', `/api/mdf/requests/${request.id}/decision`, { decision: 'approve' });
    const fileB = await uploadProof(t, 'partner_rep_b');
    const fileA = await uploadProof(t, 'partner_rep_a');
    const claim = {
      amountMinor: 50_000,
      fileIds: [fileB],
      resultLeads: 3,
      resultPipelineMinor: 90_000,
      resultNotes: '',
    };
    await refusedUnchanged('partner_rep_a', 'POST', `/api/mdf/requests/${request.id}/claims`, claim, 404);
    await refusedUnchanged(
      'partner_rep_a',
      'POST',
      `/api/mdf/requests/${request.id}/claims`,
      { ...claim, fileIds: [fileA], amountMinor: 100_001 },
      400,
    );
    await refusedUnchanged(
      'partner_rep_b',
      'POST',
      `/api/mdf/requests/${request.id}/claims`,
      { ...claim, fileIds: [fileB] },
      404,
    );
  });

  it('takes a claim through rejection, resubmission, partial approval and payment, releasing the rest', async () => {
    const request = await call(
      t,
      'partner_rep_a',
      'POST',
      '/api/mdf/requests',
      requestBody(budgetId, 200_000),
    );
    await call(t, 'partner_manager', 'POST', `/api/mdf/requests/${request.id}/decision`, {
      decision: 'approve',
    });
    const proof = await uploadProof(t, 'partner_rep_a');
    const claim = await call(t, 'partner_rep_a', 'POST', `/api/mdf/requests/${request.id}/claims`, {
      amountMinor: 180_000,
      fileIds: [proof],
      resultLeads: 12,
      resultPipelineMinor: 3_000_000,
      resultNotes: 'Two breakfasts, 41 attendees',
    });
    const rejected = await call(t, 'partner_manager', 'POST', `/api/mdf/claims/${claim.id}/decision`, {
      decision: 'reject',
      reason: 'The invoice for the venue is missing',
    });
    expect(rejected).toMatchObject({
      status: 'rejected',
      decisionReason: 'The invoice for the venue is missing',
    });
    const invoice = await uploadProof(t, 'partner_rep_a');
    const again = await call(t, 'partner_rep_a', 'PUT', `/api/mdf/claims/${claim.id}`, {
      amountMinor: 180_000,
      fileIds: [proof, invoice],
      resultLeads: 12,
      resultPipelineMinor: 3_000_000,
      resultNotes: 'Venue invoice attached',
    });
    expect(again.status).toBe('submitted');
    expect(again.files).toHaveLength(2);
    const approved = await call(t, 'finance', 'POST', `/api/mdf/claims/${claim.id}/decision`, {
      decision: 'approve',
      amountMinor: 150_000,
    });
    expect(approved).toMatchObject({ status: 'approved', amountMinor: 150_000 });
    const detail = await call(t, 'partner_rep_a', 'GET', `/api/mdf/requests/${request.id}`);
    expect(detail).toMatchObject({ status: 'completed', committedRemainingMinor: 0 });
    await refusedUnchanged(
      'partner_manager',
      'POST',
      `/api/mdf/claims/${claim.id}/pay`,
      { paymentReference: 'AP-1' },
      403,
    );
    const paid = await call(t, 'finance', 'POST', `/api/mdf/claims/${claim.id}/pay`, {
      paymentReference: 'AP-2026-0042',
    });
    expect(paid).toMatchObject({ status: 'paid', paymentReference: 'AP-2026-0042' });
    const results = await call(t, 'partner_rep_a', 'GET', '/api/mdf/results?groupBy=request');
    expect(results.rows.find((r: { key: string }) => r.key === request.id)).toMatchObject({
      claimedMinor: 150_000,
      paidMinor: 150_000,
      leads: 12,
      costPerLeadMinor: 12_500,
      pipelinePerCurrencyUnit: 20,
    });
    await expectLedgerBalanced(t.systemCtx.db);
  });

  it('declines a claim for good, releasing the commitment; a rejected request can be resubmitted; cancel before approval', async () => {
    const request = await call(
      t,
      'partner_rep_a',
      'POST',
      '/api/mdf/requests',
      requestBody(budgetId, 50_000),
    );
    await call(t, 'partner_manager', 'POST', `/api/mdf/requests/${request.id}/decision`, {
      decision: 'approve',
    });
    const before = (await call(t, 'partner_rep_a', 'GET', `/api/mdf/allocations?budgetId=${budgetId}`))
      .items[0];
    const claim = await call(t, 'partner_rep_a', 'POST', `/api/mdf/requests/${request.id}/claims`, {
      amountMinor: 50_000,
      fileIds: [await uploadProof(t, 'partner_rep_a')],
      resultLeads: 0,
      resultPipelineMinor: 0,
      resultNotes: '',
    });
    await call(t, 'admin', 'POST', `/api/mdf/claims/${claim.id}/decision`, {
      decision: 'decline',
      reason: 'Not co-branded',
    });
    const after = (await call(t, 'partner_rep_a', 'GET', `/api/mdf/allocations?budgetId=${budgetId}`))
      .items[0];
    expect(after.availableMinor).toBe(before.availableMinor + 50_000);
    await refusedUnchanged(
      'partner_rep_a',
      'PUT',
      `/api/mdf/claims/${claim.id}`,
      {
        amountMinor: 1,
        fileIds: [await uploadProof(t, 'partner_rep_a')],
        resultLeads: 0,
        resultPipelineMinor: 0,
        resultNotes: '',
      },
      409,
    );

    const second = await call(t, 'partner_rep_a', 'POST', '/api/mdf/requests', requestBody(budgetId, 30_000));
    await call(t, 'partner_manager', 'POST', `/api/mdf/requests/${second.id}/decision`, {
      decision: 'reject',
      reason: 'Wrong audience',
    });
    const { budgetId: _b, ...fields } = requestBody(budgetId, 25_000);
    const resubmitted = await call(t, 'partner_rep_a', 'PUT', `/api/mdf/requests/${second.id}`, fields);
    expect(resubmitted.status).toBe('submitted');
    const cancelled = await call(t, 'partner_rep_a', 'POST', `/api/mdf/requests/${second.id}/cancel`);
    expect(cancelled.status).toBe('cancelled');
  });

  it('closes a budget: unused money returns, no new requests, approved ones may still be claimed', async () => {
    const open = await call(t, 'partner_rep_a', 'POST', '/api/mdf/requests', requestBody(budgetId, 10_000));
    await call(t, 'partner_manager', 'POST', `/api/mdf/requests/${open.id}/decision`, {
      decision: 'approve',
    });
    const closed = await call(t, 'finance', 'POST', `/api/mdf/budgets/${budgetId}/close`);
    expect(closed.status).toBe('closed');
    expect(closed.figures.unallocatedMinor).toBe(0);
    expect(closed.figures.availableMinor).toBe(0);
    await refusedUnchanged('partner_rep_a', 'POST', '/api/mdf/requests', requestBody(budgetId, 1000), 409);
    await refusedUnchanged('finance', 'POST', `/api/mdf/budgets/${budgetId}/funds`, { amountMinor: 5 }, 409);
    const claim = await call(t, 'partner_rep_a', 'POST', `/api/mdf/requests/${open.id}/claims`, {
      amountMinor: 10_000,
      fileIds: [await uploadProof(t, 'partner_rep_a')],
      resultLeads: 1,
      resultPipelineMinor: 1000,
      resultNotes: '',
    });
    await call(t, 'partner_manager', 'POST', `/api/mdf/claims/${claim.id}/decision`, { decision: 'approve' });
    const ledger = await call(t, 'partner_rep_a', 'GET', `/api/mdf/budgets/${budgetId}/ledger?limit=200`);
    expect(ledger.items.every((e: { partnerId: string }) => e.partnerId === t.fixtures.partnerA)).toBe(true);
    await expectLedgerBalanced(t.systemCtx.db);
  });
});
