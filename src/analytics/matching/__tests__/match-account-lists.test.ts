import { describe, expect, it } from 'vitest';
import { type AccountDescription, accountKeys } from '../account-keys.js';
import { hashAccountKeys, KEYED_HASH_PATTERN } from '../hash-keys.js';
import { createKeyIndex } from '../key-index.js';
import { matchAccountLists } from '../match-account-lists.js';

const keysOf = (list: AccountDescription[]) => list.map((account) => accountKeys(account));

describe('accountKeys', () => {
  it('reads the registrable domain from a website, else from an email, never from free mail', () => {
    expect(
      accountKeys({ name: 'Kestrel Analytics, Inc.', domain: 'https://WWW.eu.kestrel.co.uk:8443/about' }),
    ).toMatchObject({ domain: 'kestrel.co.uk', name: 'kestrel analytics', notices: [] });
    expect(accountKeys({ name: 'Kestrel', email: 'Jo <jo@sales.kestrel.io>' }).domain).toBe('kestrel.io');
    const freeMail = accountKeys({ name: 'Kestrel', email: 'jo@gmail.com' });
    expect(freeMail.domain).toBeNull();
    expect(freeMail.notices).toEqual([{ field: 'email', message: expect.stringContaining('free mail') }]);
  });

  it('sets aside names too short or too generic to match on, and says so', () => {
    const generic = accountKeys({ name: 'The Holding Company' });
    expect(generic.name).toBeNull();
    expect(generic.notices[0]).toMatchObject({ field: 'name' });
    expect(accountKeys({ name: '  ' })).toMatchObject({ name: null, notices: [] });
  });

  it('reports a website that names no domain', () => {
    const result = accountKeys({ name: 'Meridian Foods', domain: 'n/a' });
    expect(result.domain).toBeNull();
    expect(result.notices).toEqual([{ field: 'domain', message: expect.any(String) }]);
  });
});

describe('matchAccountLists', () => {
  const vendor = keysOf([
    { name: 'Kestrel Analytics Inc', domain: 'kestrelanalytics.com' },
    { name: 'Nordlicht Maschinenbau GmbH', domain: 'nordlicht.de' },
    { name: 'Brightwater Logistics Ltd' },
    { name: 'Halvorsen Shipping AS', domain: 'halvorsen.no' },
    { name: 'Amberline Foods', domain: 'amberline.com' },
  ]);
  const partner = keysOf([
    { name: 'Kestrel Analytics', domain: 'https://www.kestrelanalytics.com/' },
    { name: 'NORDLICHT MASCHINENBAU', domain: 'nordlicht-maschinen.de' },
    { name: 'Brightwater Logisitcs' },
    { name: 'Halvorsen Shiping', domain: 'halvorsen-shipping.no' },
    { name: 'Amberline Drinks', email: 'ops@amberline.com' },
    { name: 'Solvantis', domain: 'solvantis.io' },
  ]);

  it('reports each pair once under its strongest rule, with its confidence', () => {
    const matches = matchAccountLists(partner, vendor);
    const byPair = Object.fromEntries(matches.map((m) => [`${m.left}-${m.right}`, [m.rule, m.confidence]]));
    expect(byPair).toEqual({
      '0-0': ['domain', 1],
      '4-4': ['domain', 1],
      '1-1': ['name', 0.9],
      '2-2': ['fuzzy_name', expect.any(Number)],
    });
    expect(byPair['2-2']![1]).toBeGreaterThanOrEqual(0.8);
  });

  it('never matches fuzzily when both records name different domains', () => {
    const matches = matchAccountLists(partner, vendor);
    expect(matches.some((m) => m.left === 3)).toBe(false);
  });

  it('matches many to many on a shared key', () => {
    const left = keysOf([
      { name: 'Quantix', domain: 'quantix.ai' },
      { name: 'Quantix Labs', domain: 'quantix.ai' },
    ]);
    const right = keysOf([
      { name: 'Quantix AI', domain: 'quantix.ai' },
      { name: 'Q', domain: 'app.quantix.ai' },
    ]);
    expect(matchAccountLists(left, right)).toHaveLength(4);
  });

  it('matches keyed hashes exactly, and only with the same secret', () => {
    const hashedPartner = partner.map((keys) => hashAccountKeys(keys, 'shared secret'));
    const hashedVendor = vendor.map((keys) => hashAccountKeys(keys, 'shared secret'));
    expect(hashedVendor[0]!.domain).toMatch(KEYED_HASH_PATTERN);
    const matches = matchAccountLists(hashedPartner, hashedVendor, { fuzzy: false });
    expect(matches.map((m) => `${m.left}-${m.right}-${m.rule}`).sort()).toEqual([
      '0-0-domain',
      '1-1-name',
      '4-4-domain',
    ]);
    const otherSecret = vendor.map((keys) => hashAccountKeys(keys, 'another secret'));
    expect(matchAccountLists(hashedPartner, otherSecret, { fuzzy: false })).toEqual([]);
  });
});

describe('createKeyIndex', () => {
  it('files repeated keys under one entry across shards', () => {
    const index = createKeyIndex(20_000_000);
    index.add('a', 1);
    index.add('a', 2);
    index.add('b', 3);
    expect(index.rows('a')).toEqual([1, 2]);
    expect(index.rows('b')).toEqual([3]);
    expect(index.rows('c')).toEqual([]);
    expect(index.size).toBe(2);
  });
});
