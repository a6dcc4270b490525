import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeFile } from '../../../../modules/files/store-file.js';
import { diffSnapshots, snapshotDatabase } from '../../../../testing/db-snapshot.js';
import { ONE_PIXEL_PNG } from '../../../../testing/route-samples-files.js';
import { createTestApp, type TestApp } from '../../../../testing/test-app.js';
import {
  createTestDatabase,
  migratedPgliteTemplate,
  type TestDatabase,
} from '../../../../testing/test-database.js';
import { publishEvent } from '../../../events/publish-event.js';
import { openDatabase } from '../../client.js';
import { backupToFile, restoreFromFile } from '../backup-file.js';

let t: TestApp;
let target: TestDatabase;
let dir: string;
let backupPath: string;

beforeAll(async () => {
  t = await createTestApp();
  target = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), 'trellis-backup-'));
  backupPath = join(dir, 'backup.jsonl.gz');
  // Rows of every kind of column: bytea, jsonb, arrays, timestamps, serial ids.
  await storeFile(t.systemCtx, {
    purpose: 'campaign_logo',
    fileName: 'logo “quoted”.png',
    bytes: ONE_PIXEL_PNG,
    partnerId: t.fixtures.partnerA,
  });
  await publishEvent(t.systemCtx, {
    type: 'backup.test',
    entityType: 'test',
    entityId: 'x',
    payload: { text: "O'Reilly \\ \u00e9 \u{1F600}", nested: { list: [1, 2.5, null] } },
  });
});
afterAll(async () => {
  await t.close();
  await target.dispose();
  await rm(dir, { recursive: true, force: true });
});

const source = () => t.db.database;

describe('trellis backup and restore', () => {
  it('round-trips every row into an empty database', async () => {
    const header = await backupToFile(source(), backupPath);
    expect(header.tables.find((table) => table.name === 'stored_files')?.rows).toBe(1);
    await restoreFromFile(target.database, backupPath);
    expect(
      diffSnapshots(await snapshotDatabase(source().db), await snapshotDatabase(target.database.db)),
    ).toEqual([]);
  });

  it('lets the restored database go on: new serial ids follow the restored ones', async () => {
    const ctx = { ...t.systemCtx, db: target.database.db };
    await expect(
      publishEvent(ctx, { type: 'backup.after', entityType: 'test', entityId: 'y', payload: {} }),
    ).resolves.toBeUndefined();
  });

  it('refuses a database that holds data unless told to replace it, and then replaces it whole', async () => {
    const before = await snapshotDatabase(target.database.db);
    await expect(restoreFromFile(target.database, backupPath)).rejects.toThrow(/already holds data/);
    expect(diffSnapshots(before, await snapshotDatabase(target.database.db))).toEqual([]);
    await restoreFromFile(target.database, backupPath, { replace: true });
    expect(
      diffSnapshots(await snapshotDatabase(source().db), await snapshotDatabase(target.database.db)),
    ).toEqual([]);
  });

  it('changes nothing when the file is damaged or cut short', async () => {
    const lines = gunzipSync(await readFile(backupPath))
      .toString('utf8')
      .trimEnd()
      .split('\n');
    const before = await snapshotDatabase(target.database.db);
    const cases: Array<[string, RegExp]> = [
      [lines.slice(0, -1).join('\n'), /incomplete/],
      [[...lines.slice(0, -1), '{"table": "partners", "rows": [{"id": '].join('\n'), /damaged/],
      [[...lines, '{"table":"no_such_table","rows":[]}'].join('\n'), /not in its header/],
      ['', /empty/],
    ];
    for (const [text, message] of cases) {
      const path = join(dir, 'damaged.jsonl.gz');
      await writeFile(path, gzipSync(text));
      await expect(restoreFromFile(target.database, path, { replace: true })).rejects.toThrow(message);
      expect(diffSnapshots(before, await snapshotDatabase(target.database.db))).toEqual([]);
    }
  });

  it('refuses a backup of another schema version', async () => {
    const lines = gunzipSync(await readFile(backupPath))
      .toString('utf8')
      .split('\n');
    const header = JSON.parse(lines[0]!);
    header.migrations = header.migrations.slice(0, -1);
    const path = join(dir, 'older.jsonl.gz');
    await writeFile(path, gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
    await expect(restoreFromFile(target.database, path, { replace: true })).rejects.toThrow(/schema version/);
  });

  it.runIf(process.env.TEST_DATABASE_URL)('moves a PGlite backup into PostgreSQL and back', async () => {
    const pglite = await openDatabase({ loadDataDir: await migratedPgliteTemplate() });
    try {
      await restoreFromFile(pglite, backupPath);
      const fromPglite = join(dir, 'from-pglite.jsonl.gz');
      await backupToFile(pglite, fromPglite);
      await restoreFromFile(target.database, fromPglite, { replace: true });
      expect(
        diffSnapshots(await snapshotDatabase(pglite.db), await snapshotDatabase(target.database.db)),
      ).toEqual([]);
    } finally {
      await pglite.close();
    }
  });
});
