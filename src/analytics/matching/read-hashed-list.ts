import { readCsvWithHeader } from '../../platform/csv/csv-header.js';
import type { RowProblem } from '../../platform/csv/row-problems.js';
import { invalidField } from '../../platform/errors.js';
import { classifyPopulation, type StandardPopulation } from './account-populations.js';
import { KEYED_HASH_PATTERN } from './hash-keys.js';
import { chunks } from './read-account-list.js';

/** The columns `trellis hash-accounts` writes, in its order. Nothing else may be uploaded. */
export const HASHED_LIST_COLUMNS = ['id', 'population', 'domain_hash', 'name_hash'] as const;
type HashedColumn = (typeof HASHED_LIST_COLUMNS)[number];

const MAX_REF_LENGTH = 200;

/** One row of a hashed list: the side's own id for the account, its population, and its keyed hashes. */
export interface HashedRecord {
  line: number;
  ref: string;
  population: StandardPopulation;
  domain: string | null;
  name: string | null;
}

export interface HashedList {
  records: HashedRecord[];
  rowsRead: number;
  rejections: RowProblem[];
}

function resolveHeader(header: readonly string[]): Partial<Record<HashedColumn, string>> {
  const columns: Partial<Record<HashedColumn, string>> = {};
  const unknown: string[] = [];
  for (const name of header) {
    const column = HASHED_LIST_COLUMNS.find((c) => c === name.trim().toLowerCase());
    if (column) columns[column] = name;
    else unknown.push(name);
  }
  const expected = `expected the columns ${HASHED_LIST_COLUMNS.join(', ')} as trellis hash-accounts writes them`;
  if (unknown.length > 0) {
    throw invalidField(
      'body',
      `has columns other than keyed hashes (${unknown.join(', ')}): only hashes are uploaded, never names or websites; ${expected}`,
    );
  }
  if (!columns.id || !columns.population || (!columns.domain_hash && !columns.name_hash)) {
    throw invalidField('body', `lacks columns: ${expected}`);
  }
  return columns;
}

/**
 * Reads a list of keyed hashes (CSV with the columns of HASHED_LIST_COLUMNS; UTF-8 or UTF-16 with BOM).
 * Every row ends up as a record or as rejections with its line: the id must be given and unique, the
 * population one of `populations` (as a CRM names it, see classifyPopulation; `defaultPopulation` when the
 * cell is empty), each hash as hashAccountKeys writes it or empty, and one hash at least.
 * Values are never quoted back in the problems, as they may be raw data uploaded by mistake.
 */
export async function readHashedList(
  bytes: Uint8Array,
  populations: readonly StandardPopulation[],
  defaultPopulation?: StandardPopulation | undefined,
): Promise<HashedList> {
  const list: HashedList = { records: [], rowsRead: 0, rejections: [] };
  const firstLine = new Map<string, number>();
  let columns: Partial<Record<HashedColumn, string>> | undefined;
  for await (const row of readCsvWithHeader(chunks(bytes))) {
    list.rowsRead++;
    if ('error' in row) {
      list.rejections.push({ line: row.line, field: 'row', message: row.error });
      continue;
    }
    columns ??= resolveHeader(Object.keys(row.values));
    const value = (column: HashedColumn) => {
      const name = columns![column];
      return name === undefined ? '' : (row.values[name] ?? '').trim();
    };
    const problems: { field: string; message: string }[] = [];
    const ref = value('id');
    if (!ref) problems.push({ field: 'id', message: 'is empty' });
    else if (ref.length > MAX_REF_LENGTH) {
      problems.push({ field: 'id', message: `is longer than ${MAX_REF_LENGTH} characters` });
    } else {
      const earlier = firstLine.get(ref);
      if (earlier !== undefined) problems.push({ field: 'id', message: `repeats the id of line ${earlier}` });
      else firstLine.set(ref, row.line);
    }
    const population = value('population') ? classifyPopulation(value('population')) : defaultPopulation;
    if (!population || population === 'former_customer' || !populations.includes(population)) {
      problems.push({
        field: 'population',
        message: value('population')
          ? `is not one of ${populations.join(', ')}`
          : `is empty: give one of ${populations.join(', ')}, or a default population`,
      });
    }
    const hashes = { domain: value('domain_hash'), name: value('name_hash') };
    for (const [key, hash] of Object.entries(hashes)) {
      if (hash && !KEYED_HASH_PATTERN.test(hash)) {
        problems.push({
          field: `${key}_hash`,
          message: 'is not a keyed hash (43 base64url characters, as trellis hash-accounts writes)',
        });
      }
    }
    if (!hashes.domain && !hashes.name) {
      problems.push({ field: 'row', message: 'has neither a domain hash nor a name hash' });
    }
    if (problems.length > 0) {
      list.rejections.push(...problems.map((p) => ({ line: row.line, ...p })));
      continue;
    }
    list.records.push({
      line: row.line,
      ref,
      population: population as StandardPopulation,
      domain: hashes.domain || null,
      name: hashes.name || null,
    });
  }
  return list;
}
