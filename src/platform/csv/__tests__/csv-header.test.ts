import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { type CsvRow, readCsvWithHeader } from '../csv-header.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function rows(input: string | Uint8Array): Promise<CsvRow[]> {
  const out: CsvRow[] = [];
  for await (const row of readCsvWithHeader([typeof input === 'string' ? utf8(input) : input])) out.push(row);
  return out;
}

describe('readCsvWithHeader', () => {
  it('maps fields by trimmed, BOM-free header names', async () => {
    const bytes = Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(' Name ;Domain\nAcme;acme.com\n'));
    expect(await rows(bytes)).toEqual([{ line: 2, values: { Name: 'Acme', Domain: 'acme.com' } }]);
  });

  it('turns a field-count mismatch into an error row and keeps reading', async () => {
    expect(await rows('a,b,c,d,e\n1,2,3,4,5\n1,2,3,4,5,6\n\n1,2,3,4,5\n')).toEqual([
      { line: 2, values: { a: '1', b: '2', c: '3', d: '4', e: '5' } },
      { line: 3, error: 'expected 5 fields, found 6' },
      { line: 5, values: { a: '1', b: '2', c: '3', d: '4', e: '5' } },
    ]);
  });

  it('passes malformed records through as error rows', async () => {
    expect(await rows('a,b\n"x"y,1\n2,3\n')).toEqual([
      { line: 2, error: 'unexpected character after closing quote in field 1' },
      { line: 3, values: { a: '2', b: '3' } },
    ]);
  });

  it('stores a "__proto__" column as an ordinary value', async () => {
    const [row] = await rows('__proto__,b\nx,y\n');
    expect(row && 'values' in row && Object.hasOwn(row.values, '__proto__')).toBe(true);
    expect(row && 'values' in row && Object.getPrototypeOf(row.values)).toBe(Object.prototype);
  });

  it.each([
    ['a,B,b\n1,2,3\n', 'The CSV header repeats the column name "b" (columns 2 and 3)'],
    ['a, ,c\n1,2,3\n', 'The CSV header has an empty column name in column 2'],
    ['', 'The CSV file is empty: expected a header row'],
    ['\n\n', 'The CSV file is empty: expected a header row'],
    ['"a,b\n', 'The CSV header row (line 1) is malformed: unterminated quote: field 1 opened on line 1'],
  ])('rejects the header of %j up front', async (input, message) => {
    const error = await rows(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'validation_failed' });
    expect((error as AppError).message).toContain(message);
  });

  it('closes the source when the header is rejected', async () => {
    let closed = false;
    function* source(): Generator<Uint8Array> {
      try {
        yield utf8('a,a\n');
        yield utf8('1,2\n');
      } finally {
        closed = true;
      }
    }
    await expect(readCsvWithHeader(source()).next()).rejects.toThrow('repeats the column name');
    expect(closed).toBe(true);
  });

  it('returns the summary of the underlying reader', async () => {
    const reader = readCsvWithHeader([utf8('a\n1\n\n2\n')]);
    const seen: CsvRow[] = [];
    for (let next = await reader.next(); ; next = await reader.next()) {
      if (next.done) {
        expect(next.value).toMatchObject({ records: 3, errors: 0, blankLines: 1 });
        break;
      }
      seen.push(next.value);
    }
    expect(seen).toHaveLength(2);
  });
});
