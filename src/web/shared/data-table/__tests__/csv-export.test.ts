import { describe, expect, it } from 'vitest';
import { fetchAll, toCsv } from '../csv-export';

interface Row {
  name: string;
  fit: number | null;
}

const columns = [
  { header: 'Name', value: (r: Row) => r.name },
  { header: 'Fit', value: (r: Row) => r.fit },
];

describe('toCsv', () => {
  it('writes a header and one line per row, CRLF-terminated', () => {
    expect(toCsv(columns, [{ name: 'Acme', fit: 80 }])).toBe('Name,Fit\r\nAcme,80\r\n');
  });

  it('quotes commas, quotes and line breaks, and leaves empty values empty', () => {
    const csv = toCsv(columns, [{ name: 'Smith, "Jones" & Co\nLtd', fit: null }]);
    expect(csv).toBe('Name,Fit\r\n"Smith, ""Jones"" & Co\nLtd",\r\n');
  });

  it('neutralises values a spreadsheet would run as formulas', () => {
    const csv = toCsv(columns, [
      { name: '=HYPERLINK("http://x")', fit: 1 },
      { name: '+1', fit: 2 },
      { name: '@SUM(A1)', fit: 3 },
      { name: '-2', fit: 4 },
    ]);
    const names = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.slice(0, line.lastIndexOf(',')));
    expect(names).toEqual([`"'=HYPERLINK(""http://x"")"`, "'+1", "'@SUM(A1)", "'-2"]);
  });
});

describe('fetchAll', () => {
  it('follows next cursors until the last page and reports progress', async () => {
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      start: { items: [1, 2], nextCursor: 'b' },
      b: { items: [3, 4], nextCursor: 'c' },
      c: { items: [5], nextCursor: null },
    };
    const seen: number[] = [];
    const rows = await fetchAll(
      async (cursor) => pages[cursor ?? 'start']!,
      (n) => seen.push(n),
    );
    expect(rows).toEqual([1, 2, 3, 4, 5]);
    expect(seen).toEqual([2, 4, 5]);
  });
});
