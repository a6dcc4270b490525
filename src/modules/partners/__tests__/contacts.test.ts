import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';

interface Contact {
  id: string;
  partnerId: string;
  name: string;
  email: string;
  phone: string | null;
  title: string | null;
  isPrimary: boolean;
  createdAt: string;
}

let t: TestApp;
let partnerA: string;
let partnerB: string;
beforeAll(async () => {
  t = await createTestApp();
  partnerA = t.fixtures.partnerA;
  partnerB = t.fixtures.partnerB;
});
afterAll(async () => t?.close());

async function call(
  user: TestUserKey,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
) {
  return t.request(user, { method, url, ...(payload ? { payload } : {}) });
}

async function addContact(partnerId: string, payload: object, user: TestUserKey = 'admin'): Promise<Contact> {
  const res = await call(user, 'POST', `/api/partners/${partnerId}/contacts`, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function contactsOf(partnerId: string, query = 'limit=200'): Promise<Contact[]> {
  const res = await call('admin', 'GET', `/api/partners/${partnerId}/contacts?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

const primaries = async (partnerId: string) =>
  (await contactsOf(partnerId)).filter((c) => c.isPrimary).map((c) => c.name);

describe('partner contacts', () => {
  it('creates a contact with defaults and a lower-cased email', async () => {
    const contact = await addContact(partnerA, {
      name: 'Astrid Berg',
      email: 'Astrid.Berg@Alpha-Integrators.com',
      title: 'CTO',
      phone: '+46 8 123 456',
    });
    expect(contact).toMatchObject({
      partnerId: partnerA,
      name: 'Astrid Berg',
      email: 'astrid.berg@alpha-integrators.com',
      title: 'CTO',
      phone: '+46 8 123 456',
      isPrimary: false,
    });
    expect((await contactsOf(partnerA)).map((c) => c.id)).toContain(contact.id);
  });

  it('lets a partner admin add contacts to its own partner', async () => {
    const contact = await addContact(
      partnerA,
      { name: 'Bo Lind', email: 'bo@alpha-integrators.com' },
      'partner_admin_a',
    );
    expect(contact.partnerId).toBe(partnerA);
    const seen = await call('partner_rep_a', 'GET', `/api/partners/${partnerA}/contacts`);
    expect(seen.json().items.map((c: Contact) => c.name)).toContain('Bo Lind');
  });

  it('keeps only one primary contact per partner', async () => {
    const first = await addContact(partnerB, {
      name: 'Cara Primary',
      email: 'cara@beta-resellers.com',
      isPrimary: true,
    });
    expect(await primaries(partnerB)).toEqual(['Cara Primary']);
    await addContact(partnerB, { name: 'Dan Second', email: 'dan@beta-resellers.com', isPrimary: true });
    expect(await primaries(partnerB)).toEqual(['Dan Second']);
    await addContact(partnerB, { name: 'Eve Plain', email: 'eve@beta-resellers.com' });
    expect(await primaries(partnerB)).toEqual(['Dan Second']);
    const res = await call('admin', 'PATCH', `/api/partners/${partnerB}/contacts/${first.id}`, {
      isPrimary: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().isPrimary).toBe(true);
    expect(await primaries(partnerB)).toEqual(['Cara Primary']);
    // Another partner's primary is untouched.
    await addContact(partnerA, {
      name: 'Finn Primary',
      email: 'finn@alpha-integrators.com',
      isPrimary: true,
    });
    expect(await primaries(partnerB)).toEqual(['Cara Primary']);
    expect(await primaries(partnerA)).toEqual(['Finn Primary']);
  });

  it('updates fields and can clear optional ones', async () => {
    const contact = await addContact(partnerA, {
      name: 'Gus Old',
      email: 'gus@alpha-integrators.com',
      title: 'Sales',
      phone: '555-0100',
    });
    const res = await call('partner_admin_a', 'PATCH', `/api/partners/${partnerA}/contacts/${contact.id}`, {
      name: 'Gus New',
      email: 'GUS.NEW@alpha-integrators.com',
      title: null,
      phone: null,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: contact.id,
      name: 'Gus New',
      email: 'gus.new@alpha-integrators.com',
      title: null,
      phone: null,
    });
    const stored = (await contactsOf(partnerA)).find((c) => c.id === contact.id);
    expect(stored?.name).toBe('Gus New');
  });

  it('deletes a contact', async () => {
    const contact = await addContact(partnerA, { name: 'Hal Gone', email: 'hal@alpha-integrators.com' });
    const before = (await call('admin', 'GET', `/api/partners/${partnerA}`)).json().contactCount;
    const res = await call('admin', 'DELETE', `/api/partners/${partnerA}/contacts/${contact.id}`);
    expect(res.statusCode).toBe(204);
    expect((await contactsOf(partnerA)).map((c) => c.id)).not.toContain(contact.id);
    expect((await call('admin', 'GET', `/api/partners/${partnerA}`)).json().contactCount).toBe(before - 1);
    expect(
      (await call('admin', 'DELETE', `/api/partners/${partnerA}/contacts/${contact.id}`)).statusCode,
    ).toBe(404);
    expect(
      (await call('admin', 'PATCH', `/api/partners/${partnerA}/contacts/${contact.id}`, { name: 'Back' }))
        .statusCode,
    ).toBe(404);
  });

  it('does not reach a contact through another partner', async () => {
    const contact = await addContact(partnerA, { name: 'Ida Alpha', email: 'ida@alpha-integrators.com' });
    expect(
      (await call('admin', 'PATCH', `/api/partners/${partnerB}/contacts/${contact.id}`, { name: 'Moved' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await call('admin', 'DELETE', `/api/partners/${partnerB}/contacts/${contact.id}`)).statusCode,
    ).toBe(404);
    expect((await contactsOf(partnerA)).find((c) => c.id === contact.id)?.name).toBe('Ida Alpha');
  });

  it('searches by name or email', async () => {
    expect((await contactsOf(partnerB, 'q=dan')).map((c) => c.name)).toEqual(['Dan Second']);
    expect((await contactsOf(partnerB, 'q=EVE%40BETA')).map((c) => c.name)).toEqual(['Eve Plain']);
    expect(await contactsOf(partnerB, 'q=nobody')).toEqual([]);
  });

  it('is not found for an unknown partner', async () => {
    const res = await call('admin', 'GET', '/api/partners/0190a000-0000-7000-8000-000000000000/contacts');
    expect(res.statusCode).toBe(404);
  });
});

describe('contact paging', () => {
  let partnerId: string;
  beforeAll(async () => {
    const res = await call('admin', 'POST', '/api/partners', { name: 'Paging Partner', type: 'si' });
    partnerId = res.json().id;
    for (const name of ['Quinn', 'Ada', 'Mia', 'Zoe', 'Eli', 'Ada', 'Kai']) {
      await addContact(partnerId, { name, email: `${name.toLowerCase()}@paging.example` });
    }
  });

  async function pageAll(sort: string, limit: number): Promise<Contact[]> {
    const seen: Contact[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 10; i++) {
      const res = await call(
        'admin',
        'GET',
        `/api/partners/${partnerId}/contacts?limit=${limit}&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const body: { items: Contact[]; nextCursor: string | null } = res.json();
      expect(body.items.length).toBeLessThanOrEqual(limit);
      seen.push(...body.items);
      cursor = body.nextCursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    return seen;
  }

  it('pages by name (the default) with ties broken by id', async () => {
    const seen = await pageAll('name', 2);
    expect(seen.map((c) => c.name)).toEqual(['Ada', 'Ada', 'Eli', 'Kai', 'Mia', 'Quinn', 'Zoe']);
    expect(seen[0]!.id < seen[1]!.id).toBe(true);
    expect(new Set(seen.map((c) => c.id)).size).toBe(7);
    expect((await contactsOf(partnerId, 'limit=200')).map((c) => c.id)).toEqual(seen.map((c) => c.id));
  });

  it('pages newest first', async () => {
    const seen = await pageAll('-createdAt', 3);
    expect(seen.map((c) => c.name)).toEqual(['Kai', 'Ada', 'Eli', 'Zoe', 'Mia', 'Ada', 'Quinn']);
  });
});

describe('concurrent primary contacts', () => {
  it('leave exactly one primary', async () => {
    const partner = (
      await call('admin', 'POST', '/api/partners', { name: 'Race Contacts', type: 'msp' })
    ).json();
    const existing = await addContact(partner.id, { name: 'Existing', email: 'existing@race.example' });
    const results = await Promise.all([
      ...[0, 1, 2, 3].map((i) =>
        call('admin', 'POST', `/api/partners/${partner.id}/contacts`, {
          name: `Racer ${i}`,
          email: `racer${i}@race.example`,
          isPrimary: true,
        }),
      ),
      call('admin', 'PATCH', `/api/partners/${partner.id}/contacts/${existing.id}`, { isPrimary: true }),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 200]);
    expect(await primaries(partner.id)).toHaveLength(1);
  });
});
