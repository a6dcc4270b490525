import { describe, expect, it } from 'vitest';
import { parseCsv, readCustomMetricCsv } from '../custom-metric-csv';

const A = { partnerId: 'aaaaaaaa-0000-4000-8000-000000000001', partnerName: 'Acme Cloud' };
const B = { partnerId: 'bbbbbbbb-0000-4000-8000-000000000002', partnerName: 'Birch, Inc.' };
const C1 = { partnerId: 'cccccccc-0000-4000-8000-000000000003', partnerName: 'Cobalt' };
const C2 = { partnerId: 'cccccccc-0000-4000-8000-000000000004', partnerName: 'cobalt' };
const partners = [A, B, C1, C2];

describe('reading custom metric values from a CSV', () => {
  it('parses quoted fields, doubled quotes, line breaks in quotes and other delimiters', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, ""y""",2\n\n"multi\nline",3\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', '2'] },
      { line: 4, fields: ['multi\nline', '3'] },
    ]);
    expect(parseCsv('partner;value\nAcme;1.5')).toEqual([
      { line: 1, fields: ['partner', 'value'] },
      { line: 2, fields: ['Acme', '1.5'] },
    ]);
  });

  it('matches rows by id or by name and reports every row it cannot use', () => {
    const text = [
      'Partner ID,Partner,joint-webinars',
      `${A.partnerId.toUpperCase()},,3`,
      ',"Birch, Inc.",2.5',
      ',Cobalt,1',
      ',Nobody,1',
      'ffffffff-0000-4000-8000-000000000009,,1',
      ',Acme Cloud,lots',
      ',acme cloud,4',
      ',,',
      ',Acme Cloud,',
    ].join('\n');
    const { values, problems } = readCustomMetricCsv(text, 'joint-webinars', partners);
    expect(values).toEqual([
      { line: 8, partnerId: A.partnerId, value: 4 },
      { line: 3, partnerId: B.partnerId, value: 2.5 },
    ]);
    expect(problems).toEqual([
      { line: 4, message: '2 partners are called “Cobalt”: use the partner id' },
      { line: 5, message: 'No partner in tier evaluation is called “Nobody”' },
      { line: 6, message: 'No partner in tier evaluation has the id ffffffff-0000-4000-8000-000000000009' },
      { line: 7, message: '“lots” is not a number (use a point for decimals)' },
      { line: 8, message: 'Acme Cloud is also on line 2; this line’s value is used' },
      { line: 10, message: 'Has no value' },
    ]);
  });

  it('refuses a file without the columns it needs', () => {
    expect(readCustomMetricCsv('company,score\nAcme,1', 'webinars', partners).problems).toEqual([
      {
        line: 1,
        message: 'Expected a header with a partner_id or partner column and a value (or webinars) column',
      },
    ]);
    expect(readCustomMetricCsv('', 'webinars', partners).problems).toEqual([
      { line: 1, message: 'The file is empty' },
    ]);
  });
});
