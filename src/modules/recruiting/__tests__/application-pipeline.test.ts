import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvents } from '../../../platform/events/events.table.js';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { APPLICATION_TRANSITIONS } from '../application-stages.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (const user of Object.keys(t.fixtures.users) as TestUserKey[]) await t.as(user);
});
afterAll(async () => t?.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
async function call(user: TestUserKey, method: Method, url: string, payload?: object) {
  return t.request(user, { method, url, ...(payload ? { payload } : {}) });
}

let counter = 0;
async function addProspect(overrides: Record<string, unknown> = {}) {
  counter += 1;
  const slug = `prospect-${counter}`;
  const res = await call('partner_manager', 'POST', '/api/partner-applications', {
    companyName: `Prospect ${counter} Systems`,
    website: `https://${slug}.io`,
    type: 'si',
    regions: ['EMEA'],
    specializations: ['security'],
    employees: 200,
    contactName: 'Robin Prospect',
    contactEmail: `robin@${slug}.io`,
    ...overrides,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function move(id: string, status: string, reason?: string, user: TestUserKey = 'partner_manager') {
  return call(user, 'POST', `/api/partner-applications/${id}/stage`, {
    status,
    ...(reason ? { reason } : {}),
  });
}

async function eventsFor(applicationId: string) {
  return t.db.database.db
    .select()
    .from(domainEvents)
    .where(and(eq(domainEvents.entityType, 'partner_application'), eq(domainEvents.entityId, applicationId)))
    .orderBy(domainEvents.id);
}

const IPP = {
  criteria: [
    { kind: 'partner_type', label: 'Integrators', weight: 50, preferred: ['si'] },
    { kind: 'region', label: 'EMEA coverage', weight: 50, targets: ['EMEA'] },
  ],
};

describe('prospects added by vendor staff', () => {
  beforeAll(async () => {
    const res = await call('admin', 'PUT', '/api/ipp', IPP);
    expect(res.statusCode, res.body).toBe(200);
  });

  it('are scored against the IPP in force with the reasons', async () => {
    const prospect = await addProspect();
    expect(prospect).toMatchObject({ status: 'applied', source: 'manual', fitScore: 100, duplicateOf: null });
    expect(prospect.nextStatuses).toEqual(['qualified', 'rejected']);
    const detail = (await call('sales_rep', 'GET', `/api/partner-applications/${prospect.id}`)).json();
    expect(detail.fitReasons.map((r: { reason: string }) => r.reason)).toEqual([
      'Type si is a preferred type',
      'Covers target region EMEA',
    ]);
  });

  it('are scored again when the profile is edited and when the IPP changes', async () => {
    const prospect = await addProspect();
    const edited = await call('partner_manager', 'PATCH', `/api/partner-applications/${prospect.id}`, {
      regions: ['APAC'],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().fitScore).toBe(50);
    const ipp = await call('admin', 'PUT', '/api/ipp', {
      criteria: [{ kind: 'region', label: 'APAC first', weight: 10, targets: ['APAC'] }],
    });
    expect(ipp.statusCode, ipp.body).toBe(200);
    const after = (await call('partner_manager', 'GET', `/api/partner-applications/${prospect.id}`)).json();
    expect(after.application.fitScore).toBe(100);
    expect(after.fitReasons).toEqual([expect.objectContaining({ label: 'APAC first', points: 10 })]);
    await call('admin', 'PUT', '/api/ipp', IPP);
  });

  it('are listed with filters, sorting and cursor pagination', async () => {
    const low = await addProspect({ type: 'referral', regions: ['NA'], companyName: 'Lowfit Referrals' });
    const high = await addProspect({ companyName: 'Highfit Integrators' });
    const list = async (query: string) => {
      const res = await call('finance', 'GET', `/api/partner-applications?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { items: Array<{ id: string; fitScore: number }>; nextCursor: string | null };
    };
    expect((await list('type=referral')).items.map((a) => a.id)).toEqual([low.id]);
    expect((await list('region=NA')).items.map((a) => a.id)).toContain(low.id);
    expect((await list('minFit=90&q=Highfit')).items.map((a) => a.id)).toEqual([high.id]);
    expect((await list('maxFit=10')).items.map((a) => a.id)).toEqual([low.id]);
    expect((await list('duplicate=true')).items).toEqual([]);
    const byFit = await list('sort=-fitScore&limit=2');
    expect(byFit.items).toHaveLength(2);
    expect(byFit.items[0]!.fitScore).toBeGreaterThanOrEqual(byFit.items[1]!.fitScore);
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = await list(`sort=companyName&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      for (const item of page.items) seen.add(item.id);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.size).toBe((await list('limit=200')).items.length);
  });
});

describe('the recruiting stages', () => {
  it('are written down in one table, ending in onboarding or rejected', () => {
    expect(APPLICATION_TRANSITIONS.onboarding).toEqual([]);
    expect(APPLICATION_TRANSITIONS.rejected).toEqual([]);
    for (const open of ['applied', 'qualified', 'agreement_sent'] as const) {
      expect(APPLICATION_TRANSITIONS[open]).toContain('rejected');
    }
  });

  it('refuse a skipped stage, and a rejection without a reason, changing nothing', async () => {
    const prospect = await addProspect();
    const before = await snapshotDatabase(t.db.database.db);
    const skipped = await move(prospect.id, 'signed', 'We agreed on a call');
    expect(skipped.statusCode).toBe(400);
    expect(skipped.json().errors).toEqual([
      { field: 'status', message: 'cannot move from applied to signed; allowed: qualified, rejected' },
    ]);
    const noReason = await move(prospect.id, 'rejected');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    const partnerUser = await move(prospect.id, 'qualified', 'Looks good', 'partner_admin_a');
    expect(partnerUser.statusCode).toBe(403);
    expect(diffSnapshots(before, await snapshotDatabase(t.db.database.db))).toEqual([]);
  });

  it('reject from any open stage with the reason kept, and stop there', async () => {
    const prospect = await addProspect();
    expect((await move(prospect.id, 'qualified', 'Meets the EMEA profile')).statusCode).toBe(200);
    expect((await move(prospect.id, 'agreement_sent')).statusCode).toBe(200);
    const rejected = await move(prospect.id, 'rejected', 'Declined our margin terms');
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Declined our margin terms',
      nextStatuses: [],
    });
    expect((await move(prospect.id, 'qualified', 'Try again')).statusCode).toBe(400);
    const detail = (await call('partner_manager', 'GET', `/api/partner-applications/${prospect.id}`)).json();
    expect(
      detail.history.map((h: { toStatus: string; reason: string; actorId: string }) => [
        h.toStatus,
        h.reason,
      ]),
    ).toEqual([
      ['applied', 'Added by vendor staff'],
      ['qualified', 'Meets the EMEA profile'],
      ['agreement_sent', 'Moved to agreement sent'],
      ['rejected', 'Declined our margin terms'],
    ]);
    expect(
      detail.history
        .slice(1)
        .every((h: { actorId: string }) => h.actorId === t.fixtures.users.partner_manager.id),
    ).toBe(true);
    expect((await eventsFor(prospect.id)).map((e) => e.type)).toEqual([
      'recruiting.applied',
      'recruiting.qualified',
      'recruiting.agreement_sent',
      'recruiting.rejected',
    ]);
    const filtered = (
      await call('partner_manager', 'GET', '/api/partner-applications?status=rejected')
    ).json();
    expect(filtered.items.map((a: { id: string }) => a.id)).toContain(prospect.id);
  });

  it('make a signed application a recruited partner, then move it into onboarding with its checklist', async () => {
    const prospect = await addProspect({
      companyName: 'Osprey Cloud Partners',
      website: 'https://osprey-cloud.eu',
    });
    await move(prospect.id, 'qualified');
    await move(prospect.id, 'agreement_sent');
    const signed = await move(prospect.id, 'signed', 'Agreement countersigned');
    expect(signed.statusCode, signed.body).toBe(200);
    const partnerId = signed.json().partnerId as string;
    expect(signed.json()).toMatchObject({ status: 'signed', nextStatuses: ['onboarding'] });
    expect(partnerId).toBeTruthy();

    const partner = (await call('partner_manager', 'GET', `/api/partners/${partnerId}`)).json();
    expect(partner).toMatchObject({
      name: 'Osprey Cloud Partners',
      type: 'si',
      stage: 'recruited',
      domains: ['osprey-cloud.eu'],
      regions: ['EMEA'],
      owner: { id: t.fixtures.users.partner_manager.id },
    });
    const contacts = (await call('partner_manager', 'GET', `/api/partners/${partnerId}/contacts`)).json();
    expect(contacts.items).toEqual([
      expect.objectContaining({ email: prospect.contactEmail, isPrimary: true }),
    ]);
    const [signedEvent] = (await eventsFor(prospect.id)).filter((e) => e.type === 'recruiting.signed');
    expect(signedEvent).toMatchObject({
      partnerId,
      payload: { partnerId, reason: 'Agreement countersigned' },
    });

    // The application is a partner now: a profile edit belongs on the partner.
    const edit = await call('partner_manager', 'PATCH', `/api/partner-applications/${prospect.id}`, {
      employees: 10,
    });
    expect(edit.statusCode).toBe(409);

    const onboarding = await move(prospect.id, 'onboarding', 'Kick-off booked');
    expect(onboarding.statusCode, onboarding.body).toBe(200);
    expect(onboarding.json()).toMatchObject({ status: 'onboarding', nextStatuses: [] });
    const history = (await call('partner_manager', 'GET', `/api/partners/${partnerId}/stage-history`)).json();
    expect(history.items.map((h: { toStage: string; reason: string }) => [h.toStage, h.reason])).toEqual([
      ['onboarding', 'Kick-off booked'],
      ['recruited', 'Partner created'],
    ]);
    const checklist = await call('partner_manager', 'GET', `/api/partners/${partnerId}/onboarding`);
    expect(checklist.statusCode, checklist.body).toBe(200);
    const steps = checklist.json().steps as Array<{ key: string; done: boolean; source: unknown }>;
    expect(steps.find((s) => s.key === 'agreement_signed')).toMatchObject({
      done: true,
      source: { kind: 'event', eventId: signedEvent!.id, eventType: 'recruiting.signed' },
    });
    expect(steps.filter((s) => s.done).map((s) => s.key)).toEqual(['agreement_signed']);
  });

  it('refuse to sign a company that already is a partner (the duplicate flag said so), changing nothing', async () => {
    const prospect = await addProspect({
      companyName: 'Alpha Integrators again',
      website: 'alpha-integrators.com',
    });
    expect(prospect.duplicateOf).toMatchObject({ kind: 'partner', id: t.fixtures.partnerA });
    await move(prospect.id, 'qualified');
    await move(prospect.id, 'agreement_sent');
    const before = await snapshotDatabase(t.db.database.db);
    const signed = await move(prospect.id, 'signed', 'Signed by mistake');
    expect(signed.statusCode).toBe(409);
    expect(diffSnapshots(before, await snapshotDatabase(t.db.database.db))).toEqual([]);
    const events = await t.db.database.db
      .select()
      .from(domainEvents)
      .where(inArray(domainEvents.type, ['recruiting.signed']));
    expect(events.some((e) => e.entityId === prospect.id)).toBe(false);
  });
});
