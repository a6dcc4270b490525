import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../platform/actor.js';
import { fixedClock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { createIdGenerator } from '../../../platform/ids.js';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database.js';
import { proposeCrmMapping } from '../crm/crm-fields.js';
import { runCrmImport } from '../crm/run-crm-import.js';

const ROWS = 50_000;
const BATCH = 5_000;
const HEADER = 'Id,AccountId,FirstName,LastName,Email,Title\n';

let db: TestDatabase;
let ctx: Ctx;

/**
 * A Salesforce contacts export of ROWS rows made on the fly, 200 rows per chunk, counting
 * the chunks the reader has pulled: the file never exists whole, in memory or on disk.
 */
function contactsExport(pulled: { chunks: number }) {
  return (async function* () {
    yield new TextEncoder().encode(HEADER);
    for (let start = 0; start < ROWS; start += 200) {
      pulled.chunks++;
      let text = '';
      for (let i = start; i < start + 200; i++) {
        // Row 3 of the file (the second contact) names an account that does not exist.
        text += `003C${i},${i === 1 ? '001NOPE' : '001A1'},Person,Number ${i},p${i}@kestrel.example,Engineer\n`;
      }
      yield new TextEncoder().encode(text);
    }
  })();
}

async function importContacts(dryRun = false) {
  const pulled = { chunks: 0 };
  const atBatch: number[] = [];
  const report = await runCrmImport(ctx, {
    source: 'salesforce',
    object: 'contacts',
    format: 'csv',
    mapping: proposeCrmMapping('salesforce', 'contacts', HEADER.trim().split(',')),
    chunks: contactsExport(pulled),
    dryRun,
    batchRows: BATCH,
    onBatch: () => atBatch.push(pulled.chunks),
  });
  return { report, atBatch };
}

beforeAll(async () => {
  db = await createTestDatabase();
  const clock = fixedClock(new Date('2026-01-15T09:00:00Z'), 1);
  ctx = {
    db: db.database.db,
    actor: systemActor('test'),
    clock,
    ids: createIdGenerator(() => clock.now()),
    requestId: null,
  };
  await runCrmImport(ctx, {
    source: 'salesforce',
    object: 'accounts',
    format: 'csv',
    mapping: { id: 'Id', name: 'Name', domain: 'Website' },
    chunks: [new TextEncoder().encode('Id,Name,Website\n001A1,Kestrel Analytics,kestrel.example\n')],
    dryRun: false,
  });
});
afterAll(async () => db?.dispose());

describe('streaming CRM import', () => {
  it('imports 50,000 rows batch by batch as the file is read, and a re-run changes nothing', async () => {
    const { report, atBatch } = await importContacts();
    expect(report).toMatchObject({
      rows: ROWS,
      created: ROWS - 1,
      updated: 0,
      unchanged: 0,
      failed: 1,
      batches: ROWS / BATCH,
    });
    expect(report.errors).toEqual([
      {
        row: 3,
        field: 'accountId',
        reason: expect.stringContaining('no account has salesforce id "001NOPE"'),
      },
    ]);
    // Each batch was written when only its own rows had been read: at most one chunk ahead of it.
    for (const [i, chunks] of atBatch.entries()) {
      expect(chunks).toBeLessThanOrEqual(((i + 1) * BATCH) / 200 + 1);
    }

    const before = await snapshotDatabase(db.database.db);
    const again = await importContacts();
    expect(again.report).toMatchObject({
      rows: ROWS,
      created: 0,
      updated: 0,
      unchanged: ROWS - 1,
      failed: 1,
    });
    expect(diffSnapshots(before, await snapshotDatabase(db.database.db))).toEqual([]);
  }, 180_000);
});
