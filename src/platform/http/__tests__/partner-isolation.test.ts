import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('fastify', async (importOriginal) =>
  (await import('../../../testing/route-catalog.js')).withRouteRecorder(await importOriginal<object>()),
);

import { eq } from 'drizzle-orm';
import { createAccount } from '../../../modules/accounts/create-account.js';
import { addDealPartner } from '../../../modules/deals/add-deal-partner.js';
import { addDealTask } from '../../../modules/deals/add-deal-task.js';
import { createDeal } from '../../../modules/deals/create-deal.js';
import { createPrivateOffer } from '../../../modules/deals/create-private-offer.js';
import { createRegistration } from '../../../modules/deals/create-registration.js';
import { createRuleSet } from '../../../modules/deals/rules/create-rule-set.js';
import { DEFAULT_RULE_SET_CONFIG } from '../../../modules/deals/rules/rule-set-config.js';
import { users } from '../../../modules/identity/identity.table.js';
import { createPopulation } from '../../../modules/mapping/create-population.js';
import { importPartnerAccounts } from '../../../modules/mapping/import-partner-accounts.js';
import { OVERLAP_LISTS } from '../../../modules/mapping/mapping.schemas.js';
import { partnerAccounts } from '../../../modules/mapping/mapping.table.js';
import { updateSharing } from '../../../modules/mapping/update-sharing.js';
import { createContact } from '../../../modules/partners/create-contact.js';
import { partners } from '../../../modules/partners/partners.table.js';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { ISOLATION_MODULES } from '../../../testing/isolation-modules.js';
import type { IsolationModule, IsolationRule } from '../../../testing/isolation-targets.js';
import { type CatalogRoute, fillPath, routeCatalog } from '../../../testing/route-catalog.js';
import { createSampleWorld, SAMPLES, type SampleRequest, sampleFor } from '../../../testing/route-samples.js';
import { type EnablementTargets, enablementTargets } from '../../../testing/route-samples-enablement.js';
import { createTestApp, type TestUserKey } from '../../../testing/test-app.js';
import { POLICY } from '../../policy.js';

const t = await createTestApp();
afterAll(async () => t.close());

const world = createSampleWorld(t);
const catalog = routeCatalog(t.app);
const db = t.db.database.db;
const { partnerA, partnerB } = t.fixtures;
const PARTNER_A_USERS = ['partner_admin_a', 'partner_rep_a'] as const satisfies readonly TestUserKey[];
/** A well-formed id that names nothing. */
const MISSING_ID = '019bc0e2-0000-7000-8000-00000000dead';

/** Partner B's records, and keys of users other than the caller. */
const foreign = {
  contactB: '',
  contactBEmail: 'bianca.beta@beta-resellers.com',
  contactA: '',
  registrationB: '',
  registrationBCustomer: 'Zephyrine Freight Systems',
  ruleSet: '',
  dealB: '',
  dealBName: 'Beta-only opportunity',
  dealTaskB: '',
  offerB: '',
  /** Partner B's uploaded account list: one account the CRM has too, one it lacks (white space). */
  listBMatched: 'Quillfeather Beta Holdings',
  listBWhiteSpace: 'Zanzibar Beta Widgets',
  listBFile: 'beta-crm-export.csv',
  listBImport: '',
  /** The CRM account partner B's list matches (vendor data: not a marker). */
  sharedCustomer: '',
  listBAccounts: [] as string[],
  populationB: '',
  populationBName: 'Beta secret segment',
  vendorPopulation: '',
  keys: {} as Record<TestUserKey, string>,
};

/** Courses, paths, enrollments and certificates partner A's users must not reach. */
let enablement: EnablementTargets;
/** The newer modules' own records of partner B and rules for their id routes. */
const modules: IsolationModule[] = [];

