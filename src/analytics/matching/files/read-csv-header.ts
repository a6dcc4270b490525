import { createReadStream } from 'node:fs';
import { parseHeader } from '../../../platform/csv/csv-header.js';
import { readCsv } from '../../../platform/csv/read-csv.js';
import { AppError } from '../../../platform/errors.js';

/** Chunk size for reading input files; the header is read with the same, so both sniff the same sample. */
export const READ_CHUNK_BYTES = 1024 * 1024;

/** The header of a CSV file as readCsvWithHeader reads it (same errors), without reading the rest. */
export async function readCsvHeader(path: string): Promise<string[]> {
  const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES });
  const records = readCsv(stream);
  try {
    const first = await records.next();
    if (first.done) throw new AppError('validation_failed', 'The CSV file is empty: expected a header row');
    return parseHeader(first.value);
  } finally {
    await records.return(undefined as never);
    stream.destroy();
  }
}
