/**
 * Lines of the partition files: `key \t other \t row \t id \t name \t population`. `key` is the record's
 * domain or name key (normalized, so it holds no tab or line break), `other` its domain in name partitions
 * (the exact-name confidence and the fuzzy rule depend on it) and empty in domain partitions; `row` is the
 * record's position among the accepted rows of its file. The raw text fields are escaped so that every
 * record is one line, and only unescaped for records that appear in a match.
 */
export type PartitionKind = 'domain' | 'name';

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

export function escapeField(value: string): string {
  return NEEDS_ESCAPE.test(value) ? value.replace(/[\\\t\n\r]/g, (char) => ESCAPES[char]!) : value;
}

export function unescapeField(value: string): string {
  return value.includes('\\') ? value.replace(/\\([\\tnr])/g, (_, char: string) => UNESCAPES[char]!) : value;
}

export function spillLine(
  key: string,
  other: string,
  row: number,
  id: string,
  name: string,
  population: string,
): string {
  return `${key}\t${other}\t${row}\t${escapeField(id)}\t${escapeField(name)}\t${escapeField(population)}\n`;
}

/** The parts of a partition line a match reports. */
export interface SpilledAccount {
  row: number;
  id: string;
  name: string;
  population: string;
}

export function readSpilledAccount(line: string): SpilledAccount {
  const a = line.indexOf('\t', line.indexOf('\t') + 1);
  const b = line.indexOf('\t', a + 1);
  const c = line.indexOf('\t', b + 1);
  const d = line.indexOf('\t', c + 1);
  return {
    row: Number(line.slice(a + 1, b)),
    id: unescapeField(line.slice(b + 1, c)),
    name: unescapeField(line.slice(c + 1, d)),
    population: unescapeField(line.slice(d + 1)),
  };
}

/** The row number of a partition line, without splitting the rest. */
export function spilledRow(line: string): number {
  const first = line.indexOf('\t');
  const second = line.indexOf('\t', first + 1);
  return Number(line.slice(second + 1, line.indexOf('\t', second + 1)));
}

/** FNV-1a of the key, so equal keys of both files land in the same partition. */
export function partitionOf(key: string, partitions: number): number {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return (hash >>> 0) % partitions;
}

export function partitionFileName(
  side: 'vendor' | 'partner',
  kind: PartitionKind,
  partition: number,
): string {
  return `${side}-${kind}-${partition}.tsv`;
}