beforeAll(async () => {
  // Log every caller in first: a login writes a session, which would otherwise show in the snapshots.
  for (const user of Object.keys(t.fixtures.users) as TestUserKey[]) await t.as(user);
  foreign.contactB = (
    await createContact(t.systemCtx, partnerB, {
      name: 'Bianca Beta',
      email: foreign.contactBEmail,
      isPrimary: true,
    })
  ).id;
  foreign.contactA = (
    await createContact(t.systemCtx, partnerA, {
      name: 'Albert Alpha',
      email: 'albert@alpha-integrators.com',
      isPrimary: true,
    })
  ).id;
  foreign.registrationB = (
    await createRegistration(world.ctxOf('partner_rep_b'), {
      customerName: foreign.registrationBCustomer,
      customerWebsite: 'zephyrine-freight.com',
      productLines: ['Analytics'],
      amountMinor: 2_000_000,
      currency: 'USD',
      expectedClose: '2026-05-31',
      submit: true,
    })
  ).id;
  foreign.dealB = (
    await createDeal(t.systemCtx, {
      accountId: await world.account(),
      name: foreign.dealBName,
      amountMinor: 3_000_000,
      currency: 'USD',
      stage: 'proposal',
      closeDate: '2026-06-30',
      productLines: ['Analytics'],
      externalIds: {},
    })
  ).id;
  await addDealPartner(t.systemCtx, foreign.dealB, { partnerId: partnerB, role: 'sourcing' });
  foreign.dealTaskB = (
    await addDealTask(world.ctxOf('partner_rep_b'), foreign.dealB, { title: 'Beta task' })
  ).id;
  foreign.offerB = (
    await createPrivateOffer(t.systemCtx, foreign.dealB, {
      marketplace: 'aws',
      listing: 'Trellis Enterprise',
      priceMinor: 1_000_000,
      currency: 'USD',
      terms: 'Annual',
      durationMonths: 12,
      expiresAt: '2026-12-31T00:00:00.000Z',
      channelPartnerId: partnerB,
    })
  ).id;
  // Partner B's account mapping: a list, shared in full both ways, and a custom population of its own.
  const sharedCustomer = await createAccount(t.systemCtx, {
    name: 'Common Ground Manufacturing',
    domains: ['common-ground-mfg.com'],
    status: 'customer',
    externalIds: {},
  });
  foreign.sharedCustomer = sharedCustomer.id;
  const csv = [
    'Account ID,Account Name,Website,Type',
    `B-1,${foreign.listBMatched},https://${sharedCustomer.domains[0]}/,Customer`,
    `B-2,${foreign.listBWhiteSpace},zanzibar-beta-widgets.com,Customer`,
  ].join('\n');
  foreign.listBImport = (
    await importPartnerAccounts(world.ctxOf('partner_admin_b'), {
      partnerId: partnerB,
      bytes: Buffer.from(csv),
      fileName: foreign.listBFile,
      mode: 'replace',
    })
  ).id;
  foreign.listBAccounts = (
    await db
      .select({ id: partnerAccounts.id })
      .from(partnerAccounts)
      .where(eq(partnerAccounts.partnerId, partnerB))
  ).map((row) => row.id);
  await updateSharing(world.ctxOf('partner_admin_b'), partnerB, { customer: 'full', prospect: 'full' });
  await updateSharing(world.ctxOf('partner_manager'), partnerB, {
    customer: 'full',
    prospect: 'full',
    open_opportunity: 'full',
  });
  foreign.populationB = (
    await createPopulation(world.ctxOf('partner_admin_b'), partnerB, {
      name: foreign.populationBName,
      base: 'customer',
      countries: [],
      industries: [],
    })
  ).key;
  foreign.vendorPopulation = (
    await createPopulation(world.ctxOf('partner_manager'), partnerB, {
      name: 'Vendor-wide segment',
      base: 'customer',
      countries: ['US'],
      industries: [],
    })
  ).key;
  enablement = await enablementTargets(world);
  for (const build of ISOLATION_MODULES) modules.push(await build(world));
  foreign.ruleSet = (
    await createRuleSet(world.ctxOf('admin'), {
      name: 'Saved copy',
      note: null,
      config: DEFAULT_RULE_SET_CONFIG,
      activate: false,
    })
  ).id!;
  for (const user of [
    'admin',
    'partner_manager',
    'partner_admin_a',
    'partner_rep_a',
    'partner_admin_b',
    'partner_rep_b',
  ] as const) {
    foreign.keys[user] = (await world.freshApiKey(user, { scopes: ['read'] })).id;
  }
});

