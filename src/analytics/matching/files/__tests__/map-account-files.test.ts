import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvWithHeader } from '../../../../platform/csv/csv-header.js';
import { AppError } from '../../../../platform/errors.js';
import { resolveColumns } from '../../account-columns.js';
import { matchAccountLists } from '../../match-account-lists.js';
import { type AccountRecord, readAccountRow } from '../../read-account-row.js';
import { mapAccountFiles } from '../map-account-files.js';
import { readCsvHeader } from '../read-csv-header.js';
import { generatedLists, tempDirectory, writeCsvFile } from './fixture-files.js';

async function readRows(path: string): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  for await (const row of readCsvWithHeader(createReadStream(path))) {
    if ('error' in row) throw new Error(`line ${row.line}: ${row.error}`);
    rows.push(row.values);
  }
  return rows;
}

const matchSet = (rows: Record<string, string>[]) =>
  rows.map((row) => `${row.vendor_id} ${row.partner_id} ${row.rule} ${Number(row.confidence)}`).sort();

/** The accepted records of a file, read as mapAccountFiles reads them. */
async function acceptedRecords(path: string): Promise<AccountRecord[]> {
  const { columns } = resolveColumns(await readCsvHeader(path));
  const records: AccountRecord[] = [];
  for await (const row of readCsvWithHeader(createReadStream(path))) {
    if ('error' in row) continue;
    const read = readAccountRow(row.line, row.values, columns);
    if (read.ok) records.push(read.record);
  }
  return records;
}

/** The in-memory composition on the same records: the oracle. */
async function oracleMatchSet(vendorPath: string, partnerPath: string): Promise<string[]> {
  const [vendor, partner] = await Promise.all([acceptedRecords(vendorPath), acceptedRecords(partnerPath)]);
  const matches = matchAccountLists(
    partner.map((record) => record.keys),
    vendor.map((record) => record.keys),
  );
  return matches.map((m) => `${vendor[m.right]!.id} ${partner[m.left]!.id} ${m.rule} ${m.confidence}`).sort();
}

