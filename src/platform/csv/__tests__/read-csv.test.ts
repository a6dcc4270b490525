import { describe, expect, it } from 'vitest';
import { type CsvOptions, type CsvRecord, type CsvSummary, readCsv, summarizeCsv } from '../read-csv.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const oneByteChunks = (bytes: Uint8Array): Uint8Array[] => Array.from(bytes, (b) => Uint8Array.of(b));
const utf16le = (text: string): Uint8Array =>
  Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Uint8Array =>
  Buffer.concat([Buffer.of(0xfe, 0xff), Buffer.from(text, 'utf16le').swap16()]);

async function readAll(
  chunks: Uint8Array[],
  options?: CsvOptions,
): Promise<{ records: CsvRecord[]; summary: CsvSummary }> {
  const reader = readCsv(chunks, options);
  const records: CsvRecord[] = [];
  for (;;) {
    const next = await reader.next();
    if (next.done) return { records, summary: next.value };
    records.push(next.value);
  }
}

const read = async (input: string | Uint8Array, options?: CsvOptions): Promise<CsvRecord[]> =>
  (await readAll([typeof input === 'string' ? utf8(input) : input], options)).records;

describe('readCsv encodings', () => {
  const text = 'name,city\nZoë,Kraków\n漢字,😀\n';
  const expected: CsvRecord[] = [
    { line: 1, fields: ['name', 'city'] },
    { line: 2, fields: ['Zoë', 'Kraków'] },
    { line: 3, fields: ['漢字', '😀'] },
  ];

  it('reads UTF-8 without a BOM', async () => {
    const { records, summary } = await readAll([utf8(text)]);
    expect(records).toEqual(expected);
    expect(summary).toMatchObject({ encoding: 'utf-8', records: 3, errors: 0 });
  });

  it('strips a UTF-8 BOM', async () => {
    const { records, summary } = await readAll([Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(text))]);
    expect(records).toEqual(expected);
    expect(summary.encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE and BE with a BOM', async () => {
    const le = await readAll([utf16le(text)]);
    const be = await readAll([utf16be(text)]);
    expect(le.records).toEqual(expected);
    expect(be.records).toEqual(expected);
    expect([le.summary.encoding, be.summary.encoding]).toEqual(['utf-16le', 'utf-16be']);
  });

  it('decodes characters split across 1-byte chunks in every encoding', async () => {
    const withBom = Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(text));
    for (const bytes of [utf8(text), withBom, utf16le(text), utf16be(text)]) {
      expect((await readAll(oneByteChunks(bytes))).records).toEqual(expected);
    }
  });

  it('keeps a U+FEFF that is data rather than a leading BOM', async () => {
    const bytes = utf8('a,\uFEFFb\n');
    expect(await read(bytes)).toEqual([{ line: 1, fields: ['a', '\uFEFFb'] }]);
    expect((await readAll(oneByteChunks(bytes))).records).toEqual([{ line: 1, fields: ['a', '\uFEFFb'] }]);
  });

  it('turns a record with invalid UTF-8 into an error and carries on', async () => {
    const bytes = Uint8Array.of(...utf8('a,b\nc,'), 0xff, ...utf8('x\nd,e\n'));
    const expectedRecords = [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: 'invalid UTF-8' },
      { line: 3, fields: ['d', 'e'] },
    ];
    expect(await read(bytes)).toEqual(expectedRecords);
    expect((await readAll(oneByteChunks(bytes))).records).toEqual(expectedRecords);
  });

  it('rejects overlong forms, encoded surrogates and a sequence truncated at end of input', async () => {
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0x80]]) {
      expect(await read(Uint8Array.of(...utf8('ok\n'), ...bad))).toEqual([
        { line: 1, fields: ['ok'] },
        { line: 2, error: 'invalid UTF-8' },
      ]);
    }
  });

  it('reports unpaired surrogates in UTF-16 input', async () => {
    const bytes = Buffer.concat([Buffer.from(utf16le('a\n')), Buffer.of(0x00, 0xd8, 0x41, 0x00, 0x0a, 0x00)]);
    expect(await read(bytes)).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, error: 'invalid UTF-16LE' },
    ]);
  });
});

describe('readCsv delimiter sniffing', () => {
  it('picks comma, semicolon or tab by a consistent field count', async () => {
    const cases: [string, string][] = [
      ['a,b,c\n1,2,3\n', ','],
      ['name;amount\nAcme;1,5\nGlobex;2\n', ';'],
      ['name\tnote\nAcme\thello, world; bye\n', '\t'],
    ];
    for (const [input, delimiter] of cases) {
      const { summary } = await readAll([utf8(input)]);
      expect(summary.delimiter).toBe(delimiter);
    }
  });

  it('ignores delimiters inside quoted fields', async () => {
    const { records, summary } = await readAll([utf8('"a;b;c",d\n"e;f;g",h\n')]);
    expect(summary.delimiter).toBe(',');
    expect(records[1]).toEqual({ line: 2, fields: ['e;f;g', 'h'] });
  });

  it('falls back to the widest first record, then to comma', async () => {
    expect((await readAll([utf8('a;b;c\n1;2\n')])).summary.delimiter).toBe(';');
    expect((await readAll([utf8('single\ncolumn\n')])).summary.delimiter).toBe(',');
  });

  it('sniffs from the first lines of a long input fed in 1-byte chunks', async () => {
    const input = `id;name\n${Array.from({ length: 50 }, (_, i) => `${i};n,${i}`).join('\n')}\n`;
    const { records, summary } = await readAll(oneByteChunks(utf8(input)));
    expect(summary).toMatchObject({ delimiter: ';', records: 51, errors: 0 });
    expect(records[50]).toEqual({ line: 51, fields: ['49', 'n,49'] });
  });

  it('uses an explicit delimiter without sniffing', async () => {
    expect(await read('a;b,c\n', { delimiter: ',' })).toEqual([{ line: 1, fields: ['a;b', 'c'] }]);
  });
});

