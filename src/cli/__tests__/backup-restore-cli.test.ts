import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trellis-cli-backup-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

// The commands on PGlite data directories; the same code on PostgreSQL is covered by the unit tests.
const env = (name: string) => ({ TRELLIS_DATA_DIR: join(dir, name), DATABASE_URL: '' });

describe('trellis backup / trellis restore', () => {
  it('backs up one data directory and restores it into another, and refuses to restore over data', async () => {
    const admin = await runCli(
      ['create-admin', '--email', 'ada@example.org', '--name', 'Ada Ops', '--password', 'a long passphrase'],
      env('first'),
    );
    expect(admin.code, admin.stderr).toBe(0);
    const file = join(dir, 'first.jsonl.gz');
    const backup = await runCli(['backup', '--out', file], env('first'));
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up \d+ rows of \d+ tables from PGlite in .* to /);

    const restore = await runCli(['restore', file], env('second'));
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/^Restored \d+ rows/);
    expect(restore.stdout.match(/\d+ rows/)?.[0]).toBe(backup.stdout.match(/\d+ rows/)?.[0]);

    const again = await runCli(['restore', file], env('second'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already holds data');
    expect(again.stderr).not.toContain('stack');

    const missing = await runCli(['restore', join(dir, 'nope.gz')], env('second'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  }, 120_000);
});
