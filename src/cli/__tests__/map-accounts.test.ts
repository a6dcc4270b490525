import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

function fixtures() {
  const dir = mkdtempSync(join(tmpdir(), 'trellis-cli-map-'));
  const vendor = join(dir, 'vendor.csv');
  const partner = join(dir, 'partner.csv');
  writeFileSync(
    vendor,
    [
      'Account ID,Account Name,Website,Type',
      '001A,"Kestrel Analytics, Inc.",https://www.kestrelanalytics.com,Customer',
      '001B,Nordlicht Maschinenbau GmbH,nordlicht.de,Prospect',
      '001C,Brightwater Logistics Ltd,,Customer',
      '001D,,,Customer',
      '',
    ].join('\n'),
  );
  writeFileSync(
    partner,
    [
      'Record ID;Company name;Company Domain Name;Lifecycle Stage',
      '9001;KESTREL ANALYTICS;kestrelanalytics.com;customer',
      '9002;Nordlicht Maschinenbau;nordlicht-maschinen.de;lead',
      '9003;Brightwater Logisitcs;;opportunity',
      '',
    ].join('\n'),
  );
  return { dir, vendor, partner };
}

describe('trellis map', () => {
  it('maps two CSV files and prints the summary', async () => {
    const { dir, vendor, partner } = fixtures();
    const out = join(dir, 'out', 'overlaps.csv');
    const result = await runCli(['map', vendor, partner, '--out', out, '--partitions', '3']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Matches: 3 (domain 1, exact name 1, fuzzy name 1)');
    expect(result.stdout).toContain('Partner accounts matched: 3 of 3');
    expect(result.stdout).toMatch(/customer → customer\s+1/);
    expect(result.stdout).toContain(
      `Rows rejected: 1 vendor, 0 partner — reasons in ${join(dir, 'out', 'overlaps.rejected.csv')}`,
    );
    expect(result.stderr).toContain('Reading both files');
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'vendor_id,vendor_name,vendor_population,partner_id,partner_name,partner_population,rule,confidence,matched_on',
    );
    expect(lines).toContain(
      '001A,"Kestrel Analytics, Inc.",Customer,9001,KESTREL ANALYTICS,customer,domain,1,kestrelanalytics.com',
    );
    expect(lines).toHaveLength(4);
    const rejected = readFileSync(join(dir, 'out', 'overlaps.rejected.csv'), 'utf8');
    expect(rejected).toContain(`${vendor},5,Account Name,`);
  });

  it('leaves the fuzzy pass out and takes explicit column mappings', async () => {
    const { dir, vendor } = fixtures();
    const partner = join(dir, 'partner-de.csv');
    writeFileSync(
      partner,
      [
        'Nr;Firma;Webseite;Phase',
        '1;KESTREL ANALYTICS;kestrelanalytics.com;Kunde',
        '2;Brightwater Logisitcs;;Lead',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'overlaps.csv');
    const result = await runCli([
      'map',
      vendor,
      partner,
      '--out',
      out,
      '--no-fuzzy',
      '--partner-columns',
      'id=Nr,name=Firma,domain=Webseite,population=Phase',
    ]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Matches: 1 (domain 1, exact name 0, fuzzy name 0)');
    expect(result.stdout).toMatch(/customer → other\s+1/);
    expect(readFileSync(out, 'utf8')).toContain(',1,KESTREL ANALYTICS,Kunde,domain,1,');
  });

  it('refuses a missing file and a mapping to a column the file lacks, without a stack trace', async () => {
    const { dir, vendor } = fixtures();
    const [missing, badColumn, badField] = await Promise.all([
      runCli(['map', vendor, join(dir, 'nope.csv'), '--out', join(dir, 'o.csv')]),
      runCli(['map', vendor, vendor, '--out', join(dir, 'o.csv'), '--partner-columns', 'domain=URL']),
      runCli(['map', vendor, vendor, '--vendor-columns', 'website=URL']),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`error: The partner file ${join(dir, 'nope.csv')} does not exist`);
    expect(badColumn.code).toBe(1);
    expect(badColumn.stderr).toContain('columns.domain names "URL", which is not a column of the file');
    expect(badField.code).toBe(1);
    expect(badField.stderr).toContain('"website" is not one of');
    for (const result of [missing, badColumn, badField]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('trellis hash-accounts', () => {
  it('writes keyed hashes that equal each other for the same company on both sides', async () => {
    const { dir, vendor, partner } = fixtures();
    const secretFile = join(dir, 'secret.txt');
    writeFileSync(secretFile, 'a shared secret of some length\n');
    const [a, b] = [join(dir, 'vendor-hashed.csv'), join(dir, 'partner-hashed.csv')];
    const results = await Promise.all([
      runCli(['hash-accounts', vendor, '--secret-file', secretFile, '--out', a]),
      runCli(['hash-accounts', partner, '--secret-file', secretFile, '--out', b]),
    ]);
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    expect(results[0]!.stdout).toContain('Hashed 3 of 4 rows');
    const rows = (path: string) =>
      readFileSync(path, 'utf8')
        .trim()
        .split('\r\n')
        .map((line) => line.split(','));
    const [vendorRows, partnerRows] = [rows(a), rows(b)];
    expect(vendorRows[0]).toEqual(['id', 'population', 'domain_hash', 'name_hash']);
    expect(vendorRows[1]![0]).toBe('001A');
    expect(vendorRows[1]![2]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(vendorRows[1]![2]).toBe(partnerRows[1]![2]); // kestrelanalytics.com on both sides
    expect(vendorRows[3]![2]).toBe(''); // no website
    expect(readFileSync(a, 'utf8')).not.toContain('Kestrel');
  });

  it('refuses a short secret', async () => {
    const { dir, vendor } = fixtures();
    const secretFile = join(dir, 'secret.txt');
    writeFileSync(secretFile, 'short\n');
    const result = await runCli([
      'hash-accounts',
      vendor,
      '--secret-file',
      secretFile,
      '--out',
      join(dir, 'h.csv'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('shorter than 16 characters');
  });
});
