import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { csvLine } from '../../../platform/csv/csv-cell.js';
import type { ColumnMapping } from '../account-columns.js';
import type { MatchRule } from '../match-rules.js';
import { concatFiles } from './concat-files.js';
import {
  type ExactJoinResult,
  type ExactJoinSeconds,
  type ExactJoinTask,
  joinExactPartitions,
} from './join-exact-partitions.js';
import { matchFuzzyFiles } from './match-fuzzy-files.js';
import { mergeOverlapStats, OVERLAP_COLUMNS, type PopulationPair } from './overlap-output.js';
import type { Side } from './partition-files.js';
import { accountFileColumns, accountFileSize } from './read-account-file.js';
import { runInWorker } from './run-in-worker.js';
import { type SpillResult, type SpillTask, spillAccountFile } from './spill-account-file.js';

/** Reading both files (into partition files), the exact join, the fuzzy pass. */
export type MappingPhase = 'read' | 'join' | 'fuzzy';

export interface MapAccountFilesOptions {
  vendorPath: string;
  partnerPath: string;
  /** Default overlaps.csv in the working directory; the rejection report goes next to it. */
  outPath?: string;
  columns?: { vendor?: ColumnMapping; partner?: ColumnMapping };
  fuzzy?: boolean;
  /** Where the partition files go (a fresh directory inside it, removed at the end); default the OS's. */
  tempDir?: string;
  /**
   * Default: 64 per million rows of the larger file, estimated from its size. Small partitions join
   * faster (their hash maps stay in cache and die young); each one is a few files.
   */
  partitions?: number;
  /** Most unmatched partner names the fuzzy pass indexes at once (default 100,000, which takes about 0.6 GB). */
  fuzzyBatchRows?: number;
  /**
   * Threads for reading (one per file) and for the exact join (default 2, at most the cores there are);
   * 1 runs everything in the calling thread.
   */
  threads?: number;
  /** Bytes read of both files while reading, partitions done while joining and matching fuzzily. */
  onProgress?: (phase: MappingPhase, done: number, total: number) => void;
}

export interface SideSummary extends Omit<SpillResult, 'named' | 'csv'> {
  path: string;
  columns: ColumnMapping;
  encoding: string;
  delimiter: string;
}

export interface MappingSummary {
  outPath: string;
  rejectedPath: string;
  vendor: SideSummary;
  partner: SideSummary;
  partitions: number;
  threads: number;
  matches: Record<MatchRule, number> & { total: number };
  byPopulation: PopulationPair[];
  partnerAccountsMatched: number;
  /** Partner names the fuzzy pass indexed (no exact rule matched them); 0 without the fuzzy pass. */
  fuzzyCandidates: number;
  /** Wall time per phase; read_vendor and read_partner overlap when two threads read. */
  seconds: Record<MappingPhase | 'read_vendor' | 'read_partner' | 'total', number>;
  /** The exact join phase in parts, of the thread that took longest: partition files read, matchExactly, writing. */
  exactJoin: ExactJoinSeconds;
}

const ROWS_PER_PARTITION = 15_625;
const DEFAULT_FUZZY_BATCH_ROWS = 100_000;
/** A conservative guess of a CRM export's bytes per row, for the partition count only. */
const BYTES_PER_ROW_GUESS = 64;

/**
 * Maps a vendor's and a partner's account files (CSV exports) without a database and in bounded memory:
 * each file is read once and its accepted rows are spilled to partition files by a hash of the domain key
 * and of the name key; each partition is then joined exactly in memory (matchExactly), and the partner
 * rows no exact rule matched are matched fuzzily against every vendor name. The overlaps are written as
 * they are found. Rows that cannot be read or carry no key are reported, never dropped.
 */
