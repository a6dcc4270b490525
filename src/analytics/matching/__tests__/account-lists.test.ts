import { describe, expect, it } from 'vitest';
import { parseColumnMapping, resolveColumns } from '../account-columns.js';
import { classifyPopulation } from '../account-populations.js';
import { readAccountList } from '../read-account-list.js';

describe('resolveColumns', () => {
  it('recognises Salesforce and HubSpot export headers', () => {
    expect(
      resolveColumns(['Account ID', 'Account Name', 'Website', 'Type', 'Billing Country']).columns,
    ).toEqual({
      id: 'Account ID',
      name: 'Account Name',
      domain: 'Website',
      population: 'Type',
      country: 'Billing Country',
    });
    expect(
      resolveColumns(['Record ID', 'Company name', 'Company Domain Name', 'Lifecycle Stage', 'Industry'])
        .columns,
    ).toEqual({
      id: 'Record ID',
      name: 'Company name',
      domain: 'Company Domain Name',
      population: 'Lifecycle Stage',
      industry: 'Industry',
    });
  });

  it('takes an explicit mapping case-insensitively and reports a column the file lacks', () => {
    expect(resolveColumns(['Firma', 'Webseite'], { name: 'firma', domain: 'WEBSEITE' }).columns).toEqual({
      name: 'Firma',
      domain: 'Webseite',
    });
    expect(resolveColumns(['Firma'], { name: 'Company' }).problems).toEqual([
      { field: 'columns.name', message: 'names "Company", which is not a column of the file' },
    ]);
  });

  it('needs a name or a website column', () => {
    expect(resolveColumns(['Revenue', 'Owner']).problems[0]).toMatchObject({ field: 'columns' });
  });
});

describe('parseColumnMapping', () => {
  it('reads field=Column pairs and reports the rest', () => {
    expect(parseColumnMapping('name=Account Name, domain=Website')).toEqual({
      columns: { name: 'Account Name', domain: 'Website' },
      problems: [],
    });
    expect(parseColumnMapping('owner=Owner,Website').problems.map((p) => p.message)).toEqual([
      expect.stringContaining('"owner" is not one of'),
      '"Website" is not field=Column',
    ]);
  });
});

describe('classifyPopulation', () => {
  it.each([
    ['Customer - Direct', 'customer'],
    ['Closed Won', 'customer'],
    ['customer', 'customer'],
    ['Former Customer', 'former_customer'],
    ['Churned', 'former_customer'],
    ['Prospect', 'prospect'],
    ['lead', 'prospect'],
    ['marketingqualifiedlead', 'prospect'],
    ['Closed Lost', 'prospect'],
    ['Opportunity', 'open_opportunity'],
    ['Partner', null],
    ['', null],
  ])('%s → %s', (value, population) => {
    expect(classifyPopulation(value)).toBe(population);
  });
});

describe('readAccountList', () => {
  const csv = [
    'Name;Website;Type',
    'Kestrel Analytics;kestrel.io;Customer',
    ';;Customer',
    '"Brightwater; Ltd";;Prospect',
  ].join('\n');

  it('reads a semicolon file in UTF-16 with a BOM, and reports every rejected row by line', async () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(csv, 'utf16le').swap16()]);
    const list = await readAccountList(bytes);
    expect(list.rowsRead).toBe(3);
    expect(list.records.map((r) => [r.line, r.name, r.keys.domain])).toEqual([
      [2, 'Kestrel Analytics', 'kestrel.io'],
      [4, 'Brightwater; Ltd', null],
    ]);
    expect(list.rejections).toEqual([
      { line: 3, field: 'name', message: expect.stringContaining('no usable name or domain') },
    ]);
  });

  it("rejects the rows the caller's own check refuses", async () => {
    const list = await readAccountList(Buffer.from(csv), {}, (record) =>
      record.population === 'Prospect' ? [{ field: 'population', message: 'is not wanted' }] : [],
    );
    expect(list.records.map((r) => r.line)).toEqual([2]);
    expect(list.rejections.map((r) => r.line)).toEqual([3, 4]);
  });
});
