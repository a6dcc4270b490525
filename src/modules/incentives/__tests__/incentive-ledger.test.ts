import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { createTestApp } from '../../../testing/test-app.js';
import { adjustIncentiveBalance } from '../adjust-balance.js';

/** The app's clock starts on 15 January 2026: entries of January, a payout, then February. */
const t = await createTestApp();
afterAll(async () => t.close());
const { partnerA, partnerB } = t.fixtures;
const rep = t.fixtures.users.sales_rep.id;

const credit = (beneficiary: 'A' | 'B' | 'rep', amountMinor: number, reason: string) =>
  adjustIncentiveBalance(t.systemCtx, {
    beneficiaryType: beneficiary === 'rep' ? 'rep' : 'partner',
    ...(beneficiary === 'rep' ? { userId: rep } : { partnerId: beneficiary === 'A' ? partnerA : partnerB }),
    amountMinor,
    currency: 'USD',
    reason,
  });

const post = (url: string, payload: object, user: 'finance' | 'admin' | 'partner_admin_a' = 'finance') =>
  t.request(user, { method: 'POST', url, payload });
const get = (url: string, user: Parameters<typeof t.request>[0] = 'finance') =>
  t.request(user, { method: 'GET', url });

const entry: Record<string, string> = {};

beforeAll(async () => {
  entry.a1 = (await credit('A', 120_000, 'Q1 launch bonus')).id;
  entry.a2 = (await credit('A', 30_050, 'Webinar co-hosting')).id;
  entry.b1 = (await credit('B', 45_000, 'Beta referral bonus')).id;
  entry.rep = (await credit('rep', 9_999, 'Co-sell spiff')).id;
});

describe('approving, paying, reversing and adjusting', () => {
  it('approves the accrued entries of a period for one beneficiary type', async () => {
    const res = await post('/api/incentives/ledger/approve', {
      period: '2026-Q1',
      beneficiaryType: 'partner',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ approved: 3, totalMinorByCurrency: { USD: 195_050 } });
    const again = await post('/api/incentives/ledger/approve', { entryIds: [entry.a1] });
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].field).toBe('entryIds.0');
  });

  it('pays approved entries in a batch with one line per partner, and exports it for AP', async () => {
    const res = await post('/api/incentives/payouts', {
      beneficiaryType: 'partner',
      period: '2026-01',
      currency: 'USD',
      reference: 'AP-2026-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    const payout = res.json();
    expect(payout.totalMinor).toBe(195_050);
    expect(
      payout.lines.map((l: { beneficiaryName: string; totalMinor: number }) => [
        l.beneficiaryName,
        l.totalMinor,
      ]),
    ).toEqual([
      ['Alpha Integrators Ltd', 150_050],
      ['Beta Resellers Inc', 45_000],
    ]);
    const summary = (await get(`/api/incentives/payouts/${payout.id}/export?format=summary`)).json();
    const lines = summary.csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'vendor_id,vendor_name,invoice_reference,invoice_date,currency,amount,entries,description',
    );
    expect(lines[1]).toContain(`${partnerA},Alpha Integrators Ltd,AP-2026-01-`);
    expect(lines[1]).toContain(',USD,1500.50,2,Partner incentives 2026-01');
    const detail = (await get(`/api/incentives/payouts/${payout.id}/export?format=detail`)).json();
    expect(detail.csv.trim().split('\r\n')).toHaveLength(4);
    expect(detail.csv).toContain('Adjustment: Webinar co-hosting');
    const nothing = await post('/api/incentives/payouts', {
      beneficiaryType: 'partner',
      period: '2026-01',
      currency: 'USD',
      reference: 'AP-2026-01b',
    });
    expect(nothing.statusCode).toBe(409);
  });

  it('reverses a paid entry as a clawback carried into the next statement, and nets it in the next payout', async () => {
    const late = { ...t.systemCtx, clock: fixedClock(new Date('2026-02-10T09:00:00Z'), 1) };
    // The request goes through the app's clock, still in January; the later credit is made in February.
    const res = await post(`/api/incentives/ledger/${entry.a2}/reverse`, { reason: 'Webinar was cancelled' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ entryType: 'reversal', status: 'accrued', amountMinor: -30_050 });
    expect(res.json().description).toContain('clawback');
    const twice = await post(`/api/incentives/ledger/${entry.a2}/reverse`, { reason: 'Again' });
    expect(twice.statusCode).toBe(409);
    const next = await adjustIncentiveBalance(late, {
      beneficiaryType: 'partner',
      partnerId: partnerA,
      amountMinor: 20_000,
      currency: 'USD',
      reason: 'February bonus',
    });
    expect(next.period).toBe('2026-02');
    await post('/api/incentives/ledger/approve', { period: '2026-Q1' });
    // Partner A now nets to 20,000 − 30,050 < 0: carried, so no payout line for it; the rep is paid.
    const partnerRun = await post('/api/incentives/payouts', {
      beneficiaryType: 'partner',
      period: '2026-01',
      currency: 'USD',
      reference: 'AP-2026-02',
    });
    expect(partnerRun.statusCode).toBe(409);
    const payroll = await post('/api/incentives/payouts', {
      beneficiaryType: 'rep',
      period: '2026-Q1',
      currency: 'USD',
      reference: 'PAYROLL-2026-01',
    });
    expect(payroll.statusCode, payroll.body).toBe(201);
    const csv = (await get(`/api/incentives/payouts/${payroll.json().id}/export`)).json().csv as string;
    expect(csv.split('\r\n')[0]).toBe(
      'employee_id,employee_name,employee_email,earning_code,pay_period,currency,amount,reference',
    );
    expect(csv).toContain(
      `${rep},sales_rep,sales.rep@example.com,INCENTIVE_COSELL,2026-Q1,USD,99.99,PAYROLL-2026-01`,
    );
  });

  it('reverses an unpaid entry into a zero pair', async () => {
    const unpaid = await credit('B', 5_000, 'Typo credit');
    const res = await post(`/api/incentives/ledger/${unpaid.id}/reverse`, { reason: 'Entered by mistake' });
    expect(res.json()).toMatchObject({ status: 'reversed', amountMinor: -5_000, reversesId: unpaid.id });
    expect((await get(`/api/incentives/ledger/${unpaid.id}`)).json().status).toBe('reversed');
  });

  it('refuses an adjustment without a reason or for a partner user', async () => {
    const bad = await post('/api/incentives/ledger/adjustments', {
      beneficiaryType: 'partner',
      partnerId: partnerA,
      amountMinor: 100,
      currency: 'USD',
      reason: '',
    });
    expect(bad.statusCode).toBe(400);
    const partner = await post(
      '/api/incentives/ledger/adjustments',
      {
        beneficiaryType: 'partner',
        partnerId: partnerA,
        amountMinor: 100,
        currency: 'USD',
        reason: 'Self-serve',
      },
      'partner_admin_a',
    );
    expect(partner.statusCode).toBe(403);
  });
});

