import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getRegistration } from '../../modules/deals/get-registration.js';
import { REGISTRATION_STATUSES } from '../../modules/deals/registrations.schemas.js';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { seedDemo } from '../seed-demo.js';
import { readDemo, readerCtx, readLifecycle } from './read-demo.js';

const databases: TestDatabase[] = [];
let first: Awaited<ReturnType<typeof seeded>>;
let again: Awaited<ReturnType<typeof seeded>>;
let other: Awaited<ReturnType<typeof seeded>>;

// A smaller program than the default keeps this quick; every code path of the full one still runs.
const SIZE = { partners: 24, accounts: 60 };

async function seeded(seed: number) {
  const db = await createTestDatabase();
  databases.push(db);
  const summary = await seedDemo(db.database.db, { seed, ...SIZE });
  return {
    ...(await readDemo(db.database.db)),
    lifecycle: await readLifecycle(db.database.db),
    summary,
    db: db.database.db,
  };
}

beforeAll(async () => {
  [first, again, other] = [await seeded(42), await seeded(42), await seeded(7)];
}, 600_000);
afterAll(async () => {
  await Promise.all(databases.map((db) => db.dispose()));
});

const identity = (rows: { id: string; name: string; domains: string[]; createdAt: string }[]) =>
  rows.map(({ id, name, domains, createdAt }) => ({ id, name, domains, createdAt }));

describe('seedDemo determinism', () => {
  it('gives the same partners, accounts, users, deals and registrations for the same seed on two fresh databases', () => {
    // The roster, and the partners signed recruiting applications became.
    expect(first.summary.partners).toBeGreaterThan(SIZE.partners);
    expect(first.partners).toHaveLength(first.summary.partners);
    expect(identity(again.partners)).toEqual(identity(first.partners));
    expect(again.partners.map((p) => [p.stage, p.fitScore, p.ownerId])).toEqual(
      first.partners.map((p) => [p.stage, p.fitScore, p.ownerId]),
    );
    // Registrations of customers new to the vendor propose a prospect account each.
    const proposed = first.registrations.filter((r) => r.accountMatch === 'new').length;
    expect(proposed).toBeGreaterThan(0);
    expect(first.accounts).toHaveLength(SIZE.accounts + proposed);
    expect(identity(again.accounts)).toEqual(identity(first.accounts));
    expect(again.users.map((u) => [u.id, u.email])).toEqual(first.users.map((u) => [u.id, u.email]));
    const story = (demo: typeof first) => ({
      registrations: demo.registrations.map((r) => [r.id, r.customerName, r.status, r.dealId, r.updatedAt]),
      deals: demo.deals.map((d) => [d.id, d.name, d.stage, d.amountMinor, d.partners.length, d.updatedAt]),
    });
    expect(first.deals.length).toBeGreaterThan(0);
    expect(story(again)).toEqual(story(first));
  });

  it('gives the same recruiting, onboarding, certificates and tier history for the same seed', () => {
    for (const records of Object.values(first.lifecycle)) expect(records.length).toBeGreaterThan(0);
    expect(again.lifecycle).toEqual(first.lifecycle);
    expect(again.summary).toEqual(first.summary);
  });

  it('has registrations in every status a story can end in (submitted is only ever momentary)', () => {
    const statuses = new Set(first.registrations.map((r) => r.status));
    expect([...statuses].sort()).toEqual(REGISTRATION_STATUSES.filter((s) => s !== 'submitted').sort());
  });

  it('has real conflicts: decisions that name the registration or the direct deal that came first', async () => {
    const ctx = readerCtx(first.db);
    const decisions = [];
    for (const registration of first.registrations)
      decisions.push(...(await getRegistration(ctx, registration.id)).decisions);
    expect(decisions.some((d) => d.ruleId === 'partner-conflict' && d.conflictRegistrationId)).toBe(true);
    expect(decisions.some((d) => d.ruleId === 'direct-opportunity' && d.outcome === 'rejected')).toBe(true);
    expect(decisions.some((d) => d.ruleId === 'direct-opportunity' && d.outcome === 'under_review')).toBe(
      true,
    );
    expect(decisions.some((d) => d.ruleId === 'manager' && d.conflictRegistrationId)).toBe(true);
    const matches = new Set(first.registrations.map((r) => r.accountMatch));
    for (const match of ['domain', 'name', 'fuzzy_name', 'new']) expect(matches).toContain(match);
  });

  it('gives different data for a different seed', () => {
    const names = new Set(first.partners.map((p) => p.name));
    expect(other.partners.filter((p) => names.has(p.name)).length).toBeLessThan(5);
    expect(other.partners.map((p) => p.id)).not.toEqual(first.partners.map((p) => p.id));
    expect(other.partners.map((p) => p.domains[0])).not.toEqual(first.partners.map((p) => p.domains[0]));
  });
});