describe('readCsv quoting and line endings', () => {
  it('keeps delimiters, doubled quotes and line breaks inside quotes', async () => {
    const input = '"a,1","say ""hi""",""\r\n"multi\r\nline\nand\rcr",x\nnext,y\n';
    expect(await read(input)).toEqual([
      { line: 1, fields: ['a,1', 'say "hi"', ''] },
      { line: 2, fields: ['multi\r\nline\nand\rcr', 'x'] },
      { line: 6, fields: ['next', 'y'] },
    ]);
  });

  it('ends records on CRLF, LF and lone CR, also when CRLF is split across chunks', async () => {
    const input = 'a,b\r\nc,d\re,f\ng,h';
    const expected = [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
      { line: 4, fields: ['g', 'h'] },
    ];
    expect(await read(input)).toEqual(expected);
    expect((await readAll(oneByteChunks(utf8(input)))).records).toEqual(expected);
  });

  it('adds no record for a trailing newline and skips blank lines while counting them', async () => {
    const { records, summary } = await readAll([utf8('a,b\n\n\r\nc,d\n\n')]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['c', 'd'] },
    ]);
    expect(summary).toMatchObject({ records: 2, errors: 0, blankLines: 3 });
  });

  it('keeps empty fields and lines made only of delimiters', async () => {
    expect(await read(',,\n""\n', { delimiter: ',' })).toEqual([
      { line: 1, fields: ['', '', ''] },
      { line: 2, fields: [''] },
    ]);
  });

  it('reads nothing from empty input', async () => {
    const { records, summary } = await readAll([]);
    expect(records).toEqual([]);
    expect(summary).toEqual({ encoding: 'utf-8', delimiter: ',', records: 0, errors: 0, blankLines: 0 });
  });

  it('accepts a stray quote inside an unquoted field literally', async () => {
    expect(await read('size,label\n5" disk,a"b"\n')).toEqual([
      { line: 1, fields: ['size', 'label'] },
      { line: 2, fields: ['5" disk', 'a"b"'] },
    ]);
  });

  it('rejects text after a closing quote and resumes on the next record', async () => {
    expect(await read('a,b\n"say "hi" now",x\nc,d\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: 'unexpected character after closing quote in field 1' },
      { line: 3, fields: ['c', 'd'] },
    ]);
  });

  it('reports an unterminated quote at end of input with the line it opened on', async () => {
    expect(await read('a,b\nc,"never\nclosed\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: 'unterminated quote: field 2 opened on line 2 is never closed' },
    ]);
  });
});

describe('readCsv limits', () => {
  it('turns a field longer than maxFieldBytes (in UTF-8 bytes) into an error record', async () => {
    const options: CsvOptions = { delimiter: ',', maxFieldBytes: 5 };
    expect(await read('12345,ééé\nabc,ééx\n', options)).toEqual([
      { line: 1, error: 'field 2 is longer than 5 bytes' },
      { line: 2, fields: ['abc', 'ééx'] },
    ]);
  });

  it('counts a character outside the BMP as 4 bytes', async () => {
    expect(await read('😀\n😀a\n', { maxFieldBytes: 4 })).toEqual([
      { line: 1, fields: ['😀'] },
      { line: 2, error: 'field 1 is longer than 4 bytes' },
    ]);
  });

  it('reads past a huge quoted field without keeping it', async () => {
    const huge = 'x'.repeat(3 * 1_048_576);
    const { records } = await readAll([utf8('a,b\n"'), utf8(huge), utf8(huge), utf8('",y\nc,d\n')]);
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: 'field 1 is longer than 1048576 bytes' },
      { line: 3, fields: ['c', 'd'] },
    ]);
  });

  it('turns a record with more than maxRowFields fields into an error record', async () => {
    expect(await read('a,b,c\nd,e\n', { maxRowFields: 2 })).toEqual([
      { line: 1, error: 'record has more than 2 fields' },
      { line: 2, fields: ['d', 'e'] },
    ]);
  });
});

describe('readCsv streaming', () => {
  it('reads 200,000 rows from a lazily generated source without holding them', async () => {
    const rows = 200_000;
    async function* source(): AsyncGenerator<Uint8Array> {
      const encoder = new TextEncoder();
      yield encoder.encode('id,name,amount\r\n');
      for (let start = 0; start < rows; start += 1000) {
        let chunk = '';
        for (let i = start; i < start + 1000; i++) chunk += `${i},"Partner ${i}, Inc.",${i % 7}\r\n`;
        yield encoder.encode(chunk);
      }
    }
    let count = 0;
    let amountTotal = 0;
    let lastLine = 0;
    for await (const record of readCsv(source())) {
      if ('error' in record) throw new Error(record.error);
      count++;
      lastLine = record.line;
      if (record.line > 1) amountTotal += Number(record.fields[2]);
    }
    expect(count).toBe(rows + 1);
    expect(lastLine).toBe(rows + 1);
    expect(amountTotal).toBe(Array.from({ length: rows }, (_, i) => i % 7).reduce((a, b) => a + b, 0));
  });

  it('summarizes without the caller iterating', async () => {
    expect(await summarizeCsv([utf8('a\tb\n\n1\t2\n"x\n')])).toEqual({
      encoding: 'utf-8',
      delimiter: '\t',
      records: 2,
      errors: 1,
      blankLines: 1,
    });
  });
});
