import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../platform/actor.js';
import { fixedClock } from '../../../platform/clock.js';
import { loadConfig } from '../../../platform/config.js';
import type { Ctx } from '../../../platform/context.js';
import { domainEvents } from '../../../platform/events/events.table.js';
import { buildApp } from '../../../platform/http/app.js';
import { createIdGenerator } from '../../../platform/ids.js';
import { clientBucket, emailBucket } from '../../../platform/rate-limit/client-buckets.js';
import { rateLimitCounters } from '../../../platform/rate-limit/rate-limits.table.js';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { partnerApplications } from '../recruiting.table.js';
import { submitApplication } from '../submit-application.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'partner_manager'] as const) await t.as(user);
});
afterAll(async () => t?.close());

const URL = '/api/public/partner-applications';
let counter = 0;
/** Each test sends from its own client address unless told otherwise. */
function nextAddress(): string {
  counter += 1;
  return `203.0.113.${counter}`;
}

function form(slug: string, overrides: Record<string, unknown> = {}) {
  return {
    companyName: `${slug} Consulting`,
    website: `https://www.${slug}.com/`,
    country: 'DE',
    type: 'si',
    regions: ['EMEA'],
    specializations: ['security'],
    employees: 40,
    contactName: 'Sam Applicant',
    contactEmail: `sam@${slug}.com`,
    message: 'We implement security platforms for mid-sized companies.',
    ...overrides,
  };
}

function send(body: object, remoteAddress = nextAddress()) {
  return t.app.inject({ method: 'POST', url: URL, payload: body, remoteAddress });
}

async function applicationsNamed(companyName: string) {
  return t.db.database.db
    .select()
    .from(partnerApplications)
    .where(eq(partnerApplications.companyName, companyName));
}

async function hitsOf(bucket: string) {
  const rows = await t.db.database.db
    .select({ hits: rateLimitCounters.hits })
    .from(rateLimitCounters)
    .where(eq(rateLimitCounters.bucket, bucket));
  return rows.reduce((sum, r) => sum + r.hits, 0);
}

describe('the public application form', () => {
  it('needs no login, stores a scored application with its history, audit entry and event', async () => {
    const res = await send(form('kestrel-secure'));
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toEqual({ status: 'received', message: expect.any(String) });
    const [row] = await applicationsNamed('kestrel-secure Consulting');
    expect(row).toMatchObject({
      status: 'applied',
      source: 'public_form',
      domain: 'kestrel-secure.com',
      duplicateOfApplicationId: null,
      duplicateOfPartnerId: null,
    });
    const detail = await t.request('partner_manager', {
      method: 'GET',
      url: `/api/partner-applications/${row!.id}`,
    });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().history).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: 'applied',
        reason: 'Applied through the public form',
      }),
    ]);
    const events = await t.db.database.db
      .select()
      .from(domainEvents)
      .where(and(eq(domainEvents.type, 'recruiting.applied'), eq(domainEvents.entityId, row!.id)));
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ source: 'public_form', duplicateOfPartnerId: null });
  });

  it('refuses a website that names no company domain, and writes nothing (not even a rate count)', async () => {
    for (const website of ['gmail.com', '10.0.0.1', 'localhost']) {
      const before = await snapshotDatabase(t.db.database.db);
      const res = await send(form('nowhere', { website }));
      expect(res.statusCode, website).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('website');
      expect(diffSnapshots(before, await snapshotDatabase(t.db.database.db))).toEqual([]);
    }
  });
});

