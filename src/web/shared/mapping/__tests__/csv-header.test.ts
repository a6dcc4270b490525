import { describe, expect, it } from 'vitest';
import {
  columnsParam,
  decodeHead,
  guessColumns,
  parseHeaderLine,
  readCsvHeader,
  rowProblemOf,
} from '../csv-header';

describe('reading the header of an account list', () => {
  it('splits on the delimiter the line uses, with quoted fields', () => {
    expect(parseHeaderLine('Account Name,Website,"Type, as in CRM"\r\nAcme,acme.com,Customer')).toEqual([
      'Account Name',
      'Website',
      'Type, as in CRM',
    ]);
    expect(parseHeaderLine('Name;Domain;Land\nA;b;c')).toEqual(['Name', 'Domain', 'Land']);
    expect(parseHeaderLine('Company\tURL\n')).toEqual(['Company', 'URL']);
    expect(parseHeaderLine('"Say ""hi""",Name')).toEqual(['Say "hi"', 'Name']);
  });

  it('reads UTF-16 files by their byte order mark', async () => {
    const text = 'Company Name,Website\r\nAcme,acme.com';
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect(parseHeaderLine(decodeHead(le))).toEqual(['Company Name', 'Website']);
    const utf8 = new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), 'Nom,Site web\n']);
    expect(await readCsvHeader(utf8)).toEqual(['Nom', 'Site web']);
  });

  it('guesses the columns from common CRM headers, one field per column', () => {
    expect(guessColumns(['Account Name', 'Website', 'Type', 'Billing Country', 'Notes'])).toEqual({
      name: 'Account Name',
      domain: 'Website',
      population: 'Type',
      country: 'Billing Country',
    });
    expect(guessColumns(['Record ID', 'Company name', 'Company Domain Name', 'Lifecycle Stage'])).toEqual({
      id: 'Record ID',
      name: 'Company name',
      domain: 'Company Domain Name',
      population: 'Lifecycle Stage',
    });
  });

  it('writes the mapping as the query parameter, leaving out columns it cannot name', () => {
    expect(columnsParam({ name: 'Account Name', domain: 'Website', country: 'City, Country' })).toBe(
      'name=Account Name,domain=Website',
    );
    expect(columnsParam({})).toBeUndefined();
  });

  it('reads the line out of a refused row', () => {
    expect(rowProblemOf({ field: 'line 7: name', message: 'is empty' })).toEqual({
      line: 7,
      field: 'name',
      message: 'is empty',
    });
    expect(rowProblemOf({ field: 'columns.id', message: 'x' }).line).toBeNull();
  });
});
