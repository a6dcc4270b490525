import { describe, expect, it } from 'vitest';
import { PathFileError, readPaths } from '../read-paths.js';

describe('readPaths', () => {
  it('reads paths, channel ids in order of appearance and totals, in any column order', () => {
    const file = readPaths(
      [
        'total_null,path,total_conversions,total_conversion_value',
        '3,eta > iota > eta,1,0.25',
        '0,iota,2,3.5',
        '',
      ].join('\r\n'),
    );
    expect(file.channelNames).toEqual(['eta', 'iota']);
    expect([...file.journeys.offsets]).toEqual([0, 3, 4]);
    expect([...file.journeys.channels]).toEqual([0, 1, 0, 1]);
    expect([...file.journeys.nulls]).toEqual([3, 0]);
    expect(file.totals).toEqual({ journeys: 2, conversions: 3, value: 3.75, nulls: 3 });
  });

  it('reports every bad row with its line and reason', () => {
    const read = () =>
      readPaths('path;total_conversions;total_conversion_value;total_null\na;1;2\nb;-1;0;0\nc;1;;0\n');
    expect(read).toThrow(PathFileError);
    try {
      read();
    } catch (error) {
      expect((error as PathFileError).errors).toEqual([
        { line: 2, reason: 'expected 4 columns' },
        { line: 3, reason: 'total_conversions must be a number ≥ 0' },
        { line: 4, reason: 'total_conversion_value must be a number ≥ 0' },
      ]);
    }
  });

  it('refuses a header without the columns it needs', () => {
    expect(() => readPaths('path;conversions\na;1\n')).toThrow(/header lacks total_conversions/);
  });
});
