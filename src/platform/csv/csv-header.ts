import { AppError } from '../errors.js';
import { type CsvOptions, type CsvRecord, type CsvSummary, readCsv } from './read-csv.js';

export type CsvRow = { line: number; values: Record<string, string> } | { line: number; error: string };

/**
 * Reads a CSV whose first record is the header. Header names are trimmed; an empty name or a name
 * repeated (case-insensitively, so column mapping can ignore case) throws a `validation_failed` AppError
 * on the first `next()`, as does an input without any record or a malformed header record.
 * Later records whose field count differs from the header come out as error rows.
 */
export async function* readCsvWithHeader(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: CsvOptions = {},
): AsyncGenerator<CsvRow, CsvSummary, undefined> {
  const records = readCsv(source, options);
  let finished = false;
  try {
    const first = await records.next();
    if (first.done) {
      finished = true;
      throw new AppError('validation_failed', 'The CSV file is empty: expected a header row');
    }
    const header = parseHeader(first.value);
    for (;;) {
      const next = await records.next();
      if (next.done) {
        finished = true;
        return next.value;
      }
      yield toRow(header, next.value);
    }
  } finally {
    // Closes the underlying source when the consumer stops early or the header is rejected.
    if (!finished) await records.return(undefined as never);
  }
}

export function parseHeader(record: CsvRecord): string[] {
  if ('error' in record) {
    throw new AppError(
      'validation_failed',
      `The CSV header row (line ${record.line}) is malformed: ${record.error}`,
    );
  }
  const names = record.fields.map((name) => name.replace(/^\uFEFF/, '').trim());
  const seen = new Map<string, number>();
  names.forEach((name, index) => {
    if (name === '') {
      throw new AppError(
        'validation_failed',
        `The CSV header has an empty column name in column ${index + 1}`,
      );
    }
    const earlier = seen.get(name.toLowerCase());
    if (earlier !== undefined) {
      throw new AppError(
        'validation_failed',
        `The CSV header repeats the column name "${name}" (columns ${earlier + 1} and ${index + 1})`,
      );
    }
    seen.set(name.toLowerCase(), index);
  });
  return names;
}

function toRow(header: string[], record: CsvRecord): CsvRow {
  if ('error' in record) return record;
  if (record.fields.length !== header.length) {
    return { line: record.line, error: `expected ${header.length} fields, found ${record.fields.length}` };
  }
  // fromEntries defines own properties, so a "__proto__" column is stored as data, not as the prototype.
  return {
    line: record.line,
    values: Object.fromEntries(header.map((name, i) => [name, record.fields[i]!])),
  };
}