describe('statements', () => {
  it("add up for partner A: January's closing is the quarter's lines, less what was paid", async () => {
    const res = await get(`/api/incentives/statements/partner/${partnerA}?period=2026-01`);
    expect(res.statusCode, res.body).toBe(200);
    const [totals] = res.json().totals;
    expect(totals).toEqual({
      currency: 'USD',
      openingMinor: 0,
      earnedMinor: 0,
      reversedMinor: -30_050,
      adjustedMinor: 150_050,
      paidMinor: 150_050,
      closingMinor: -30_050,
    });
    expect(res.json().payouts.map((p: { reference: string }) => p.reference)).toEqual(['AP-2026-01']);
    const feb = (await get(`/api/incentives/statements/partner/${partnerA}?period=2026-02`)).json().totals[0];
    expect(feb.openingMinor).toBe(-30_050);
    expect(feb.closingMinor).toBe(-10_050);
    const list = await get('/api/incentives/statements?beneficiaryType=partner&period=2026-Q1');
    const rows = list.json().items as Array<{ beneficiaryName: string; closingMinor: number }>;
    expect(rows.map((r) => [r.beneficiaryName, r.closingMinor])).toEqual([
      ['Alpha Integrators Ltd', -10_050],
      ['Beta Resellers Inc', 0],
    ]);
  });

  it('are scoped: partner users see their own partner, a sales rep only their own rewards', async () => {
    expect(
      (await get(`/api/incentives/statements/partner/${partnerB}?period=2026-Q1`, 'partner_rep_a'))
        .statusCode,
    ).toBe(404);
    expect(
      (await get(`/api/incentives/statements/partner/${partnerA}?period=2026-Q1`, 'partner_rep_a'))
        .statusCode,
    ).toBe(200);
    expect(
      (await get(`/api/incentives/statements/rep/${rep}?period=2026-Q1`, 'partner_admin_a')).statusCode,
    ).toBe(404);
    expect(
      (await get(`/api/incentives/statements/partner/${partnerA}?period=2026-Q1`, 'sales_rep')).statusCode,
    ).toBe(404);
    const own = await get(`/api/incentives/statements/rep/${rep}?period=2026-Q1`, 'sales_rep');
    expect(own.json().totals[0]).toMatchObject({ adjustedMinor: 9_999, paidMinor: 9_999, closingMinor: 0 });

    const ledgerA = (await get('/api/incentives/ledger?limit=200', 'partner_admin_a')).json().items;
    expect(ledgerA.length).toBeGreaterThan(0);
    expect(ledgerA.every((e: { partnerId: string }) => e.partnerId === partnerA)).toBe(true);
    const filtered = (await get(`/api/incentives/ledger?partnerId=${partnerB}`, 'partner_admin_a')).json()
      .items;
    expect(filtered).toEqual([]);
    const repLedger = (await get('/api/incentives/ledger?limit=200', 'sales_rep')).json().items;
    expect(repLedger.map((e: { userId: string }) => e.userId)).toEqual([rep]);
    expect((await get(`/api/incentives/ledger/${entry.b1}`, 'partner_rep_a')).statusCode).toBe(404);
    expect((await get(`/api/incentives/ledger/${entry.b1}`, 'sales_rep')).statusCode).toBe(404);
    expect((await get('/api/incentives/payouts', 'partner_admin_a')).statusCode).toBe(403);
    const earnings = (await get('/api/incentives/earnings?months=3', 'partner_admin_b')).json().months;
    expect(earnings.reduce((s: number, m: { amountMinor: number }) => s + m.amountMinor, 0)).toBe(45_000);
  });
});