export async function mapAccountFiles(options: MapAccountFilesOptions): Promise<MappingSummary> {
  const started = performance.now();
  const outPath = resolve(options.outPath ?? 'overlaps.csv');
  const rejectedPath = `${outPath.replace(/\.csv$/i, '')}.rejected.csv`;
  const [vendorSize, partnerSize] = await Promise.all([
    accountFileSize('vendor file', options.vendorPath),
    accountFileSize('partner file', options.partnerPath),
  ]);
  const [vendorColumns, partnerColumns] = await Promise.all([
    accountFileColumns('vendor file', options.vendorPath, options.columns?.vendor),
    accountFileColumns('partner file', options.partnerPath, options.columns?.partner),
  ]);
  const partitions =
    options.partitions ??
    Math.min(
      4096,
      Math.max(1, Math.ceil(Math.max(vendorSize, partnerSize) / BYTES_PER_ROW_GUESS / ROWS_PER_PARTITION)),
    );
  const threads = Math.max(1, Math.min(options.threads ?? 2, availableParallelism()));
  const progress = options.onProgress;
  const seconds: MappingSummary['seconds'] = {
    read: 0,
    read_vendor: 0,
    read_partner: 0,
    join: 0,
    fuzzy: 0,
    total: 0,
  };
  const timed = async <T>(phase: MappingPhase, work: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      seconds[phase] = (performance.now() - start) / 1000;
    }
  };

  await mkdir(dirname(outPath), { recursive: true });
  const dir = await mkdtemp(join(options.tempDir ?? tmpdir(), 'trellis-map-'));
  try {
    // Read: each file into partition files (both at once when there are two threads).
    const spillTask = (side: Side, path: string, columns: ColumnMapping, size: number): SpillTask => {
      const rejectionsPath = join(dir, `rejected-${side}.csv`);
      return { side, path, columns, size, dir, partitions, rejectionsPath };
    };
    const tasks: Record<Side, SpillTask> = {
      vendor: spillTask('vendor', options.vendorPath, vendorColumns, vendorSize),
      partner: spillTask('partner', options.partnerPath, partnerColumns, partnerSize),
    };
    const bytes = { vendor: 0, partner: 0 };
    const readProgress = (side: Side) => (done: number) => {
      bytes[side] = done;
      progress?.('read', bytes.vendor + bytes.partner, vendorSize + partnerSize);
    };
    const spill = async (side: Side): Promise<SpillResult> => {
      const start = performance.now();
      const result =
        threads > 1
          ? await runInWorker<SpillResult>('spill-worker', tasks[side], readProgress(side))
          : await spillAccountFile(tasks[side], readProgress(side));
      seconds[`read_${side}`] = (performance.now() - start) / 1000;
      return result;
    };
    const [vendor, partner] = await timed('read', async () =>
      threads > 1
        ? Promise.all([spill('vendor'), spill('partner')])
        : [await spill('vendor'), await spill('partner')],
    );
    concatFiles(rejectedPath, csvLine(['file', 'line', 'field', 'reason']), [
      tasks.vendor.rejectionsPath,
      tasks.partner.rejectionsPath,
    ]);

    // Exact join: the partitions dealt out to the threads, each writing its own part of the output.
    const matched = new Uint8Array(new SharedArrayBuffer(Math.max(1, partner.accepted)));
    const joinTasks: ExactJoinTask[] = Array.from({ length: Math.min(threads, partitions) }, (_, t) => ({
      dir,
      partitions: Array.from({ length: partitions }, (_, p) => p).filter((p) => p % threads === t),
      outPath: join(dir, `overlaps-exact-${t}.csv`),
      matched,
    }));
    let joined = 0;
    const onPartition = () => progress?.('join', ++joined, 2 * partitions);
    progress?.('join', 0, 2 * partitions);
    const exact = await timed('join', () =>
      threads > 1
        ? Promise.all(
            joinTasks.map((task) => runInWorker<ExactJoinResult>('join-worker', task, () => onPartition())),
          )
        : Promise.resolve(joinTasks.map((task) => joinExactPartitions(task, onPartition))),
    );

    const fuzzyPath = join(dir, 'overlaps-fuzzy.csv');
    const fuzzy =
      options.fuzzy === false
        ? null
        : await timed('fuzzy', async () =>
            matchFuzzyFiles({
              dir,
              partitions,
              matched,
              named: partner.named,
              batchRows: options.fuzzyBatchRows ?? DEFAULT_FUZZY_BATCH_ROWS,
              outPath: fuzzyPath,
              onProgress: progress && ((done, total) => progress('fuzzy', done, total)),
            }),
          );
    concatFiles(outPath, csvLine(OVERLAP_COLUMNS), [...joinTasks.map((task) => task.outPath), fuzzyPath]);

    const stats = mergeOverlapStats([...exact, ...(fuzzy ? [fuzzy] : [])]);
    const { byRule } = stats;
    seconds.total = (performance.now() - started) / 1000;
    return {
      outPath,
      rejectedPath,
      vendor: sideSummary(options.vendorPath, vendorColumns, vendor),
      partner: sideSummary(options.partnerPath, partnerColumns, partner),
      partitions,
      threads,
      matches: { ...byRule, total: byRule.domain + byRule.name + byRule.fuzzy_name },
      byPopulation: stats.byPopulation,
      partnerAccountsMatched: matched.reduce((sum, bit) => sum + bit, 0),
      fuzzyCandidates: fuzzy?.candidates ?? 0,
      seconds,
      exactJoin: exact
        .map((part) => part.seconds)
        .reduce((slowest, part) => (part.load + part.match > slowest.load + slowest.match ? part : slowest)),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function sideSummary(path: string, columns: ColumnMapping, spill: SpillResult): SideSummary {
  const { named: _named, csv, ...counts } = spill;
  return { path, columns, encoding: csv.encoding, delimiter: csv.delimiter, ...counts };
}
