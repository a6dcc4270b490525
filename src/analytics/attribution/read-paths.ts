import type { Journeys } from './journeys.js';

/**
 * Aggregated journeys in the layout other attribution tools use:
 *   path;total_conversions;total_conversion_value;total_null
 *   eta > iota > alpha;1;0.244;3
 * Each line is one distinct path with how often it converted, the value it brought and how often it
 * did not convert. The separator may be ';' or ','; the header names the columns in any order.
 */
export interface PathFile {
  journeys: Journeys;
  channelNames: string[];
  totals: { journeys: number; conversions: number; value: number; nulls: number };
}

export interface PathRowError {
  line: number;
  reason: string;
}

export class PathFileError extends Error {
  constructor(readonly errors: PathRowError[]) {
    super(
      `${errors.length} row(s) could not be read: ${errors
        .slice(0, 5)
        .map((e) => `line ${e.line}: ${e.reason}`)
        .join('; ')}${errors.length > 5 ? ' …' : ''}`,
    );
    this.name = 'PathFileError';
  }
}

const REQUIRED = ['path', 'total_conversions', 'total_conversion_value', 'total_null'] as const;

export function readPaths(text: string): PathFile {
  const lines = text.split(/\r?\n/);
  const header = lines[0]?.replace(/^\uFEFF/, '') ?? '';
  const separator = header.includes(';') ? ';' : ',';
  const columns = header.split(separator).map((c) => c.trim().toLowerCase());
  const at = Object.fromEntries(REQUIRED.map((name) => [name, columns.indexOf(name)])) as Record<
    (typeof REQUIRED)[number],
    number
  >;
  const missing = REQUIRED.filter((name) => at[name] < 0);
  if (missing.length > 0) {
    throw new PathFileError([{ line: 1, reason: `the header lacks ${missing.join(', ')}` }]);
  }
  const channelIndex = new Map<string, number>();
  const channelNames: string[] = [];
  const offsets: number[] = [0];
  const channels: number[] = [];
  const conversions: number[] = [];
  const values: number[] = [];
  const nulls: number[] = [];
  const errors: PathRowError[] = [];
  for (let n = 1; n < lines.length; n += 1) {
    const line = lines[n]!;
    if (line.trim() === '') continue;
    const cells = line.split(separator);
    const number = (name: (typeof REQUIRED)[number]) => Number((cells[at[name]] ?? '').trim());
    const steps = (cells[at.path] ?? '')
      .split('>')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    const row = {
      conversions: number('total_conversions'),
      value: number('total_conversion_value'),
      nulls: number('total_null'),
    };
    const bad = (['total_conversions', 'total_conversion_value', 'total_null'] as const).find((name) => {
      const v = number(name);
      return !Number.isFinite(v) || v < 0 || (cells[at[name]] ?? '').trim() === '';
    });
    if (cells.length !== columns.length)
      errors.push({ line: n + 1, reason: `expected ${columns.length} columns` });
    else if (steps.length === 0) errors.push({ line: n + 1, reason: 'the path is empty' });
    else if (bad) errors.push({ line: n + 1, reason: `${bad} must be a number ≥ 0` });
    else {
      for (const step of steps) {
        let channel = channelIndex.get(step);
        if (channel === undefined) {
          channel = channelNames.length;
          channelIndex.set(step, channel);
          channelNames.push(step);
        }
        channels.push(channel);
      }
      offsets.push(channels.length);
      conversions.push(row.conversions);
      values.push(row.value);
      nulls.push(row.nulls);
    }
  }
  if (errors.length > 0) throw new PathFileError(errors);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  return {
    journeys: {
      count: conversions.length,
      channelCount: channelNames.length,
      offsets: Int32Array.from(offsets),
      channels: Int32Array.from(channels),
      conversions: Float64Array.from(conversions),
      nulls: Float64Array.from(nulls),
      values: Float64Array.from(values),
    },
    channelNames,
    totals: {
      journeys: conversions.length,
      conversions: sum(conversions),
      value: sum(values),
      nulls: sum(nulls),
    },
  };
}
