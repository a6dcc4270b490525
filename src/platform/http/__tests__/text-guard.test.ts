import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.as('admin');
});
afterAll(async () => t?.close());

const createPartner = (json: string) =>
  t.request('admin', {
    method: 'POST',
    url: '/api/partners',
    headers: { 'content-type': 'application/json' },
    payload: json,
  });

describe('text the database cannot store', () => {
  it('is refused naming the field, and nothing is written', async () => {
    const db = t.db.database.db;
    const before = await snapshotDatabase(db);
    const cases: Array<[string, string, RegExp]> = [
      ['{"name":"Nul \\u0000 Partner","type":"referral"}', 'name', /NUL character/],
      ['{"name":"Lone \\ud800 Partner","type":"referral"}', 'name', /unpaired surrogate/],
      ['{"name":"Reversed \\udc00\\ud800 Partner","type":"referral"}', 'name', /unpaired surrogate/],
      ['{"name":"Fine","type":"referral","regions":["NA","\\u0000"]}', 'regions.1', /NUL character/],
      [
        '{"name":"Fine","type":"referral","bad\\u0000key":1}',
        'bad\u0000key',
        /has a name that contains a NUL/,
      ],
    ];
    for (const [json, field, message] of cases) {
      const res = await createPartner(json);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors).toEqual([{ field, message: expect.stringMatching(message) }]);
    }
    const deep = `{"name":"Deep","type":"referral","description":${'['.repeat(40)}1${']'.repeat(40)}}`;
    const res = await createPartner(deep);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/nests deeper than 32 levels/);
    const query = await t.request('admin', { method: 'GET', url: '/api/partners?q=a%00b' });
    expect(query.statusCode).toBe(400);
    expect(query.json().errors[0].field).toBe('query.q');
    expect(diffSnapshots(before, await snapshotDatabase(db))).toEqual([]);
  });

  it('lets every valid character through, astral ones included', async () => {
    const res = await createPartner('{"name":"Łódź 数据 \\ud83d\\ude80 Partner","type":"referral"}');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().name).toBe('Łódź 数据 🚀 Partner');
  });
});
