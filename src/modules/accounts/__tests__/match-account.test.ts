import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyPairs } from '../../../analytics/matching/__tests__/company-pairs.js';
import { descriptorDomain } from '../../../analytics/matching/company-match.js';
import { normalizeCompanyName } from '../../../analytics/matching/normalize-name.js';
import { inTransaction } from '../../../platform/context.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import { createAccount } from '../create-account.js';
import { matchAccount } from '../match-account.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

class RolledBack extends Error {}

/** Creates an account for a, resolves b against the database, and rolls both back. */
async function resolves(pair: (typeof companyPairs)[number]): Promise<string | null> {
  let rule: string | null = null;
  await inTransaction(t.systemCtx, async (tx) => {
    const domain = descriptorDomain(pair.a);
    await createAccount(tx, {
      name: pair.a.name,
      domains: domain ? [domain] : [],
      status: 'customer',
      externalIds: {},
    });
    const match = await matchAccount(tx, {
      normalizedName: normalizeCompanyName(pair.b.name),
      domain: descriptorDomain(pair.b),
    });
    rule = match?.rule ?? null;
    throw new RolledBack();
  }).catch((error: unknown) => {
    if (!(error instanceof RolledBack)) throw error;
  });
  return rule;
}

describe('resolving a registration to an account in the database, over the labelled pairs', () => {
  it('never matches a different company, and finds the same company except the documented misses', async () => {
    const falseMatches: string[] = [];
    const missed: string[] = [];
    let found = 0;
    for (const pair of companyPairs) {
      const rule = await resolves(pair);
      if (rule && !pair.same) falseMatches.push(`${pair.a.name} ~ ${pair.b.name} (${rule})`);
      if (pair.same && !rule) missed.push(`${pair.a.name} ~ ${pair.b.name} [${pair.kind}]`);
      if (pair.same && rule) found += 1;
    }
    const truePairs = companyPairs.filter((p) => p.same).length;
    console.info(
      `account resolution: ${found}/${truePairs} true pairs found, ${falseMatches.length} false matches; missed:\n${missed.join('\n')}`,
    );
    expect(falseMatches).toEqual([]);
    // A fuzzy candidate must share the first three characters of its match key (see fuzzyBlock), and a
    // key of three letters is too short for a fuzzy match: such typos and short names are found only by
    // domain or exact name. These are the pairs of the set that are missed for it.
    expect(missed.map((miss) => miss.split(' [')[0])).toEqual([
      'E.ON SE ~ EON',
      'AT&T Inc. ~ ATT',
      'Pfizer ~ Pfzier',
      'Microsoft ~ Mircosoft',
    ]);
    expect(found / truePairs).toBeGreaterThan(0.97);
  });
});
