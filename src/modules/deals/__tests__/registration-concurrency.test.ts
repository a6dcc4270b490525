/**
 * Concurrent submissions of one company, through the HTTP API, on real PostgreSQL: the advisory locks
 * on the company keys must serialize the decisions so that exactly one registration is approved, every
 * other one is routed to review naming it, and the company ends up with exactly one account.
 * PGlite runs one statement at a time, so these races cannot happen there: PostgreSQL only.
 *
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx vitest run \
 *     src/modules/deals/__tests__/registration-concurrency.test.ts
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeCompanyName } from '../../../analytics/matching/normalize-name.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../testing/test-app.js';
import { createAccount } from '../../accounts/create-account.js';
import { createActiveUser } from '../../identity/create-active-user.js';
import { createPartner } from '../../partners/create-partner.js';

/** A partner rep able to register deals: its partner and its session cookie. */
interface Rep {
  partnerId: string;
  headers: Record<string, string>;
}

interface RegistrationBody {
  id: string;
  partnerId: string;
  status: string;
  accountId: string | null;
  accountMatch: string | null;
  customerDomain: string | null;
}

const ROUNDS = 10;
const EXTRA_PARTNERS = 6;

let t: TestApp;
/** Partner A's rep, partner B's rep, then reps of six more partners: eight partners in all. */
const reps: Rep[] = [];

async function login(email: string): Promise<Record<string, string>> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: TEST_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`login failed for ${email}: ${res.body}`);
  const session = res.cookies.find((c) => c.name === 'trellis_session');
  return { cookie: `trellis_session=${session!.value}` };
}

beforeAll(async () => {
  if (!process.env.TEST_DATABASE_URL) return;
  t = await createTestApp();
  reps.push({ partnerId: t.fixtures.partnerA, headers: await t.as('partner_rep_a') });
  reps.push({ partnerId: t.fixtures.partnerB, headers: await t.as('partner_rep_b') });
  for (let i = 1; i <= EXTRA_PARTNERS; i++) {
    const partner = await createPartner(t.systemCtx, {
      name: `Race Partner ${i} Ltd`,
      type: 'reseller',
      stage: 'active',
      domains: [`race-partner-${i}.com`],
      regions: ['NA'],
      specializations: ['cloud'],
    });
    const email = `race.rep.${i}@race-partner-${i}.com`;
    await createActiveUser(t.systemCtx, {
      email,
      name: `Race rep ${i}`,
      role: 'partner_rep',
      partnerId: partner.id,
      password: TEST_PASSWORD,
    });
    reps.push({ partnerId: partner.id, headers: await login(email) });
  }
});
afterAll(async () => t?.close());

/** One company: display name, registrable domain, and the normalized name every spelling shares. */
interface Company {
  name: string;
  domain: string;
  normalizedName: string;
}

function company(label: string): Company {
  const name = `${label} Analytics`;
  const domain = `${label.toLowerCase().replaceAll(' ', '-')}-analytics.com`;
  return { name, domain, normalizedName: normalizeCompanyName(name) };
}

/**
 * Different ways partners write down the same company: bare domain, full URL, name only, the domain
 * only through the contact's email, upper case, a legal form, a leading "The". All share the
 * normalized name, and all that carry a domain carry the same registrable one.
 */
function spellings(c: Company): Record<string, unknown>[] {
  return [
    { customerName: `${c.name} Inc.`, customerWebsite: c.domain },
    { customerName: c.name.toUpperCase(), customerWebsite: `https://www.${c.domain}/about?ref=partner` },
    { customerName: `The ${c.name} GmbH` },
    { customerName: `${c.name}, LLC`, contactEmail: `buyer@${c.domain}` },
    { customerName: c.name.toLowerCase(), customerWebsite: `http://shop.eu.${c.domain}` },
    { customerName: `${c.name} Ltd` },
    { customerName: `${c.name} S.A.`, customerWebsite: `${c.domain}/` },
    { customerName: `${c.name} Corporation`, customerWebsite: `HTTPS://${c.domain.toUpperCase()}` },
  ];
}

function payload(spelling: Record<string, unknown>, i: number) {
  return {
    ...spelling,
    customerCountry: 'US',
    productLines: ['Analytics'],
    amountMinor: 1_000_000 + i * 10_000,
    currency: 'USD',
    expectedClose: '2026-06-30',
    submit: true,
  };
}

/** Accounts that either key of the company would match: its normalized name or its domain. */
async function accountsOf(c: Company): Promise<string[]> {
  const result = (await t.systemCtx.db.execute(
    sql`select id from accounts where normalized_name = ${c.normalizedName} or domains @> array[${c.domain}]::text[]`,
  )) as unknown as { rows: { id: string }[] };
  return result.rows.map((r) => r.id);
}