describe('mapAccountFiles', () => {
  it('reads a UTF-16 Salesforce export and a semicolon HubSpot export with quoted commas and line breaks', async () => {
    const dir = tempDirectory();
    const vendorPath = writeCsvFile(
      join(dir, 'vendor.csv'),
      [
        ['Account ID', 'Account Name', 'Website', 'Type', 'Billing Country'],
        ['001A', 'Kestrel Analytics, Inc.', 'https://www.kestrelanalytics.com/about', 'Customer', 'US'],
        ['001B', 'Nordlicht Maschinenbau GmbH', 'nordlicht.de', 'Prospect', 'DE'],
        ['001C', 'Brightwater\nLogistics Ltd', '', 'Open Opportunity', 'UK'],
        ['001D', 'Halvorsen Shipping AS', 'halvorsen.no', 'Former Customer', 'NO'],
        ['001E', 'Zoë Café Group', 'zoe-cafe.fr', 'Partner', 'FR'],
      ],
      { encoding: 'utf-16le', lineBreak: '\r\n' },
    );
    const partnerPath = writeCsvFile(
      join(dir, 'partner.csv'),
      [
        ['Record ID', 'Company name', 'Company Domain Name', 'Lifecycle Stage'],
        ['9001', 'KESTREL ANALYTICS', 'kestrelanalytics.com', 'customer'],
        ['9002', 'Nordlicht Maschinenbau; Werk 2', 'nordlicht-werk2.de', 'lead'],
        ['9003', 'Nordlicht Maschinenbau', 'nordlicht-maschinen.de', 'opportunity'],
        ['9004', 'Brightwater Logisitcs', '', ''],
        ['9005', '"Zoe Cafe", Paris', 'jo@zoe-cafe.fr', 'customer'],
      ],
      { delimiter: ';' },
    );
    const summary = await mapAccountFiles({
      vendorPath,
      partnerPath,
      outPath: join(dir, 'out', 'overlaps.csv'),
    });

    expect(summary.vendor).toMatchObject({ encoding: 'utf-16le', delimiter: ',', rowsRead: 5, accepted: 5 });
    expect(summary.vendor.columns).toMatchObject({
      id: 'Account ID',
      name: 'Account Name',
      domain: 'Website',
    });
    expect(summary.vendor.columns.population).toBe('Type');
    expect(summary.partner).toMatchObject({ encoding: 'utf-8', delimiter: ';', rowsRead: 5, accepted: 5 });
    expect(summary.partner.columns).toMatchObject({ name: 'Company name', domain: 'Company Domain Name' });
    expect(summary.partner.columns.population).toBe('Lifecycle Stage');

    const rows = await readRows(summary.outPath);
    expect(rows.map((r) => [r.vendor_id, r.partner_id, r.rule, r.confidence, r.matched_on]).sort()).toEqual([
      ['001A', '9001', 'domain', '1', 'kestrelanalytics.com'],
      ['001B', '9003', 'name', '0.9', 'nordlicht maschinenbau'],
      ['001C', '9004', 'fuzzy_name', expect.any(String), 'brightwater logistics ~ brightwater logisitcs'],
      ['001E', '9005', 'domain', '1', 'zoe-cafe.fr'],
    ]);
    const kestrel = rows.find((r) => r.vendor_id === '001A')!;
    expect(kestrel).toMatchObject({ vendor_name: 'Kestrel Analytics, Inc.', vendor_population: 'Customer' });
    expect(rows.find((r) => r.vendor_id === '001C')!.vendor_name).toBe('Brightwater\nLogistics Ltd');
    expect(rows.find((r) => r.partner_id === '9005')!.partner_name).toBe('"Zoe Cafe", Paris');

    expect(summary.matches).toEqual({ domain: 2, name: 1, fuzzy_name: 1, total: 4 });
    expect(summary.partnerAccountsMatched).toBe(4);
    expect(summary.byPopulation).toEqual(
      expect.arrayContaining([
        { vendor: 'customer', partner: 'customer', matches: 1 },
        { vendor: 'prospect', partner: 'open_opportunity', matches: 1 },
        { vendor: 'open_opportunity', partner: 'unspecified', matches: 1 },
        { vendor: 'other', partner: 'customer', matches: 1 },
      ]),
    );
    expect(summary.rejectedPath).toBe(join(dir, 'out', 'overlaps.rejected.csv'));
  });

  it('reports every rejected row with its file, line, column and reason, and counts it', async () => {
    const dir = tempDirectory();
    const vendorPath = writeCsvFile(join(dir, 'vendor.csv'), [
      ['Id', 'Name', 'Domain'],
      ['v1', 'Kestrel Analytics', 'kestrel.io'],
      ['v2', '', ''],
      ['v3', 'Holding AG', 'n/a'],
      ['v4', 'Too', 'many', 'fields'],
      ['v5', 'Meridian Foods', 'meridian.com'],
    ]);
    const partnerPath = writeCsvFile(join(dir, 'partner.csv'), [
      ['Id', 'Name', 'Email'],
      ['p1', 'Meridian Foods', 'sales@meridian.com'],
      ['p2', 'AB', 'jo@gmail.com'],
    ]);
    const outPath = join(dir, 'overlaps.csv');
    const summary = await mapAccountFiles({ vendorPath, partnerPath, outPath, threads: 1 });

    expect(summary.vendor).toMatchObject({ rowsRead: 5, accepted: 2, rejected: 3 });
    expect(summary.partner).toMatchObject({ rowsRead: 2, accepted: 1, rejected: 1 });
    const report = await readRows(join(dir, 'overlaps.rejected.csv'));
    expect(report.map((r) => [r.file, r.line, r.field])).toEqual([
      [vendorPath, '3', 'Name'],
      [vendorPath, '4', 'Domain'],
      [vendorPath, '4', 'Name'],
      [vendorPath, '5', ''],
      [partnerPath, '3', 'Email'],
      [partnerPath, '3', 'Name'],
    ]);
    expect(report[3]!.reason).toContain('expected 3 fields, found 4');
    expect(report[4]!.reason).toContain('free mail');
    expect(report.every((r) => (r.reason ?? '').length > 0)).toBe(true);
    expect(matchSet(await readRows(outPath))).toEqual(['v5 p1 domain 1']);
  });

  it('finds the same matches as matchAccountLists in memory, with 1 partition and with 7, in 1 thread and in 2', async () => {
    const dir = tempDirectory();
    const { vendor, partner } = generatedLists(42, 400);
    const vendorPath = writeCsvFile(join(dir, 'vendor.csv'), vendor);
    const partnerPath = writeCsvFile(join(dir, 'partner.csv'), partner);
    const oracle = await oracleMatchSet(vendorPath, partnerPath);
    expect(new Set(oracle.map((m) => m.split(' ')[2]))).toEqual(new Set(['domain', 'name', 'fuzzy_name']));

    for (const [partitions, threads] of [
      [1, 1],
      [7, 1],
      [1, 2],
      [7, 2],
    ] as const) {
      const outPath = join(dir, `overlaps-${partitions}-${threads}.csv`);
      const summary = await mapAccountFiles({ vendorPath, partnerPath, outPath, partitions, threads });
      expect(summary.partitions).toBe(partitions);
      expect(matchSet(await readRows(outPath))).toEqual(oracle);
      expect(summary.matches.total).toBe(oracle.length);
      const partners = new Set(oracle.map((m) => m.split(' ')[1]));
      expect(summary.partnerAccountsMatched).toBe(partners.size);
    }
    // The fuzzy pass in batches of 25 partner names finds the same pairs as in one batch.
    const outPath = join(dir, 'overlaps-batched.csv');
    await mapAccountFiles({
      vendorPath,
      partnerPath,
      outPath,
      partitions: 3,
      fuzzyBatchRows: 25,
      threads: 1,
    });
    expect(matchSet(await readRows(outPath))).toEqual(oracle);
  });

  it('carries a row longer than a partition buffer', async () => {
    const dir = tempDirectory();
    const long = `Kestrel Analytics ${'x'.repeat(300_000)}`;
    const vendorPath = writeCsvFile(join(dir, 'vendor.csv'), [
      ['id', 'name', 'website'],
      ['v1', long, 'kestrel.io'],
    ]);
    const partnerPath = writeCsvFile(join(dir, 'partner.csv'), [
      ['id', 'name', 'website'],
      ['p1', long, ''],
      ['p2', 'Kestrel', 'kestrel.io'],
    ]);
    const outPath = join(dir, 'overlaps.csv');
    await mapAccountFiles({ vendorPath, partnerPath, outPath, threads: 1 });
    const rows = await readRows(outPath);
    expect(matchSet(rows)).toEqual(['v1 p1 name 0.95', 'v1 p2 domain 1']);
    expect(rows.every((row) => row.vendor_name === long)).toBe(true);
  });

  it('leaves the fuzzy pass out on request', async () => {
    const dir = tempDirectory();
    const { vendor, partner } = generatedLists(7, 200);
    const vendorPath = writeCsvFile(join(dir, 'vendor.csv'), vendor);
    const partnerPath = writeCsvFile(join(dir, 'partner.csv'), partner);
    const outPath = join(dir, 'overlaps.csv');
    const summary = await mapAccountFiles({ vendorPath, partnerPath, outPath, fuzzy: false, threads: 1 });
    const exact = (await oracleMatchSet(vendorPath, partnerPath)).filter((m) => !m.includes('fuzzy_name'));
    expect(matchSet(await readRows(outPath))).toEqual(exact);
    expect(summary.matches.fuzzy_name).toBe(0);
    expect(summary.fuzzyCandidates).toBe(0);
  });

  it('neutralises spreadsheet formulas in the output', async () => {
    const dir = tempDirectory();
    const vendorPath = writeCsvFile(join(dir, 'vendor.csv'), [
      ['id', 'name', 'website', 'type'],
      ['=HYPERLINK("http://x")', '@Kestrel Analytics', 'kestrel.io', '+Customer'],
    ]);
    const partnerPath = writeCsvFile(join(dir, 'partner.csv'), [
      ['id', 'name', 'website'],
      ['-1', 'Kestrel Analytics', 'kestrel.io'],
    ]);
    const outPath = join(dir, 'overlaps.csv');
    await mapAccountFiles({ vendorPath, partnerPath, outPath, threads: 1 });
    const [row] = await readRows(outPath);
    expect(row).toMatchObject({
      vendor_id: `'=HYPERLINK("http://x")`,
      vendor_name: "'@Kestrel Analytics",
      vendor_population: "'+Customer",
      partner_id: "'-1",
    });
    expect(readFileSync(outPath, 'utf8').split('\r\n')[0]).toBe(
      'vendor_id,vendor_name,vendor_population,partner_id,partner_name,partner_population,rule,confidence,matched_on',
    );
  });

  it('reports progress in bytes while reading and in partitions while joining', async () => {
    const dir = tempDirectory();
    const { vendor, partner } = generatedLists(3, 50);
    const vendorPath = writeCsvFile(join(dir, 'vendor.csv'), vendor);
    const partnerPath = writeCsvFile(join(dir, 'partner.csv'), partner);
    const last = new Map<string, [number, number]>();
    await mapAccountFiles({
      vendorPath,
      partnerPath,
      outPath: join(dir, 'overlaps.csv'),
      partitions: 4,
      threads: 1,
      onProgress: (phase, done, total) => last.set(phase, [done, total]),
    });
    const size = readFileSync(vendorPath).length + readFileSync(partnerPath).length;
    expect(last.get('read')).toEqual([size, size]);
    expect(last.get('join')).toEqual([8, 8]);
    expect(last.get('fuzzy')![0]).toBe(last.get('fuzzy')![1]);
  });

  it('refuses a missing file, an empty file and a column mapping that names no column', async () => {
    const dir = tempDirectory();
    const vendorPath = writeCsvFile(join(dir, 'vendor.csv'), [
      ['Account ID', 'Account Name'],
      ['1', 'Kestrel'],
    ]);
    const outPath = join(dir, 'overlaps.csv');
    await expect(
      mapAccountFiles({ vendorPath, partnerPath: join(dir, 'missing.csv'), outPath }),
    ).rejects.toThrow(/partner file .*missing\.csv does not exist/);
    const empty = join(dir, 'empty.csv');
    writeCsvFile(empty, []);
    await expect(mapAccountFiles({ vendorPath, partnerPath: empty, outPath })).rejects.toThrow(AppError);
    await expect(
      mapAccountFiles({
        vendorPath,
        partnerPath: vendorPath,
        outPath,
        columns: { partner: { domain: 'URL' } },
      }),
    ).rejects.toThrow(/partner file .*columns\.domain names "URL", which is not a column/);
    const noKey = writeCsvFile(join(dir, 'no-key.csv'), [
      ['Account ID', 'Owner'],
      ['1', 'Ann'],
    ]);
    await expect(mapAccountFiles({ vendorPath: noKey, partnerPath: vendorPath, outPath })).rejects.toThrow(
      /vendor file .*no column holds a company name or website/,
    );
  });
});
