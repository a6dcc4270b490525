import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (const user of Object.keys(t.fixtures.users) as TestUserKey[]) await t.as(user);
});
afterAll(async () => t?.close());

let counter = 0;
async function addProspect(type: string, regions: string[], website?: string) {
  counter += 1;
  const res = await t.request('partner_manager', {
    method: 'POST',
    url: '/api/partner-applications',
    payload: {
      companyName: `Summary Prospect ${counter}`,
      website: website ?? `https://summary-prospect-${counter}.io`,
      type,
      regions,
      contactName: 'Sam Summary',
      contactEmail: `sam@summary-prospect-${counter}.io`,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

async function move(id: string, status: string, reason?: string) {
  const res = await t.request('partner_manager', {
    method: 'POST',
    url: `/api/partner-applications/${id}/stage`,
    payload: { status, ...(reason ? { reason } : {}) },
  });
  expect(res.statusCode, res.body).toBe(200);
}

async function summary(query = '', user: TestUserKey = 'sales_rep') {
  const res = await t.request(user, { method: 'GET', url: `/api/partner-applications/summary${query}` });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as {
    total: number;
    duplicates: number;
    byStatus: { status: string; count: number }[];
  };
  return { ...body, count: (status: string) => body.byStatus.find((s) => s.status === status)?.count };
}

describe('the recruiting summary', () => {
  beforeAll(async () => {
    const a = await addProspect('si', ['EMEA']);
    await addProspect('si', ['EMEA'], 'https://summary-prospect-1.io/about');
    const c = await addProspect('reseller', ['NA']);
    const d = await addProspect('si', ['APAC']);
    await move(a.id, 'qualified');
    await move(c.id, 'rejected', 'Outside our target market');
    await move(d.id, 'qualified');
    await move(d.id, 'agreement_sent');
    await move(d.id, 'signed');
  });

  it('counts the applications in every stage, zeros included, for any vendor user', async () => {
    const all = await summary();
    expect(all.byStatus.map((s) => s.status)).toEqual([
      'applied',
      'qualified',
      'agreement_sent',
      'signed',
      'onboarding',
      'rejected',
    ]);
    expect(all.total).toBe(4);
    expect(all.count('applied')).toBe(1);
    expect(all.count('qualified')).toBe(1);
    expect(all.count('signed')).toBe(1);
    expect(all.count('onboarding')).toBe(0);
    expect(all.count('rejected')).toBe(1);
    expect(all.duplicates).toBe(1);
  });

  it('takes the same filters as the list', async () => {
    const si = await summary('?type=si');
    expect(si.total).toBe(3);
    const emea = await summary('?region=EMEA&duplicate=false');
    expect(emea.total).toBe(1);
    expect(emea.count('qualified')).toBe(1);
    const search = await summary(`?q=${encodeURIComponent('summary-prospect-3.io')}`);
    expect(search.total).toBe(1);
    expect(search.count('rejected')).toBe(1);
  });

  it('is refused to partner users and rejects unknown filters', async () => {
    const partner = await t.request('partner_admin_a', {
      method: 'GET',
      url: '/api/partner-applications/summary',
    });
    expect(partner.statusCode).toBe(403);
    const bad = await t.request('admin', {
      method: 'GET',
      url: '/api/partner-applications/summary?status=applied',
    });
    expect(bad.statusCode).toBe(400);
  });
});
