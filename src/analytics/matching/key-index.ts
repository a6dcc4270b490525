/** A JavaScript Map holds at most 2^24 entries; an index spreads its keys over enough maps to stay well below. */
const KEYS_PER_SHARD = 8_000_000;

export interface KeyIndex {
  add(key: string, row: number): void;
  /** Rows filed under the key, in the order they were added. */
  rows(key: string): readonly number[];
  readonly size: number;
}

const NONE: readonly number[] = [];

function shardOf(key: string, shards: number): number {
  let hash = 2166136261;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 16777619);
  return (hash >>> 0) % shards;
}

/** Key → row numbers. Rows are kept as a bare number until a key repeats, which saves most allocations. */
export function createKeyIndex(expectedKeys = 0): KeyIndex {
  const maps = Array.from({ length: Math.max(1, Math.ceil(expectedKeys / KEYS_PER_SHARD)) }, () => {
    return new Map<string, number | number[]>();
  });
  const mapOf = maps.length === 1 ? () => maps[0]! : (key: string) => maps[shardOf(key, maps.length)]!;
  let size = 0;
  return {
    add(key, row) {
      const map = mapOf(key);
      const existing = map.get(key);
      if (existing === undefined) {
        map.set(key, row);
        size++;
      } else if (typeof existing === 'number') map.set(key, [existing, row]);
      else existing.push(row);
    },
    rows(key) {
      const found = mapOf(key).get(key);
      if (found === undefined) return NONE;
      return typeof found === 'number' ? [found] : found;
    },
    get size() {
      return size;
    },
  };
}
