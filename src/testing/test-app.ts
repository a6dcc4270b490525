import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createActiveUser } from '../modules/identity/create-active-user.js';
import { createPartner } from '../modules/partners/create-partner.js';
import { type Role, systemActor } from '../platform/actor.js';
import { fixedClock } from '../platform/clock.js';
import { type Config, loadConfig } from '../platform/config.js';
import type { Ctx } from '../platform/context.js';
import { buildApp } from '../platform/http/app.js';
import { createIdGenerator } from '../platform/ids.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const TEST_PASSWORD = 'correct horse battery';

export interface Fixtures {
  partnerA: string;
  partnerB: string;
  users: Record<TestUserKey, { id: string; email: string; role: Role }>;
}

export type TestUserKey =
  | 'admin'
  | 'partner_manager'
  | 'sales_rep'
  | 'finance'
  | 'partner_admin_a'
  | 'partner_rep_a'
  | 'partner_admin_b'
  | 'partner_rep_b';

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  fixtures: Fixtures;
  systemCtx: Ctx;
  /** Session cookie header for a fixture user (cached per user). */
  as(user: TestUserKey): Promise<Record<string, string>>;
  request(user: TestUserKey | null, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** A real app on a fresh database with one user per role and two partners, A and B. */
/**
 * Failed-login limits high enough that suites sending many wrong passwords never lock a fixture user;
 * the lockout itself is tested with the real defaults.
 */
const RELAXED_LOGIN_LIMITS = { accountFailures: 10_000, addressFailures: 10_000, windowSeconds: 900 };

export async function createTestApp(configOverrides: Partial<Config> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const clock = fixedClock(new Date('2026-01-15T09:00:00Z'), 1);
  const ids = createIdGenerator(() => clock.now());
  const config = loadConfig(
    {},
    {
      authCacheSeconds: 0,
      publicUrl: 'http://127.0.0.1:3000',
      loginLimits: RELAXED_LOGIN_LIMITS,
      ...configOverrides,
    },
  );
  const app = await buildApp({ database: db.database, config, clock, ids, logger: false });
  await app.ready();
  const systemCtx: Ctx = { db: db.database.db, actor: systemActor('test'), clock, ids, requestId: null };

  const partnerA = await createPartner(systemCtx, {
    name: 'Alpha Integrators Ltd',
    type: 'si',
    stage: 'active',
    domains: ['alpha-integrators.com'],
    regions: ['EMEA'],
    specializations: ['security'],
  });
  const partnerB = await createPartner(systemCtx, {
    name: 'Beta Resellers Inc',
    type: 'reseller',
    stage: 'active',
    domains: ['beta-resellers.com'],
    regions: ['NA'],
    specializations: ['cloud'],
  });
  const specs: Array<[TestUserKey, Role, string | null]> = [
    ['admin', 'admin', null],
    ['partner_manager', 'partner_manager', null],
    ['sales_rep', 'sales_rep', null],
    ['finance', 'finance', null],
    ['partner_admin_a', 'partner_admin', partnerA.id],
    ['partner_rep_a', 'partner_rep', partnerA.id],
    ['partner_admin_b', 'partner_admin', partnerB.id],
    ['partner_rep_b', 'partner_rep', partnerB.id],
  ];
  const users = {} as Fixtures['users'];
  for (const [key, role, partnerId] of specs) {
    const email = `${key.replaceAll('_', '.')}@example.com`;
    const user = await createActiveUser(systemCtx, {
      email,
      name: key,
      role,
      partnerId,
      password: TEST_PASSWORD,
    });
    users[key] = { id: user.id, email, role };
  }

  const cookies = new Map<TestUserKey, Record<string, string>>();
  async function as(user: TestUserKey) {
    const cached = cookies.get(user);
    if (cached) return cached;
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: users[user].email, password: TEST_PASSWORD },
    });
    if (response.statusCode !== 200) throw new Error(`login failed for ${user}: ${response.body}`);
    const session = response.cookies.find((c) => c.name === 'trellis_session');
    const headers = { cookie: `trellis_session=${session!.value}` };
    cookies.set(user, headers);
    return headers;
  }

  return {
    app,
    db,
    fixtures: { partnerA: partnerA.id, partnerB: partnerB.id, users },
    systemCtx,
    as,
    async request(user, options) {
      const headers = { ...(user ? await as(user) : {}), ...(options.headers ?? {}) };
      return app.inject({ ...options, headers });
    },
    async close() {
      await app.close();
      await db.dispose();
    },
  };
}
