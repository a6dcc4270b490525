import { matchExactly } from '../match-exactly.js';
import { type OverlapStats, openOverlapOutput } from './overlap-output.js';
import { loadPartition } from './partition-files.js';
import type { PartitionKind } from './spill-format.js';

const KINDS: readonly PartitionKind[] = ['domain', 'name'];

/** Seconds spent reading partition files, in matchExactly, and writing the matches out. */
export interface ExactJoinSeconds {
  load: number;
  match: number;
  write: number;
}

export interface ExactJoinTask {
  dir: string;
  /** The partitions to join, each on both keys. */
  partitions: readonly number[];
  /** Where this task's overlap rows go. */
  outPath: string;
  /** 1 at each partner row matched; may be shared with other tasks (each sets bits, none clears one). */
  matched: Uint8Array;
}

export interface ExactJoinResult extends OverlapStats {
  seconds: ExactJoinSeconds;
}

/**
 * The exact passes over some partitions: equal keys of both files share a partition, so joining each
 * partition alone finds every pair the in-memory join finds, with the same rule and confidence. The
 * partner's list is the left one, as in matchAccountLists.
 */
export function joinExactPartitions(task: ExactJoinTask, onPartition?: () => void): ExactJoinResult {
  const seconds: ExactJoinSeconds = { load: 0, match: 0, write: 0 };
  const output = openOverlapOutput(task.outPath, task.matched);
  try {
    for (const kind of KINDS) {
      for (const partition of task.partitions) {
        let start = performance.now();
        const vendor = loadPartition(task.dir, 'vendor', kind, partition);
        const partner = vendor.records.length ? loadPartition(task.dir, 'partner', kind, partition) : vendor;
        let now = performance.now();
        seconds.load += now - start;
        start = now;
        // Matches are collected first and written after, so the three costs can be told apart.
        const found: number[] = [];
        const confidences: number[] = [];
        if (vendor.records.length && partner.records.length) {
          matchExactly(
            partner.records,
            vendor.records,
            (match) => {
              found.push(match.right, match.left);
              confidences.push(match.confidence);
            },
            [kind],
          );
        }
        now = performance.now();
        seconds.match += now - start;
        start = now;
        for (let i = 0; i < confidences.length; i++) {
          const [right, left] = [found[2 * i]!, found[2 * i + 1]!];
          const key = partner.records[left]![kind]!;
          output.add(vendor.line(right), partner.line(left), kind, confidences[i]!, key);
        }
        seconds.write += performance.now() - start;
        onPartition?.();
      }
    }
  } finally {
    output.close();
  }
  for (const part of ['load', 'match', 'write'] as const) seconds[part] /= 1000;
  return { ...output.stats(), seconds };
}
