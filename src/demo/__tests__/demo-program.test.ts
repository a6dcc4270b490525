import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificationMomentum } from '../../modules/enablement/certification-momentum.js';
import { findContacts } from '../../modules/partners/find-contacts.js';
import { findStageHistory } from '../../modules/partners/find-stage-history.js';
import { PARTNER_TYPES, REGIONS } from '../../modules/partners/partners.schemas.js';
import { APPLICATION_STATUSES } from '../../modules/recruiting/recruiting.schemas.js';
import { loadConfig } from '../../platform/config.js';
import { queryRows } from '../../platform/db/rows.js';
import { buildApp } from '../../platform/http/app.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { DEMO_LAST_DAY, storyInstant } from '../demo-clock.js';
import { DEMO_PASSWORD } from '../demo-team.js';
import { findDemoLogins } from '../find-demo-logins.js';
import { COUNTRIES } from '../geography.js';
import { seedDemoIfEmpty } from '../seed-demo-if-empty.js';
import { describeAnalyticsDemo } from './analytics-demo-checks.js';
import { describeIncentivesDemo } from './incentives-demo-checks.js';
import { describeIntegrationsDemo } from './integrations-demo-checks.js';
import { describeLeadsDemo } from './leads-demo-checks.js';
import { describeMarketingDemo } from './marketing-demo-checks.js';
import { describeMdfDemo } from './mdf-demo-checks.js';
import { describeProgramDemo } from './program-demo-checks.js';
import { readDemo, readerCtx } from './read-demo.js';
import { describeScorecardDemo } from './scorecard-demo-checks.js';
import { describeSurveysDemo } from './surveys-demo-checks.js';
import { describeTierDryRun } from './tier-dry-run-checks.js';

let db: TestDatabase;
let app: FastifyInstance;
let demo: Awaited<ReturnType<typeof readDemo>>;
let summary: Awaited<ReturnType<typeof seedDemoIfEmpty>>;

/** The roster of 60, and the partners six signed recruiting applications became. */
const PARTNERS = 66;

beforeAll(async () => {
  db = await createTestDatabase();
  summary = await seedDemoIfEmpty(db.database, { seed: 42 });
  expect(summary?.partners).toBe(PARTNERS);
  demo = await readDemo(db.database.db);
  app = await buildApp({
    database: db.database,
    config: loadConfig({}, { authCacheSeconds: 0 }),
    logger: false,
  });
  await app.ready();
}, 600_000);
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

// First, before anything else here signs in or writes.
describeTierDryRun(() => db);
describeMarketingDemo(
  () => db,
  () => app,
);
describeLeadsDemo(
  () => db,
  () => app,
);
describeMdfDemo(
  () => db,
  () => app,
);
describeIncentivesDemo(
  () => db,
  () => app,
);
describeSurveysDemo(
  () => db,
  () => app,
);
describeScorecardDemo(
  () => db,
  () => app,
);
describeAnalyticsDemo(
  () => db,
  () => app,
);
describeProgramDemo(
  () => db,
  () => app,
);
describeIntegrationsDemo(
  () => db,
  () => app,
);