describe('rate limits, counted in the database', () => {
  it('allows five applications per client address an hour, then answers 429 with Retry-After', async () => {
    const address = '198.51.100.7';
    for (let i = 0; i < 5; i++) {
      const res = await send(form(`burst-${i}`), address);
      expect(res.statusCode, res.body).toBe(202);
    }
    const before = await snapshotDatabase(t.db.database.db);
    const refused = await send(form('burst-5'), address);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json()).toMatchObject({ code: 'rate_limited', status: 429 });
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(refused.json().retryAfterSeconds).toBe(retryAfter);
    // The refusal only counted: no application, no event.
    const changes = diffSnapshots(before, await snapshotDatabase(t.db.database.db));
    expect(changes.map((c) => c.split(':')[0])).toEqual(['public.rate_limit_counters']);
    expect(await applicationsNamed('burst-5 Consulting')).toEqual([]);
    expect(await hitsOf(clientBucket(address))).toBe(6);
    // Another client is not affected.
    expect((await send(form('burst-other'))).statusCode).toBe(202);
  });

  it('allows three applications per email domain an hour, whatever address they come from', async () => {
    const company = 'wren-analytics';
    for (let i = 0; i < 3; i++) {
      const res = await send(
        form(company, { companyName: `Wren ${i}`, contactEmail: `p${i}@${company}.com` }),
      );
      expect(res.statusCode, res.body).toBe(202);
    }
    const res = await send(form(company, { companyName: 'Wren 3', contactEmail: `p3@${company}.com` }));
    expect(res.statusCode).toBe(429);
    expect(await hitsOf(emailBucket(`anyone@${company}.com`))).toBe(4);
    // Free-mail addresses count one by one, not as one domain.
    expect(emailBucket('someone@gmail.com')).toBe('email:someone@gmail.com');
  });

  it('counts across server processes, because the counters live in the database', async () => {
    const clock = fixedClock(new Date('2026-01-15T09:30:00Z'), 1);
    const second = await buildApp({
      database: t.db.database,
      config: loadConfig({}, { authCacheSeconds: 0 }),
      clock,
      ids: createIdGenerator(() => clock.now()),
      logger: false,
    });
    try {
      const address = '198.51.100.99';
      const servers = [t.app, second];
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await servers[i % 2]!.inject({
          method: 'POST',
          url: URL,
          payload: form(`shared-${i}`),
          remoteAddress: address,
        });
        codes.push(res.statusCode);
      }
      expect(codes).toEqual([202, 202, 202, 202, 202, 429]);
    } finally {
      await second.close();
    }
  });

  it('lets exactly five of ten simultaneous applications from one address through', async () => {
    const address = '198.51.100.150';
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => send(form(`rush-${i}`), address)));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([202, 202, 202, 202, 202, 429, 429, 429, 429, 429]);
    expect(await hitsOf(clientBucket(address))).toBe(10);
  });

  it('opens a new window after the hour', async () => {
    const at = (iso: string): Ctx => ({
      ...t.systemCtx,
      actor: systemActor('public_application_form'),
      clock: fixedClock(new Date(iso), 1),
    });
    const input = (i: number) => ({
      ...form(`window-${i}`),
      type: 'si' as const,
      regions: ['EMEA' as const],
      clientAddress: '192.0.2.50',
    });
    for (let i = 0; i < 5; i++) await submitApplication(at('2026-03-01T10:10:00Z'), input(i));
    await expect(submitApplication(at('2026-03-01T10:59:59Z'), input(5))).rejects.toMatchObject({
      code: 'rate_limited',
      details: { retryAfterSeconds: 1 },
    });
    await expect(submitApplication(at('2026-03-01T11:00:00Z'), input(6))).resolves.toMatchObject({
      status: 'received',
    });
  });

  it('buckets IPv6 clients by their /64 network', () => {
    expect(clientBucket('2001:db8:1:2:aaaa::1')).toBe(clientBucket('2001:db8:1:2:bbbb:cccc:dddd:eeee'));
    expect(clientBucket('2001:db8:1:3::1')).not.toBe(clientBucket('2001:db8:1:2::1'));
    expect(clientBucket('::ffff:192.0.2.1')).toBe(clientBucket('192.0.2.1'));
  });
});

describe('the honeypot', () => {
  it('gets the same receipt, and nothing but the rate count is written', async () => {
    const honest = await send(form('honest-co'));
    const before = await snapshotDatabase(t.db.database.db);
    const bot = await send(form('botty-co', { nickname: 'http://spam.example' }));
    expect(bot.statusCode).toBe(202);
    expect(bot.body).toBe(honest.body);
    const changes = diffSnapshots(before, await snapshotDatabase(t.db.database.db));
    expect(changes.map((c) => c.split(':')[0])).toEqual(['public.rate_limit_counters']);
    expect(await applicationsNamed('botty-co Consulting')).toEqual([]);
  });
});