/** Strings that only partner B's data contains; none may reach a partner A user. */
function partnerBMarkers(): string[] {
  return [
    partnerB,
    'Beta Resellers',
    'beta-resellers.com',
    t.fixtures.users.partner_admin_b.id,
    t.fixtures.users.partner_rep_b.id,
    t.fixtures.users.partner_admin_b.email,
    t.fixtures.users.partner_rep_b.email,
    foreign.contactB,
    foreign.contactBEmail,
    foreign.registrationB,
    foreign.registrationBCustomer,
    foreign.dealB,
    foreign.dealBName,
    foreign.dealTaskB,
    foreign.offerB,
    foreign.listBMatched,
    foreign.listBWhiteSpace,
    foreign.listBFile,
    foreign.listBImport,
    ...foreign.listBAccounts,
    foreign.populationB,
    foreign.populationBName,
    foreign.keys.partner_admin_b ?? '',
    foreign.keys.partner_rep_b ?? '',
    enablement?.enrollmentB ?? '',
    enablement?.certificateB ?? '',
    enablement?.resellerCourse.title ?? '',
    enablement?.resellerPathName ?? '',
    ...modules.flatMap((m) => m.markers),
  ].filter(Boolean);
}

/**
 * How to aim each kind of id route at someone else's record. Every operation with a path parameter
 * must match one rule, so a new route cannot skip this suite.
 */
