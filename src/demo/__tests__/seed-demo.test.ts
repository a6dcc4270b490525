import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database.js';
import { seedDemo } from '../seed-demo.js';
import { readDemo } from './read-demo.js';

const databases: TestDatabase[] = [];
let first: Awaited<ReturnType<typeof readDemo>>;
let again: Awaited<ReturnType<typeof readDemo>>;
let other: Awaited<ReturnType<typeof readDemo>>;

// A smaller program than the default keeps this quick; every code path of the full one still runs.
const SIZE = { partners: 24, accounts: 60 };

async function seeded(seed: number) {
  const db = await createTestDatabase();
  databases.push(db);
  await seedDemo(db.database.db, { seed, ...SIZE });
  return readDemo(db.database.db);
}

beforeAll(async () => {
  [first, again, other] = [await seeded(42), await seeded(42), await seeded(7)];
});
afterAll(async () => {
  await Promise.all(databases.map((db) => db.dispose()));
});

const identity = (rows: { id: string; name: string; domains: string[]; createdAt: string }[]) =>
  rows.map(({ id, name, domains, createdAt }) => ({ id, name, domains, createdAt }));

describe('seedDemo determinism', () => {
  it('gives the same partners, accounts and users for the same seed on two fresh databases', () => {
    expect(first.partners).toHaveLength(SIZE.partners);
    expect(identity(again.partners)).toEqual(identity(first.partners));
    expect(again.partners.map((p) => [p.stage, p.fitScore, p.ownerId])).toEqual(
      first.partners.map((p) => [p.stage, p.fitScore, p.ownerId]),
    );
    expect(first.accounts).toHaveLength(SIZE.accounts);
    expect(identity(again.accounts)).toEqual(identity(first.accounts));
    expect(again.users.map((u) => [u.id, u.email])).toEqual(first.users.map((u) => [u.id, u.email]));
  });

  it('gives different data for a different seed', () => {
    const names = new Set(first.partners.map((p) => p.name));
    expect(other.partners.filter((p) => names.has(p.name)).length).toBeLessThan(5);
    expect(other.partners.map((p) => p.id)).not.toEqual(first.partners.map((p) => p.id));
    expect(other.partners.map((p) => p.domains[0])).not.toEqual(first.partners.map((p) => p.domains[0]));
  });
});