describe('duplicate detection by registrable domain', () => {
  it('flags an application from an existing partner’s domain, and answers exactly as for a new company', async () => {
    const fresh = await send(form('brand-new-co'));
    const dup = await send(
      form('alpha', {
        companyName: 'Alpha Integrators (EMEA)',
        website: 'https://shop.alpha-integrators.com/contact',
        contactEmail: 'someone@alpha-integrators.com',
      }),
    );
    expect(dup.statusCode).toBe(fresh.statusCode);
    expect(dup.body).toBe(fresh.body);
    expect(Object.keys(dup.headers).sort()).toEqual(Object.keys(fresh.headers).sort());
    const [row] = await applicationsNamed('Alpha Integrators (EMEA)');
    expect(row).toMatchObject({ domain: 'alpha-integrators.com', duplicateOfPartnerId: t.fixtures.partnerA });
    const view = await t.request('partner_manager', {
      method: 'GET',
      url: `/api/partner-applications/${row!.id}`,
    });
    expect(view.json().application.duplicateOf).toEqual({
      kind: 'partner',
      id: t.fixtures.partnerA,
      name: 'Alpha Integrators Ltd',
    });
  });

  it('flags a second open application of one company, but not after the first was rejected', async () => {
    await send(form('heron-labs', { companyName: 'Heron Labs' }));
    await send(form('heron-labs', { companyName: 'Heron Laboratories', contactEmail: 'cto@heron-labs.com' }));
    const [first] = await applicationsNamed('Heron Labs');
    const [second] = await applicationsNamed('Heron Laboratories');
    expect(first!.duplicateOfApplicationId).toBeNull();
    expect(second!.duplicateOfApplicationId).toBe(first!.id);

    const list = await t.request('partner_manager', {
      method: 'GET',
      url: '/api/partner-applications?duplicate=true&q=heron-labs.com',
    });
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([second!.id]);

    const rejected = await t.request('partner_manager', {
      method: 'POST',
      url: `/api/partner-applications/${first!.id}/stage`,
      payload: { status: 'rejected', reason: 'Too small for the program today' },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    await send(form('heron-labs', { companyName: 'Heron Labs GmbH', contactEmail: 'ceo@heron-labs.com' }));
    const [third] = await applicationsNamed('Heron Labs GmbH');
    // The second application is still open, so the third is its duplicate.
    expect(third!.duplicateOfApplicationId).toBe(second!.id);
  });

  it('flags one of two simultaneous applications of one company as the other’s duplicate', async () => {
    const [a, b] = await Promise.all([
      send(form('twin-co', { companyName: 'Twin Co One', contactEmail: 'one@twin-co.com' })),
      send(form('twin-co', { companyName: 'Twin Co Two', contactEmail: 'two@twin-co.com' })),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([202, 202]);
    const rows = [...(await applicationsNamed('Twin Co One')), ...(await applicationsNamed('Twin Co Two'))];
    const flagged = rows.filter((r) => r.duplicateOfApplicationId);
    expect(flagged).toHaveLength(1);
    expect(rows.map((r) => r.id)).toContain(flagged[0]!.duplicateOfApplicationId);
  });

  it('takes the domain from the contact’s email when there is no website, unless it is free mail', async () => {
    // The public form asks for a website; staff may add a prospect without one.
    const add = (companyName: string, contactEmail: string) =>
      t.request('partner_manager', {
        method: 'POST',
        url: '/api/partner-applications',
        payload: { companyName, type: 'reseller', contactName: 'Jo', contactEmail },
      });
    const byEmail = await add('Beta By Email', 'jo@beta-resellers.com');
    const freeMail = await add('Gmail Person', 'jo@gmail.com');
    expect(byEmail.statusCode, byEmail.body).toBe(201);
    expect(byEmail.json()).toMatchObject({
      domain: 'beta-resellers.com',
      duplicateOf: { kind: 'partner', id: t.fixtures.partnerB },
    });
    expect(freeMail.json()).toMatchObject({ domain: null, duplicateOf: null });
    const noWebsite = await send(form('z', { website: undefined }));
    expect(noWebsite.statusCode).toBe(400);
  });
});
