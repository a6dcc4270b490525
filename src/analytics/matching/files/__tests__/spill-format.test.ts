import { describe, expect, it } from 'vitest';
import { csvCell, csvDataLine, csvLine } from '../../../../platform/csv/csv-cell.js';
import {
  escapeField,
  partitionOf,
  readSpilledAccount,
  spilledRow,
  spillLine,
  unescapeField,
} from '../spill-format.js';

describe('partition lines', () => {
  it('keep any text of a field on one line and give it back unchanged', () => {
    for (const value of [
      'plain',
      'tab\there',
      'two\nlines\r\n',
      'back\\slash \\t not a tab',
      '\\',
      'Zoë 漢字 😀',
    ]) {
      expect(escapeField(value)).not.toMatch(/[\t\n\r]/);
      expect(unescapeField(escapeField(value))).toBe(value);
    }
    const line = spillLine('kestrel.io', '', 42, 'id\t1', 'Kestrel\nAnalytics', 'Customer\\Direct');
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    const text = line.slice(0, -1);
    expect(readSpilledAccount(text)).toEqual({
      row: 42,
      id: 'id\t1',
      name: 'Kestrel\nAnalytics',
      population: 'Customer\\Direct',
    });
    expect(spilledRow(text)).toBe(42);
  });

  it('put equal keys in the same partition, within range', () => {
    for (const partitions of [1, 7, 64]) {
      const p = partitionOf('kestrel analytics', partitions);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThan(partitions);
      expect(partitionOf('kestrel analytics', partitions)).toBe(p);
    }
  });
});

describe('CSV cells', () => {
  it('quote what needs quoting and neutralise formulas for spreadsheets', () => {
    expect(csvLine(['a', 'b, c', 'say "hi"', 'x\ny', 1, null])).toBe('a,"b, c","say ""hi""","x\ny",1,\r\n');
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx'])
      expect(csvCell(formula)).toBe(`'${formula}`);
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
  });

  it('keep data for programs exactly, quoting only', () => {
    expect(csvDataLine(['-abc_123', '=x', 'a,b', null])).toBe('-abc_123,=x,"a,b",\r\n');
  });
});
