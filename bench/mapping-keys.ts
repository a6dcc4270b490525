/**
 * The normalized keys of an account file, one accepted row per line (`id \t domain \t name`), read exactly
 * as mapAccountFiles reads it, so DuckDB joins the same keys. Also reads a match set back from a file.
 */
import { createReadStream } from 'node:fs';
import { resolveColumns } from '../src/analytics/matching/account-columns.js';
import { openBufferedWriter } from '../src/analytics/matching/files/buffered-writer.js';
import { READ_CHUNK_BYTES, readCsvHeader } from '../src/analytics/matching/files/read-csv-header.js';
import { escapeField } from '../src/analytics/matching/files/spill-format.js';
import { readAccountRow } from '../src/analytics/matching/read-account-row.js';
import { readCsvWithHeader } from '../src/platform/csv/csv-header.js';

export async function writeKeysFile(csvPath: string, outPath: string): Promise<number> {
  const { columns } = resolveColumns(await readCsvHeader(csvPath));
  const writer = openBufferedWriter(outPath, 1 << 20);
  let rows = 0;
  try {
    writer.write('id\tdomain\tname\n');
    for await (const row of readCsvWithHeader(
      createReadStream(csvPath, { highWaterMark: READ_CHUNK_BYTES }),
    )) {
      if ('error' in row) continue;
      const read = readAccountRow(row.line, row.values, columns);
      if (!read.ok) continue;
      const { id, keys } = read.record;
      writer.write(`${escapeField(id)}\t${keys.domain ?? ''}\t${keys.name ?? ''}\n`);
      rows++;
    }
  } finally {
    writer.close();
  }
  return rows;
}

/**
 * Counts per rule and an order-independent fingerprint of (vendor_id, partner_id, rule) triples: the sum
 * of two 32-bit hashes of each triple, so the same set gives the same value in any order.
 */
export interface MatchSetPrint {
  counts: Record<string, number>;
  fingerprint: string;
}

export function createMatchSetPrint(): {
  add(vendorId: string, partnerId: string, rule: string): void;
  done(): MatchSetPrint;
} {
  const counts: Record<string, number> = {};
  let low = 0;
  let high = 0;
  return {
    add(vendorId, partnerId, rule) {
      counts[rule] = (counts[rule] ?? 0) + 1;
      const text = `${vendorId}\t${partnerId}\t${rule}`;
      let a = 2166136261;
      let b = 0x9747b28c;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        a = Math.imul(a ^ code, 16777619);
        b = Math.imul(b ^ code, 0x5bd1e995);
        b ^= b >>> 13;
      }
      low = (low + (a >>> 0)) >>> 0;
      high = (high + (b >>> 0)) >>> 0;
    },
    done: () => ({
      counts,
      fingerprint: high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0'),
    }),
  };
}

/** The match set of an overlaps CSV written by mapAccountFiles, restricted to the given rules. */
export async function printOverlapsFile(path: string, rules: readonly string[]): Promise<MatchSetPrint> {
  const print = createMatchSetPrint();
  for await (const row of readCsvWithHeader(createReadStream(path, { highWaterMark: READ_CHUNK_BYTES }))) {
    if ('error' in row) throw new Error(`${path} line ${row.line}: ${row.error}`);
    const { vendor_id, partner_id, rule } = row.values as Record<string, string>;
    if (rules.includes(rule!)) print.add(vendor_id!, partner_id!, rule!);
  }
  return print.done();
}
