import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findContacts } from '../../modules/partners/find-contacts.js';
import { findStageHistory } from '../../modules/partners/find-stage-history.js';
import { PARTNER_TYPES, REGIONS } from '../../modules/partners/partners.schemas.js';
import { loadConfig } from '../../platform/config.js';
import { buildApp } from '../../platform/http/app.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { DEMO_PASSWORD } from '../demo-team.js';
import { findDemoLogins } from '../find-demo-logins.js';
import { COUNTRIES } from '../geography.js';
import { seedDemoIfEmpty } from '../seed-demo-if-empty.js';
import { readDemo, readerCtx } from './read-demo.js';

let db: TestDatabase;
let app: FastifyInstance;
let demo: Awaited<ReturnType<typeof readDemo>>;

beforeAll(async () => {
  db = await createTestDatabase();
  const summary = await seedDemoIfEmpty(db.database, { seed: 42 });
  expect(summary?.partners).toBe(60);
  demo = await readDemo(db.database.db);
  app = await buildApp({
    database: db.database,
    config: loadConfig({}, { authCacheSeconds: 0 }),
    logger: false,
  });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

describe('the demo program', () => {
  it('has partners of every type in every region, in countries of their region', () => {
    expect(new Set(demo.partners.map((p) => p.type))).toEqual(new Set(PARTNER_TYPES));
    expect(new Set(demo.partners.flatMap((p) => p.regions))).toEqual(new Set(REGIONS));
    for (const partner of demo.partners) {
      const country = COUNTRIES.find((c) => c.code === partner.country);
      expect(partner.regions).toContain(country?.region);
    }
  });

  it('puts most partners in the active stage, with stage history behind each move', async () => {
    const inStage = (stage: string) => demo.partners.filter((p) => p.stage === stage);
    expect(inStage('active').length).toBeGreaterThan(demo.partners.length / 2);
    for (const stage of ['prospect', 'onboarding', 'at_risk', 'churned'])
      expect(inStage(stage).length).toBeGreaterThan(0);
    const activePartner = inStage('active')[0]!;
    const history = await findStageHistory(readerCtx(db.database.db), activePartner.id);
    expect(history.map((h) => h.toStage)).toContain('onboarding');
    expect(history.every((h) => h.reason.length > 5)).toBe(true);
  });

  it('gives partners one to three contacts and varied fit scores', async () => {
    const ctx = readerCtx(db.database.db);
    for (const partner of demo.partners.slice(0, 10)) {
      const contacts = await findContacts(ctx, partner.id, { limit: 10, sort: 'name' });
      expect(contacts.items.length).toBeGreaterThanOrEqual(1);
      expect(contacts.items.length).toBeLessThanOrEqual(3);
    }
    expect(new Set(demo.partners.map((p) => p.fitScore)).size).toBeGreaterThan(5);
  });

  it('has customers, prospects and former customers with owners and CRM ids', () => {
    expect(new Set(demo.accounts.map((a) => a.status))).toEqual(
      new Set(['prospect', 'customer', 'former_customer']),
    );
    expect(demo.accounts.filter((a) => a.ownerId).length).toBeGreaterThan(300);
    expect(demo.accounts.some((a) => a.externalIds.salesforce)).toBe(true);
    expect(demo.accounts.some((a) => a.externalIds.hubspot)).toBe(true);
  });

  it('has a live deal registration program: a review queue, protected registrations and co-sell deals', () => {
    const inStatus = (status: string) => demo.registrations.filter((r) => r.status === status);
    expect(demo.registrations.length).toBeGreaterThan(200);
    expect(inStatus('under_review').length).toBeGreaterThanOrEqual(12);
    for (const status of ['draft', 'approved', 'rejected', 'expired', 'won', 'lost', 'withdrawn', 'disputed'])
      expect(inStatus(status).length, status).toBeGreaterThan(0);
    const direct = demo.deals.filter((d) => d.source === 'direct');
    expect(direct.length).toBeGreaterThanOrEqual(100);
    expect(new Set(direct.map((d) => d.stage)).size).toBe(6);
    expect(
      demo.deals.filter((d) => d.source === 'partner' && d.stage === 'closed_won').length,
    ).toBeGreaterThan(0);
  });

  it('offers one login per role, and each can log in through the API', async () => {
    const logins = await findDemoLogins(readerCtx(db.database.db));
    expect(logins.map((l) => l.role)).toEqual([
      'admin',
      'partner_manager',
      'sales_rep',
      'finance',
      'partner_admin',
      'partner_rep',
    ]);
    for (const login of logins) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: login.email, password: DEMO_PASSWORD },
      });
      expect(res.statusCode, `${login.email}: ${res.body}`).toBe(200);
      expect(res.json().user.role).toBe(login.role);
    }
  });

  it('keeps the data on a second start instead of seeding again', async () => {
    expect(await seedDemoIfEmpty(db.database, { seed: 42 })).toBeNull();
    expect((await readDemo(db.database.db)).partners).toHaveLength(60);
  });
});