/** Fires one registration per rep for the company at the same moment, each with another spelling. */
async function race(c: Company, racers: Rep[], round: number): Promise<RegistrationBody[]> {
  const forms = spellings(c);
  // Rotate the spellings so each round pairs different forms (domain vs URL vs name only …).
  const responses = await Promise.all(
    racers.map((rep, i) =>
      t.request(null, {
        method: 'POST',
        url: '/api/registrations',
        headers: rep.headers,
        payload: payload(forms[(i + round) % forms.length]!, i),
      }),
    ),
  );
  for (const res of responses) expect(res.statusCode, res.body).toBe(201);
  return responses.map((res) => res.json() as RegistrationBody);
}

/** Exactly one approved; every other one under review, its latest decision naming the approved one. */
async function expectOneWinner(c: Company, results: RegistrationBody[]): Promise<void> {
  const statuses = results.map((r) => r.status).sort();
  const approved = results.filter((r) => r.status === 'approved');
  expect(approved, `${c.name}: statuses ${statuses.join(', ')}`).toHaveLength(1);
  const winner = approved[0]!;
  const losers = results.filter((r) => r !== winner);
  expect(
    losers.map((r) => r.status),
    `${c.name}: ${statuses.join(', ')}`,
  ).toEqual(losers.map(() => 'under_review'));
  for (const loser of losers) {
    const detail = await t.request('partner_manager', {
      method: 'GET',
      url: `/api/registrations/${loser.id}`,
    });
    expect(detail.statusCode, detail.body).toBe(200);
    const decision = detail.json().decisions.at(-1);
    expect(decision.ruleId, `${c.name}: ${decision.reason}`).toBe('partner-conflict');
    expect(decision.conflictRegistrationId).toBe(winner.id);
  }
  const accountIds = await accountsOf(c);
  expect(accountIds, `${c.name}: accounts`).toHaveLength(1);
  expect(new Set(results.map((r) => r.accountId))).toEqual(new Set(accountIds));
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('concurrent registrations of one company', () => {
  it('spells every company with one normalized name and one domain', () => {
    const c = company('Probe');
    const forms = spellings(c);
    expect(new Set(forms.map((f) => normalizeCompanyName(f.customerName as string)))).toEqual(
      new Set([c.normalizedName]),
    );
    expect(forms.length).toBeGreaterThanOrEqual(2 + EXTRA_PARTNERS);
  });

  it(`two partners on an existing account: one approved, the other names it (${ROUNDS} races)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const c = company(`Existing Pair ${round}`);
      await createAccount(t.systemCtx, {
        name: `${c.name} Inc`,
        domains: [c.domain],
        status: 'customer',
        externalIds: {},
      });
      const results = await race(c, reps.slice(0, 2), round);
      expect(results.every((r) => r.accountMatch === 'domain' || r.accountMatch === 'name')).toBe(true);
      await expectOneWinner(c, results);
    }
  });

  it(`two partners on a new company create one account and one approval (${ROUNDS} races)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const c = company(`Fresh Pair ${round}`);
      expect(await accountsOf(c)).toHaveLength(0);
      const results = await race(c, reps.slice(0, 2), round);
      expect(results.map((r) => r.accountMatch).filter((m) => m === 'new')).toHaveLength(1);
      await expectOneWinner(c, results);
    }
  });

  it(`eight partners at once, existing and new companies alike (${ROUNDS} races)`, async () => {
    expect(reps).toHaveLength(8);
    for (let round = 0; round < ROUNDS; round++) {
      const existing = round % 2 === 0;
      const c = company(`${existing ? 'Existing' : 'Fresh'} Crowd ${round}`);
      if (existing)
        await createAccount(t.systemCtx, {
          name: c.name,
          domains: [c.domain],
          status: 'prospect',
          externalIds: {},
        });
      const results = await race(c, reps, round);
      expect(new Set(results.map((r) => r.partnerId)).size).toBe(8);
      if (!existing) expect(results.filter((r) => r.accountMatch === 'new')).toHaveLength(1);
      await expectOneWinner(c, results);
    }
  });

  it(`two partners whose spellings match only fuzzily are decided in turn (${ROUNDS} races)`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const names = [`Kestrel Optics ${round}`, `Kestrel Optic ${round}`];
      const responses = await Promise.all(
        reps.slice(0, 2).map((rep, i) =>
          t.request(null, {
            method: 'POST',
            url: '/api/registrations',
            headers: rep.headers,
            payload: payload({ customerName: names[i] }, i),
          }),
        ),
      );
      const results = responses.map((res) => res.json() as RegistrationBody);
      expect(results.map((r) => r.status).sort(), names.join(' / ')).toEqual(['approved', 'under_review']);
      expect(new Set(results.map((r) => r.accountId)).size, 'one account').toBe(1);
    }
  });
});
