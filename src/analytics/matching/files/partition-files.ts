import { isAscii } from 'node:buffer';
import { appendFileSync, closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { MatchableRecord } from '../match-exactly.js';
import { type PartitionKind, partitionFileName } from './spill-format.js';

export type Side = 'vendor' | 'partner';

export interface PartitionWriters {
  write(partition: number, line: string): void;
  close(): void;
}

/**
 * One file per partition. Lines are encoded into a byte buffer per partition, appended to the file with an
 * open–write–close when full: memory stays fixed (about 16 MB for all partitions, no string per line kept)
 * and hundreds of partitions never hold hundreds of file descriptors (macOS allows 256 by default).
 */
export function openPartitionWriters(
  dir: string,
  side: Side,
  kind: PartitionKind,
  partitions: number,
): PartitionWriters {
  const bufferBytes = Math.min(256 * 1024, Math.max(16 * 1024, Math.floor(BUFFERED_BYTES / partitions)));
  const buffers = new Map<number, { bytes: Buffer; used: number }>();
  const pathOf = (partition: number) => join(dir, partitionFileName(side, kind, partition));
  const flush = (partition: number, buffer: { bytes: Buffer; used: number }) => {
    if (buffer.used > 0) appendFileSync(pathOf(partition), buffer.bytes.subarray(0, buffer.used));
    buffer.used = 0;
  };
  return {
    write(partition, line) {
      let buffer = buffers.get(partition);
      if (!buffer) {
        buffer = { bytes: Buffer.allocUnsafe(bufferBytes), used: 0 };
        buffers.set(partition, buffer);
      }
      // A character takes at most 3 bytes in UTF-8 (a surrogate pair, 2 characters, takes 4).
      if (buffer.used + 3 * line.length > bufferBytes) flush(partition, buffer);
      if (3 * line.length > bufferBytes) appendFileSync(pathOf(partition), line);
      else buffer.used += buffer.bytes.write(line, buffer.used);
    },
    close() {
      for (const [partition, buffer] of buffers) flush(partition, buffer);
      buffers.clear();
    },
  };
}

const BUFFERED_BYTES = 16 * 1024 * 1024;

/** The keys of one side's partition, and each record's line for the matches to report. */
export interface LoadedPartition {
  records: MatchableRecord[];
  line(index: number): string;
}

const EMPTY: LoadedPartition = { records: [], line: () => '' };
/** Decoded a slice at a time, so a partition larger than the longest string V8 allows still loads. */
const SLICE_BYTES = 16 * 1024 * 1024;

/**
 * Reads the keys of a partition file. Lines stay inside the decoded text (start and end offsets) and
 * are cut out only for records that match, which saves a string per record.
 */
export function loadPartition(
  dir: string,
  side: Side,
  kind: PartitionKind,
  partition: number,
): LoadedPartition {
  const path = join(dir, partitionFileName(side, kind, partition));
  if (!existsSync(path)) return EMPTY;
  const records: MatchableRecord[] = [];
  const texts: string[] = [];
  const textOf: number[] = [];
  const starts: number[] = [];
  for (const text of readTextSlices(path)) {
    const at = texts.push(text) - 1;
    for (let start = 0; start < text.length; ) {
      const tab = text.indexOf('\t', start);
      const key = text.slice(start, tab);
      if (kind === 'domain') records.push({ domain: key, name: null });
      else {
        const other = text.slice(tab + 1, text.indexOf('\t', tab + 1));
        records.push({ domain: other || null, name: key });
      }
      textOf.push(at);
      starts.push(start);
      start = text.indexOf('\n', tab) + 1;
    }
  }
  return {
    records,
    line(index) {
      const text = texts[textOf[index]!]!;
      const start = starts[index]!;
      return text.slice(start, text.indexOf('\n', start));
    },
  };
}

/** Lines of a partition file, one array per slice of the file. */
export function* readLineBatches(path: string): Generator<string[]> {
  for (const text of readTextSlices(path)) yield text.slice(0, -1).split('\n');
}

/** The text of a file written by openPartitionWriters, in slices of whole lines (each ending with \n). */
function* readTextSlices(path: string): Generator<string> {
  const size = statSync(path).size;
  const fd = openSync(path, 'r');
  try {
    let carry = Buffer.alloc(0);
    let position = 0;
    while (position < size) {
      const chunk = Buffer.allocUnsafe(Math.min(SLICE_BYTES, size - position));
      const read = readSync(fd, chunk, 0, chunk.length, position);
      if (read === 0) break;
      position += read;
      const bytes = carry.length ? Buffer.concat([carry, chunk.subarray(0, read)]) : chunk.subarray(0, read);
      const end = bytes.lastIndexOf(0x0a) + 1;
      carry = Buffer.from(bytes.subarray(end));
      if (end === 0) continue;
      // Keys and most names are ASCII, which decodes faster as Latin-1 (the same characters).
      const text = bytes.subarray(0, end);
      yield isAscii(text) ? text.toString('latin1') : text.toString('utf8');
    }
  } finally {
    closeSync(fd);
  }
}
