import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function call(
  user: TestUserKey,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  payload?: object,
) {
  return t.request(user, { method, url, ...(payload ? { payload } : {}) });
}

const FIRST = [
  { kind: 'partner_type', label: 'Integrators', weight: 40, preferred: ['si'] },
  { kind: 'region', label: 'Europe', weight: 30, targets: ['EMEA'] },
  { kind: 'specialization', label: 'Security', weight: 20, wanted: ['security', 'identity'], enough: 2 },
  { kind: 'company_size', label: 'Mid-size', weight: 10, min: 50, max: 500 },
];

const fitOf = async (partnerId: string) => {
  const res = await call('partner_manager', 'GET', `/api/partners/${partnerId}/fit`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    partnerId: string;
    score: number;
    ippVersion: number;
    reasons: Array<{ criterionId: string; label: string; weight: number; points: number; reason: string }>;
  };
};

describe('ideal partner profile', () => {
  it('starts empty, and every partner scores 0 with no reasons', async () => {
    const res = await call('sales_rep', 'GET', '/api/ipp');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ version: 0, updatedAt: null, criteria: [] });
    expect(await fitOf(t.fixtures.partnerA)).toEqual({
      partnerId: t.fixtures.partnerA,
      score: 0,
      ippVersion: 0,
      reasons: [],
    });
  });

  it('is replaced as a whole, as version 1, and rescores every partner', async () => {
    const res = await call('admin', 'PUT', '/api/ipp', { criteria: FIRST });
    expect(res.statusCode, res.body).toBe(200);
    const ipp = res.json();
    expect(ipp.version).toBe(1);
    expect(ipp.rescored).toBe(2);
    expect(ipp.updatedAt).not.toBeNull();
    expect(
      ipp.criteria.map((c: { kind: string; label: string; weight: number }) => [c.kind, c.label, c.weight]),
    ).toEqual(FIRST.map((c) => [c.kind, c.label, c.weight]));
    expect(ipp.criteria[2].config).toEqual({ wanted: ['security', 'identity'], enough: 2 });
    expect(ipp.criteria[3].config).toEqual({ min: 50, max: 500 });

    const again = (await call('finance', 'GET', '/api/ipp')).json();
    expect(again).toEqual({ version: 1, updatedAt: ipp.updatedAt, criteria: ipp.criteria });

    // A: si, EMEA, security, size unknown → 40 + 30 + 10 + 0. B: reseller, NA, cloud → 0.
    const a = await fitOf(t.fixtures.partnerA);
    expect(a.score).toBe(80);
    expect(a.ippVersion).toBe(1);
    expect(a.reasons.map((r) => r.criterionId)).toEqual(ipp.criteria.map((c: { id: string }) => c.id));
    expect(a.reasons.map((r) => [r.label, r.points])).toEqual([
      ['Integrators', 40],
      ['Europe', 30],
      ['Security', 10],
      ['Mid-size', 0],
    ]);
    expect(a.reasons[3]!.reason).toMatch(/unknown/);
    const b = await fitOf(t.fixtures.partnerB);
    expect(b.score).toBe(0);
    expect(b.reasons.map((r) => r.label)).toEqual(['Integrators', 'Europe', 'Security', 'Mid-size']);
    expect(b.reasons[0]!.reason).toContain('reseller');
  });

  it('shows the new scores in partner lists and details', async () => {
    const list = (await call('admin', 'GET', '/api/partners?sort=-fitScore')).json();
    expect(list.items.map((p: { id: string; fitScore: number }) => [p.id, p.fitScore])).toEqual([
      [t.fixtures.partnerA, 80],
      [t.fixtures.partnerB, 0],
    ]);
    const detail = (await call('admin', 'GET', `/api/partners/${t.fixtures.partnerA}`)).json();
    expect(detail.fitReasons).toEqual((await fitOf(t.fixtures.partnerA)).reasons);
  });

  it('scores a partner created or edited under it', async () => {
    const created = await call('admin', 'POST', '/api/partners', {
      name: 'Omega Identity',
      type: 'si',
      regions: ['EMEA'],
      specializations: ['security', 'identity'],
      employees: 120,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().fitScore).toBe(100);
    const edited = await call('admin', 'PATCH', `/api/partners/${created.json().id}`, {
      employees: 5000,
      regions: ['NA'],
    });
    expect(edited.json().fitScore).toBe(60);
    const fit = await fitOf(created.json().id);
    expect(fit.score).toBe(60);
    expect(fit.reasons.find((r) => r.label === 'Mid-size')!.reason).toBe(
      '5000 employees is outside the wanted 50–500 employees',
    );
  });

  it('bumps the version again and drops the old criteria on the next replace', async () => {
    const before = (await call('admin', 'GET', '/api/ipp')).json();
    const res = await call('admin', 'PUT', '/api/ipp', {
      criteria: [
        { kind: 'partner_type', label: 'Resellers now', weight: 3, preferred: ['reseller'] },
        { kind: 'certifications', label: 'Certified people', weight: 1, target: 5 },
        { kind: 'account_overlap', label: 'Shared accounts', weight: 1, target: 10 },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const ipp = res.json();
    expect(ipp.version).toBe(2);
    expect(ipp.rescored).toBe(3);
    expect(ipp.criteria).toHaveLength(3);
    const oldIds = new Set(before.criteria.map((c: { id: string }) => c.id));
    expect(ipp.criteria.some((c: { id: string }) => oldIds.has(c.id))).toBe(false);
    expect(ipp.criteria[0].config).toEqual({ preferred: ['reseller'] });

    const a = await fitOf(t.fixtures.partnerA);
    const b = await fitOf(t.fixtures.partnerB);
    expect([a.score, b.score]).toEqual([0, 60]);
    expect(b.ippVersion).toBe(2);
    expect(b.reasons.map((r) => r.label)).toEqual(['Resellers now', 'Certified people', 'Shared accounts']);
    expect(b.reasons.map((r) => r.criterionId)).toEqual(ipp.criteria.map((c: { id: string }) => c.id));
  });

  it('refuses a company size whose min is above its max, and keeps the profile', async () => {
    const before = (await call('admin', 'GET', '/api/ipp')).json();
    const fitBefore = await fitOf(t.fixtures.partnerB);
    const res = await call('admin', 'PUT', '/api/ipp', {
      criteria: [
        { kind: 'region', label: 'Americas', weight: 5, targets: ['NA'] },
        { kind: 'company_size', label: 'Upside down', weight: 5, min: 500, max: 50 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'criteria.1.max', message: 'must not be below min' }]);
    expect((await call('admin', 'GET', '/api/ipp')).json()).toEqual(before);
    expect(await fitOf(t.fixtures.partnerB)).toEqual(fitBefore);
  });

  it('accepts an open-ended or single-value company size', async () => {
    const res = await call('admin', 'PUT', '/api/ipp', {
      criteria: [
        { kind: 'company_size', label: 'Large', weight: 1, min: 1000 },
        { kind: 'company_size', label: 'Exactly 80', weight: 1, min: 80, max: 80 },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().criteria.map((c: { config: unknown }) => c.config)).toEqual([
      { min: 1000, max: null },
      { min: 80, max: 80 },
    ]);
    expect(res.json().version).toBe(3);
  });

  it('keeps the fit reasons away from partner users', async () => {
    const res = await call('partner_admin_a', 'GET', `/api/partners/${t.fixtures.partnerA}/fit`);
    expect(res.statusCode).toBe(403);
    expect((await call('partner_admin_a', 'GET', '/api/ipp')).statusCode).toBe(403);
  });

  it('answers 404 for the fit of an unknown partner', async () => {
    const res = await call('admin', 'GET', '/api/partners/0190a000-0000-7000-8000-000000000000/fit');
    expect(res.statusCode).toBe(404);
  });
});

describe('concurrent replacements', () => {
  it('apply one after the other: each gets its own version and only one set of criteria remains', async () => {
    const before = (await call('admin', 'GET', '/api/ipp')).json().version;
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        call('admin', 'PUT', '/api/ipp', {
          criteria: [
            { kind: 'region', label: `Race ${i} region`, weight: 1, targets: ['NA'] },
            { kind: 'partner_type', label: `Race ${i} type`, weight: 1, preferred: ['si'] },
          ],
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(results.map((r) => r.json().version).sort()).toEqual([
      before + 1,
      before + 2,
      before + 3,
      before + 4,
    ]);
    const ipp = (await call('admin', 'GET', '/api/ipp')).json();
    expect(ipp.version).toBe(before + 4);
    expect(ipp.criteria).toHaveLength(2);
    const winner = ipp.criteria[0].label.split(' ')[1];
    expect(ipp.criteria.map((c: { label: string }) => c.label)).toEqual([
      `Race ${winner} region`,
      `Race ${winner} type`,
    ]);
  });
});