describe('the demo program', () => {
  it('has partners of every type in every region, in countries of their region', () => {
    expect(new Set(demo.partners.map((p) => p.type))).toEqual(new Set(PARTNER_TYPES));
    expect(new Set(demo.partners.flatMap((p) => p.regions))).toEqual(new Set(REGIONS));
    for (const partner of demo.partners) {
      const country = COUNTRIES.find((c) => c.code === partner.country);
      expect(partner.regions).toContain(country?.region);
    }
  });

  it('puts most partners in business (active or at risk), with stage history behind each move', async () => {
    const inStage = (stage: string) => demo.partners.filter((p) => p.stage === stage);
    expect(inStage('active').length + inStage('at_risk').length).toBeGreaterThanOrEqual(
      demo.partners.length / 2,
    );
    expect(inStage('active').length).toBeGreaterThan(inStage('at_risk').length);
    for (const stage of ['prospect', 'onboarding', 'at_risk', 'churned'])
      expect(inStage(stage).length).toBeGreaterThan(0);
    const activePartner = inStage('active')[0]!;
    const history = await findStageHistory(readerCtx(db.database.db), activePartner.id);
    expect(history.map((h) => h.toStage)).toContain('onboarding');
    expect(history.every((h) => h.reason.length > 5)).toBe(true);
  });

  it('ends with the lifecycle-health rules putting dormant partners at risk, each with its reason', async () => {
    const flagged = await queryRows<{ reason: string }>(
      db.database.db,
      sql`SELECT reason FROM partner_stage_history WHERE to_stage = 'at_risk' AND reason LIKE 'Lifecycle health:%'`,
    );
    expect(flagged.length).toBeGreaterThan(2);
    expect(flagged.some((row) => /No partner activity/.test(row.reason))).toBe(true);
    const [assessed] = await queryRows<{ n: number }>(
      db.database.db,
      sql`SELECT count(*)::int AS n FROM partner_health`,
    );
    expect(assessed!.n).toBeGreaterThan(20);
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
    expect((await readDemo(db.database.db)).partners).toHaveLength(PARTNERS);
  });
});

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(db.database.db, query);
/** The demo's "now": the day after the story's last day. */
const NOW = storyInstant(DEMO_LAST_DAY, 24 * 60);
const DAYS_BEFORE_NOW = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe('the partner lifecycle of the demo program', () => {
  it('has a recruiting pipeline in every stage, from the form and from managers, with duplicates', async () => {
    const applications = await rows<{
      status: string;
      source: string;
      fit_score: number;
      duplicate: string | null;
      reason: string | null;
      partner_id: string | null;
    }>(sql`SELECT status, source, fit_score, rejection_reason AS reason, partner_id,
             CASE WHEN duplicate_of_application_id IS NOT NULL THEN 'application'
                  WHEN duplicate_of_partner_id IS NOT NULL THEN 'partner' END AS duplicate
           FROM partner_applications`);
    expect(applications.length).toBe(summary?.applications);
    expect(applications.length).toBeGreaterThanOrEqual(20);
    expect(new Set(applications.map((a) => a.status))).toEqual(new Set(APPLICATION_STATUSES));
    expect(new Set(applications.map((a) => a.source))).toEqual(new Set(['public_form', 'manual']));
    expect(new Set(applications.map((a) => a.duplicate))).toEqual(new Set([null, 'application', 'partner']));
    expect(new Set(applications.map((a) => a.fit_score)).size).toBeGreaterThan(5);
    for (const application of applications) {
      if (application.status === 'rejected') expect(application.reason?.length).toBeGreaterThan(20);
      expect(application.partner_id !== null).toBe(['signed', 'onboarding'].includes(application.status));
    }
  });

  it('onboards partners with checklists per type that tick themselves off from events', async () => {
    expect(summary?.onboardingsByStatus.completed).toBeGreaterThan(30);
    expect(summary?.onboardingsByStatus.in_progress).toBeGreaterThan(0);
    expect(summary?.onboardingsByStatus.stalled).toBeGreaterThan(0);
    const [steps] = await rows<{ by_event: number; by_person: number; late: number }>(
      sql`SELECT count(*) FILTER (WHERE s.completed_by_event_id IS NOT NULL)::int AS by_event,
                 count(*) FILTER (WHERE s.completed_by IS NOT NULL)::int AS by_person,
                 count(*) FILTER (WHERE s.required AND s.completed_at > o.completed_at)::int AS late
          FROM onboarding_steps s JOIN partner_onboardings o ON o.id = s.onboarding_id`,
    );
    expect(steps?.by_event).toBeGreaterThan(100);
    expect(steps?.by_person).toBeGreaterThan(50);
    expect(steps?.late).toBe(0);
    const typed = await rows<{ partner_type: string }>(
      sql`SELECT partner_type FROM onboarding_templates WHERE partner_type IS NOT NULL`,
    );
    expect(typed.map((t) => t.partner_type).sort()).toEqual(['isv', 'msp', 'reseller', 'si']);
    const [revenue] = await rows<{ partners: number; negative: number }>(
      sql`SELECT count(*)::int AS partners, count(*) FILTER (WHERE days_to_first_revenue < 0)::int AS negative
          FROM partner_milestones WHERE first_revenue_at IS NOT NULL`,
    );
    expect(revenue?.partners).toBeGreaterThan(10);
    expect(revenue?.negative).toBe(0);
  });

  it('runs an academy whose certificates expire, are renewed, and keep momentum', async () => {
    const lessons = await rows<{ kind: string }>(sql`SELECT DISTINCT kind FROM course_lessons`);
    expect(lessons.map((l) => l.kind).sort()).toEqual(['asset', 'text', 'video']);
    const [academy] = await rows<{ published: number; quizzes: number; paths: number }>(
      sql`SELECT (SELECT count(*)::int FROM courses WHERE status = 'published') AS published,
                 (SELECT count(*)::int FROM course_quizzes WHERE pass_mark > 0) AS quizzes,
                 (SELECT count(*)::int FROM learning_paths) AS paths`,
    );
    expect(academy?.published).toBeGreaterThanOrEqual(6);
    expect(academy?.quizzes).toBeGreaterThanOrEqual(6);
    expect(academy?.paths).toBeGreaterThanOrEqual(6);
    const pathCourses = await rows<{ name: string; course: string }>(
      sql`SELECT p.name, c.title AS course FROM learning_paths p
          JOIN learning_path_courses pc ON pc.path_id = p.id JOIN courses c ON c.id = pc.course_id`,
    );
    const coursesOf = (name: string) => pathCourses.filter((r) => r.name === name).map((r) => r.course);
    expect(coursesOf('Integrator technical path')).not.toEqual(coursesOf('Reseller sales path'));
    const [learning] = await rows<{
      passed: number;
      failed: number;
      expired: number;
      expiring: number;
      renewed: number;
    }>(
      sql`SELECT (SELECT count(*)::int FROM quiz_attempts WHERE passed) AS passed,
                 (SELECT count(*)::int FROM quiz_attempts WHERE NOT passed) AS failed,
                 count(*) FILTER (WHERE c.expires_at <= ${NOW.toISOString()}::timestamptz)::int AS expired,
                 count(*) FILTER (WHERE c.expires_at > ${NOW.toISOString()}::timestamptz
                   AND c.expires_at <= ${DAYS_BEFORE_NOW(-30)}::timestamptz)::int AS expiring,
                 (SELECT count(*)::int FROM certificates WHERE previous_certificate_id IS NOT NULL) AS renewed
          FROM certificates c
          WHERE NOT EXISTS (SELECT 1 FROM certificates r WHERE r.previous_certificate_id = c.id)`,
    );
    for (const [what, n] of Object.entries(learning ?? {})) expect(n, what).toBeGreaterThan(0);
    const momentum = [...(await certificationMomentum(db.database.db, NOW)).values()];
    expect(momentum.filter((m) => m.momentum !== null).length).toBeGreaterThan(3);
  });

  it('tiers partners monthly, with approved promotions, a demotion after grace, a running warning and a waiting promotion', async () => {
    const [program] = await rows<{ approval: boolean; grace: number }>(
      sql`SELECT promotion_needs_approval AS approval, demotion_grace_days AS grace FROM tier_programs`,
    );
    expect(program).toEqual({ approval: true, grace: 90 });
    const history = await rows<{ action: string; approved: boolean }>(
      sql`SELECT DISTINCT action, actor_id IS NOT NULL AS approved FROM tier_history`,
    );
    const actions = history.map((h) => h.action);
    for (const action of ['assign', 'promotion_pending_approval', 'promote', 'demotion_warning', 'demote'])
      expect(actions, action).toContain(action);
    expect(history).toContainEqual({ action: 'promote', approved: true });
    const [now] = await rows<{ pending: number; in_grace: number; custom: number }>(
      sql`SELECT count(*) FILTER (WHERE pending_tier IS NOT NULL)::int AS pending,
                 count(*) FILTER (WHERE demotion_warned_at > ${DAYS_BEFORE_NOW(90)}::timestamptz)::int AS in_grace,
                 (SELECT count(*)::int FROM tier_custom_metrics) AS custom
          FROM partner_tier_states`,
    );
    for (const [what, n] of Object.entries(now ?? {})) expect(n, what).toBeGreaterThan(0);
    expect(Object.keys(summary?.partnersByTier ?? {}).sort()).toEqual(['gold', 'platinum', 'silver']);
  });
});