const TARGET_RULES: IsolationRule[] = [
  {
    prefix: '/api/partners/{id}/contacts/{contactId}',
    targets: () => [
      {
        label: "partner B's contact",
        params: { id: partnerB, contactId: foreign.contactB },
        missing: { id: MISSING_ID, contactId: MISSING_ID },
      },
      {
        label: "partner B's contact under partner A",
        params: { id: partnerA, contactId: foreign.contactB },
        missing: { id: partnerA, contactId: MISSING_ID },
      },
    ],
  },
  {
    prefix: '/api/partners/{id}/onboarding/steps/{stepId}',
    targets: () => [
      {
        label: "a step of partner B's onboarding",
        params: { id: partnerB, stepId: MISSING_ID },
        missing: { id: MISSING_ID, stepId: MISSING_ID },
      },
    ],
  },
  {
    prefix: '/api/partners/{id}',
    targets: () => [{ label: 'partner B', params: { id: partnerB }, missing: { id: MISSING_ID } }],
  },
  {
    prefix: '/api/partner-applications/{id}',
    targets: () => [
      {
        label: 'a prospective partner (vendor data)',
        params: { id: MISSING_ID },
        missing: { id: MISSING_ID },
      },
    ],
  },
  {
    prefix: '/api/onboarding-templates/{id}',
    targets: () => [
      {
        label: 'an onboarding template (vendor data)',
        params: { id: MISSING_ID },
        missing: { id: MISSING_ID },
      },
    ],
  },
  {
    prefix: '/api/users/{id}',
    targets: () =>
      (['partner_admin_b', 'partner_rep_b', 'admin'] as const).map((user) => ({
        label: `user ${user}`,
        params: { id: t.fixtures.users[user].id },
        missing: { id: MISSING_ID },
      })),
  },
  {
    prefix: '/api/api-keys/{id}',
    targets: (caller) =>
      (['partner_admin_b', 'admin', 'partner_manager', 'partner_admin_a', 'partner_rep_a'] as const)
        .filter((owner) => owner !== caller)
        .map((owner) => ({
          label: `API key of ${owner}`,
          params: { id: foreign.keys[owner] },
          missing: { id: MISSING_ID },
        })),
  },
  {
    prefix: '/api/registrations/{id}',
    targets: () => [
      {
        label: "partner B's registration",
        params: { id: foreign.registrationB },
        missing: { id: MISSING_ID },
      },
    ],
  },
  {
    prefix: '/api/deals/{id}',
    targets: () => [
      {
        label: "partner B's deal",
        params: {
          id: foreign.dealB,
          taskId: foreign.dealTaskB,
          offerId: foreign.offerB,
          partnerId: partnerB,
        },
        missing: { id: MISSING_ID, taskId: MISSING_ID, offerId: MISSING_ID, partnerId: partnerB },
      },
    ],
  },
  {
    prefix: '/api/tiers/partners/{id}',
    targets: () => [{ label: "partner B's tier", params: { id: partnerB }, missing: { id: MISSING_ID } }],
  },
  {
    prefix: '/api/mapping/partners/{id}',
    targets: () => [
      {
        label: "partner B's account mapping",
        params: { id: partnerB, list: 'co_sell' },
        missing: { id: MISSING_ID, list: 'co_sell' },
      },
    ],
  },
  {
    prefix: '/api/mapping/populations/{id}',
    targets: () => [
      {
        label: "partner B's custom population",
        params: { id: foreign.populationB },
        missing: { id: MISSING_ID },
      },
      {
        label: "the vendor's custom population",
        params: { id: foreign.vendorPopulation },
        missing: { id: MISSING_ID },
      },
    ],
  },
  {
    prefix: '/api/enablement/courses/{id}',
    targets: () => [
      {
        label: 'a course for resellers only',
        params: { id: enablement.resellerCourse.id, lessonId: enablement.resellerCourse.lessonIds[0]! },
        missing: { id: MISSING_ID, lessonId: MISSING_ID },
      },
      {
        label: 'a draft course',
        params: { id: enablement.draft.id, lessonId: enablement.draft.lessonId },
        missing: { id: MISSING_ID, lessonId: MISSING_ID },
      },
    ],
  },
  {
    prefix: '/api/enablement/paths/{id}',
    targets: () => [
      {
        label: 'the resellers’ path',
        params: { id: enablement.resellerPathId },
        missing: { id: MISSING_ID },
      },
    ],
  },
  {
    prefix: '/api/enablement/enrollments/{id}',
    targets: (caller) => [
      {
        label: "partner B's enrollment",
        params: { id: enablement.enrollmentB },
        missing: { id: MISSING_ID },
      },
      ...(caller === 'partner_rep_a'
        ? [
            {
              label: "a colleague's enrollment",
              params: { id: enablement.enrollmentAdminA },
              missing: { id: MISSING_ID },
            },
          ]
        : []),
    ],
  },
  {
    prefix: '/api/enablement/certificates/{id}',
    targets: (caller) => [
      {
        label: "partner B's certificate",
        params: { id: enablement.certificateB },
        missing: { id: MISSING_ID },
      },
      ...(caller === 'partner_rep_a'
        ? [
            {
              label: "a colleague's certificate",
              params: { id: enablement.certificateAdminA },
              missing: { id: MISSING_ID },
            },
          ]
        : []),
    ],
  },
  {
    prefix: '/api/rule-sets/{id}',
    targets: () => [{ label: 'a rule set', params: { id: foreign.ruleSet }, missing: { id: MISSING_ID } }],
  },
  {
    prefix: '/api/jobs/{name}',
    targets: () => [
      {
        label: 'a scheduled job',
        params: { name: 'registrations.expire' },
        missing: { name: 'no.such.job' },
      },
    ],
  },
  {
    prefix: '/api/accounts/{id}',
    targets: () => [{ label: 'a vendor account', params: { id: '' }, missing: { id: MISSING_ID } }],
  },
];

