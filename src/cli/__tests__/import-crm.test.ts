import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** The 50,000-row streaming case runs in-process (crm-streaming.test.ts); here the command's own work. */
const ROWS = 2_000;

/** A Salesforce accounts export with ROWS good rows and one without a name or website at line 3. */
function largeExport(dir: string): string {
  const path = join(dir, 'accounts.csv');
  const lines = ['Id,Name,Website,BillingCountry,Industry'];
  for (let i = 0; i < ROWS; i++) {
    lines.push(`001X${i},Company ${i} Ltd,company-${i}.com,${i % 2 ? 'DE' : 'US'},Software`);
    if (i === 0) lines.push('001BAD,,,US,Software');
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('trellis import', () => {
  it('streams an export in batches with a progress bar, reports the bad row, and a re-run changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trellis-cli-import-'));
    const env = { TRELLIS_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
    const file = largeExport(dir);
    const args = ['import', file, '--source', 'salesforce', '--object', 'accounts', '--batch-size', '500'];

    const first = await runCli(args, env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(
      'mapping: id=Id, name=Name, domain=Website, country=BillingCountry, industry=Industry',
    );
    expect(first.stdout).toContain('rows 2,001: created 2,000, updated 0, unchanged 0, failed 1');
    expect(first.stdout).toContain('5 batches, each in its own transaction');
    expect(first.stdout).toMatch(/row 3: name .*no usable name or domain/);
    expect(first.stderr).toContain('Importing');

    const again = await runCli(args, env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('rows 2,001: created 0, updated 0, unchanged 2,000, failed 1');
  }, 240_000);

  it('dry-runs HubSpot JSON and refuses a mapping naming a column the file lacks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trellis-cli-import-'));
    const env = { TRELLIS_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
    const file = join(dir, 'companies.json');
    writeFileSync(
      file,
      JSON.stringify({
        results: [
          {
            id: '11',
            properties: { name: 'Kestrel Analytics', domain: 'kestrel-analytics.com', country: 'US' },
          },
          { id: '12', properties: { name: 'Nordlicht GmbH', domain: 'nordlicht-mb.de', country: 'Narnia' } },
        ],
      }),
    );
    const ok = await runCli(
      ['import', file, '--source', 'hubspot', '--object', 'accounts', '--dry-run'],
      env,
    );
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Dry run of hubspot accounts');
    expect(ok.stdout).toContain('nothing written');
    expect(ok.stdout).toContain('rows 2: created 1, updated 0, unchanged 0, failed 1');
    expect(ok.stdout).toContain('row 2: country "Narnia"');
    const bad = await runCli(
      ['import', file, '--source', 'hubspot', '--object', 'accounts', '--mapping', 'name=Company'],
      env,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('mapping.name: names "Company", which is not a column of the file');
  }, 120_000);
});