function ruleFor(route: CatalogRoute) {
  const covers = (rule: IsolationRule) =>
    route.path === rule.prefix || route.path.startsWith(`${rule.prefix}/`);
  return modules.flatMap((m) => m.rules).find(covers) ?? TARGET_RULES.find(covers);
}

function send(
  route: CatalogRoute,
  caller: TestUserKey,
  sample: SampleRequest,
  params: Record<string, string>,
) {
  const query = sample.query ? `?${new URLSearchParams(sample.query)}` : '';
  return t.request(caller, {
    method: route.method as 'GET',
    url: fillPath(route.path, params) + query,
    ...(sample.body === undefined ? {} : { payload: sample.body as object }),
    headers: sample.headers ?? {},
  });
}

function outcome(res: LightMyRequestResponse) {
  const body = res.json() as { code?: string; detail?: string };
  return { status: res.statusCode, code: body.code, detail: body.detail };
}

async function unchanged<T>(fn: () => Promise<T>): Promise<{ result: T; changes: string[] }> {
  const before = await snapshotDatabase(db);
  const result = await fn();
  return { result, changes: diffSnapshots(before, await snapshotDatabase(db)) };
}

const idRoutes = catalog.filter((r) => r.pathParams.length > 0);

describe("partner A's users asking for other records by id", () => {
  it('every route with a path parameter is classified', () => {
    expect(idRoutes.length).toBeGreaterThan(0);
    expect(idRoutes.filter((r) => !ruleFor(r)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  for (const route of idRoutes) {
    it(`${route.operationId} (${route.method} ${route.path}) answers as if the record did not exist and changes nothing`, async () => {
      const rule = ruleFor(route);
      if (!rule) throw new Error(`Classify ${route.method} ${route.path} in TARGET_RULES`);
      if (!SAMPLES[route.operationId]) throw new Error(`No sample for ${route.operationId}`);
      const mismatches: string[] = [];
      for (const caller of PARTNER_A_USERS) {
        const allowed = (POLICY[route.action!] as readonly string[]).includes(t.fixtures.users[caller].role);
        for (const target of rule.targets(caller)) {
          const params = { ...target.params };
          if (route.path.startsWith('/api/accounts/')) params.id = await world.account();
          const sample = await sampleFor(route.operationId, world, caller);
          const who = `${caller} → ${target.label}`;
          const real = await unchanged(() => send(route, caller, sample, params));
          const ghost = await unchanged(() => send(route, caller, sample, target.missing));
          const expected = allowed ? 404 : 403;
          if (real.result.statusCode !== expected) {
            mismatches.push(
              `${who}: expected ${expected}, got ${real.result.statusCode} ${real.result.body.slice(0, 200)}`,
            );
          } else if (JSON.stringify(outcome(real.result)) !== JSON.stringify(outcome(ghost.result))) {
            mismatches.push(
              `${who}: answer differs from a missing record: ${JSON.stringify(outcome(real.result))} vs ${JSON.stringify(outcome(ghost.result))}`,
            );
          }
          const body = real.result.body;
          const leaked = partnerBMarkers().filter(
            (marker) => body.includes(marker) && !Object.values(params).includes(marker),
          );
          if (leaked.length) mismatches.push(`${who}: response names ${leaked.join(', ')}`);
          if (real.changes.length) mismatches.push(`${who}: wrote ${real.changes.join(', ')}`);
          if (ghost.changes.length) mismatches.push(`${who} (missing id): wrote ${ghost.changes.join(', ')}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});

describe('no read shows partner A anything of partner B', () => {
  it("every GET partner A's users may call is free of partner B's data", async () => {
    const reads = catalog.filter((r) => r.method === 'GET' && !r.public && SAMPLES[r.operationId]);
    expect(reads.length).toBeGreaterThan(0);
    const leaks: string[] = [];
    for (const caller of PARTNER_A_USERS) {
      for (const route of reads) {
        const sample = await sampleFor(route.operationId, world, caller);
        const res = await send(route, caller, sample, sample.params ?? {});
        if (res.statusCode >= 500) leaks.push(`${caller} ${route.operationId}: ${res.statusCode}`);
        const found = partnerBMarkers().filter((marker) => res.body.includes(marker));
        if (found.length) leaks.push(`${caller} ${route.operationId}: ${found.join(', ')}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  const partnerQueries: Array<Record<string, string>> = [
    {},
    { q: 'Beta' },
    { q: 'Beta Resellers Inc' },
    { q: 'beta-resellers.com' },
    { q: 'https://www.beta-resellers.com/partners' },
    { type: 'reseller' },
    { region: 'NA' },
    { specialization: 'cloud' },
    { stage: 'active' },
    { minFit: '0' },
    { sort: '-createdAt', limit: '1' },
    { sort: 'fitScore' },
  ];

  it.each(partnerQueries)(
    'GET /api/partners?%o returns partner A only (while an admin finds B with it)',
    async (query) => {
      const url = `/api/partners?${new URLSearchParams(query)}`;
      const control = await t.request('admin', {
        method: 'GET',
        url: `/api/partners?${new URLSearchParams({ ...query, limit: '200' })}`,
      });
      expect(control.statusCode, control.body).toBe(200);
      expect(control.json().items.map((p: { id: string }) => p.id)).toContain(partnerB);
      for (const caller of PARTNER_A_USERS) {
        const res = await t.request(caller, { method: 'GET', url });
        expect(res.statusCode, res.body).toBe(200);
        const ids = res.json().items.map((p: { id: string }) => p.id);
        expect(
          ids.every((id: string) => id === partnerA),
          `${caller}: ${ids}`,
        ).toBe(true);
        expect(res.json().nextCursor).toBeNull();
        expect(res.body).not.toContain('Beta Resellers');
      }
    },
  );

  it('GET /api/users with filters aimed at partner B returns nothing of B to partner_admin_a', async () => {
    const bUsers = [t.fixtures.users.partner_admin_b.id, t.fixtures.users.partner_rep_b.id];
    const queries: Array<Record<string, string>> = [
      { partnerId: partnerB },
      { q: 'admin.b' },
      { q: 'partner' },
      { role: 'partner_admin' },
      { kind: 'partner' },
      { kind: 'vendor' },
      { sort: '-createdAt' },
    ];
    const control = await t.request('admin', { method: 'GET', url: `/api/users?partnerId=${partnerB}` });
    expect(
      control
        .json()
        .items.map((u: { id: string }) => u.id)
        .sort(),
    ).toEqual([...bUsers].sort());
    for (const query of queries) {
      const res = await t.request('partner_admin_a', {
        method: 'GET',
        url: `/api/users?${new URLSearchParams(query)}`,
      });
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().items as Array<{ id: string; partnerId: string | null }>;
      expect(
        items.every((u) => u.partnerId === partnerA),
        JSON.stringify(query),
      ).toBe(true);
    }
    const filtered = await t.request('partner_admin_a', {
      method: 'GET',
      url: `/api/users?partnerId=${partnerB}`,
    });
    expect(filtered.json().items).toEqual([]);
  });

  it("account mapping reads and searches aimed at partner B's list show partner A none of it", async () => {
    // The vendor does find partner B's accounts with the same reads: the markers are really there.
    const vendorSees = async (url: string) => {
      const res = await t.request('partner_manager', { method: 'GET', url });
      expect(res.statusCode, res.body).toBe(200);
      return res.body;
    };
    expect(await vendorSees(`/api/mapping/partners/${partnerB}/lists/white_space`)).toContain(
      foreign.listBWhiteSpace,
    );
    expect(await vendorSees(`/api/mapping/partners/${partnerB}/lists/co_sell`)).toContain(
      foreign.listBMatched,
    );
    expect(await vendorSees('/api/mapping/summary')).toContain(partnerB);
    expect(await vendorSees(`/api/accounts/${foreign.sharedCustomer}/partners`)).toContain(partnerB);

    // Partner A's own list, shared in full both ways, so its lists answer with rows rather than 403.
    await sampleFor('listOverlaps', world, 'partner_admin_a');
    const base = `/api/mapping/partners/${partnerA}`;
    const searches = ['', 'Quillfeather', 'Zanzibar', 'Beta', 'common-ground'].map((q) =>
      q ? `&q=${encodeURIComponent(q)}` : '',
    );
    const urls = [
      `${base}/overlap`,
      `${base}/sharing`,
      `${base}/imports`,
      '/api/mapping/summary',
      `/api/accounts/${foreign.sharedCustomer}/partners`,
      ...searches.map((q) => `${base}/accounts?limit=200${q}`),
      ...OVERLAP_LISTS.flatMap((list) =>
        ['customer', 'prospect'].flatMap((population) =>
          searches.map(
            (q) =>
              `${base}/lists/${list}?limit=200&partnerPopulation=${population}${list === 'pair' ? '&vendorPopulation=customer' : ''}${q}`,
          ),
        ),
      ),
    ];
    const leaks: string[] = [];
    let answered = 0;
    for (const caller of PARTNER_A_USERS) {
      for (const url of urls) {
        const res = await t.request(caller, { method: 'GET', url });
        if (res.statusCode >= 500) leaks.push(`${caller} ${url}: ${res.statusCode}`);
        if (res.statusCode === 200) answered += 1;
        const found = partnerBMarkers().filter((marker) => res.body.includes(marker));
        if (found.length) leaks.push(`${caller} ${url}: ${found.join(', ')}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(answered).toBeGreaterThan(urls.length);
  });

  it("GET /api/api-keys never lists another user's keys to a partner user", async () => {
    for (const caller of PARTNER_A_USERS) {
      for (const owner of [
        'partner_admin_b',
        'admin',
        caller === 'partner_admin_a' ? 'partner_rep_a' : 'partner_admin_a',
      ] as const) {
        const res = await t.request(caller, {
          method: 'GET',
          url: `/api/api-keys?userId=${t.fixtures.users[owner].id}`,
        });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().items, `${caller} asking for keys of ${owner}`).toEqual([]);
      }
      const own = await t.request(caller, { method: 'GET', url: '/api/api-keys?limit=200' });
      const owners = new Set((own.json().items as Array<{ userId: string }>).map((k) => k.userId));
      expect([...owners]).toEqual([t.fixtures.users[caller].id]);
    }
  });

  it("GET /api/partners/<B>/contacts is 404 for partner A's users", async () => {
    for (const caller of PARTNER_A_USERS) {
      const res = await t.request(caller, { method: 'GET', url: `/api/partners/${partnerB}/contacts` });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain(foreign.contactBEmail);
    }
  });

  it.runIf(catalog.some((r) => r.operationId === 'summarizePartners'))(
    "the partner summary counts partner A's own organization only",
    async () => {
      for (const caller of PARTNER_A_USERS) {
        const res = await t.request(caller, { method: 'GET', url: '/api/partners/summary' });
        expect(res.statusCode, res.body).toBe(200);
        const summary = res.json();
        expect(summary.total).toBe(1);
        expect(summary.byType).toEqual([{ key: 'si', count: 1 }]);
        expect(summary.byRegion).toEqual([{ key: 'EMEA', count: 1 }]);
      }
    },
  );

  it('partner users are refused vendor data: accounts, IPP and the audit trail', async () => {
    const urls = [
      '/api/accounts',
      `/api/accounts?q=${encodeURIComponent('Sample')}`,
      '/api/ipp',
      '/api/audit',
      `/api/audit?partnerId=${partnerB}`,
    ];
    for (const caller of [...PARTNER_A_USERS, 'partner_admin_b', 'partner_rep_b'] as const) {
      for (const url of urls) {
        const res = await t.request(caller, { method: 'GET', url });
        expect(res.statusCode, `${caller} GET ${url}`).toBe(403);
      }
    }
  });
});

describe('property-level limits on what a partner admin may change', () => {
  const readPartnerA = async () => (await db.select().from(partners).where(eq(partners.id, partnerA)))[0]!;

  it.each([
    ['stage', { stage: 'churned' }, 400],
    ['type', { type: 'reseller' }, 403],
    ['domains', { domains: ['alpha-integrators.com', 'another-alpha.com'] }, 403],
    ['ownerId', { ownerId: t.fixtures.users.partner_manager.id }, 403],
    ['name', { name: 'Alpha Renamed' }, 403],
    ['name', { name: 'Alpha Renamed', description: 'an allowed field alongside a forbidden one' }, 403],
  ])('PATCH own partner with %s is refused and nothing changes', async (field, body, status) => {
    const before = await readPartnerA();
    const { result: res, changes } = await unchanged(() =>
      t.request('partner_admin_a', { method: 'PATCH', url: `/api/partners/${partnerA}`, payload: body }),
    );
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().errors?.map((e: { field: string }) => e.field)).toContain(field);
    expect(changes).toEqual([]);
    expect(await readPartnerA()).toEqual(before);
  });

  it('a partner admin may not change its own stage through the stage route either', async () => {
    const { result: res, changes } = await unchanged(() =>
      t.request('partner_admin_a', {
        method: 'POST',
        url: `/api/partners/${partnerA}/stage`,
        payload: { stage: 'at_risk', reason: 'Trying to move myself' },
      }),
    );
    expect(res.statusCode).toBe(403);
    expect(changes).toEqual([]);
  });

  it('a partner admin may not move a colleague into a vendor role', async () => {
    const { result: res, changes } = await unchanged(() =>
      t.request('partner_admin_a', {
        method: 'PATCH',
        url: `/api/users/${t.fixtures.users.partner_rep_a.id}`,
        payload: { role: 'admin' },
      }),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('role');
    expect(changes).toEqual([]);
  });

  it.each(['admin', 'partner_manager', 'sales_rep', 'finance'])(
    'a partner admin inviting a %s is refused and nothing is written',
    async (role) => {
      const email = `vendor-${role}@alpha-integrators.com`;
      const { result: res, changes } = await unchanged(() =>
        t.request('partner_admin_a', {
          method: 'POST',
          url: '/api/users/invitations',
          payload: { email, name: 'Vendor Wannabe', role },
        }),
      );
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('role');
      expect(changes).toEqual([]);
      expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
    },
  );

  // A partner admin who names another partner must be refused exactly as for a partner that does not
  // exist; today the partnerId is silently replaced by the admin's own partner and the user is created.
  it('a partner admin inviting into partner B is refused and nothing is written', async () => {
    const email = 'smuggled@beta-resellers.com';
    const invite = (partnerId: string, address: string) =>
      t.request('partner_admin_a', {
        method: 'POST',
        url: '/api/users/invitations',
        payload: { email: address, name: 'Smuggled In', role: 'partner_rep', partnerId },
      });
    const ghost = await unchanged(() => invite(MISSING_ID, 'nobody@beta-resellers.com'));
    const { result: res, changes } = await unchanged(() => invite(partnerB, email));
    expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, res.body).toBeLessThan(500);
    expect(outcome(res)).toEqual(outcome(ghost.result));
    expect(ghost.changes).toEqual([]);
    expect(changes).toEqual([]);
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });
});
