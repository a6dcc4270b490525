import { describe, expect, it } from 'vitest';
import { createIdGenerator, seededBytes, seededRandom, UUID_PATTERN, uuidV7 } from '../ids.js';

describe('uuidV7', () => {
  const zeros = new Uint8Array(10);
  const ones = new Uint8Array(10).fill(0xff);

  it('puts the millisecond time in the first 48 bits', () => {
    const time = Date.UTC(2026, 0, 15, 9, 0, 0, 123);
    const id = uuidV7(time, zeros);
    expect(id.replaceAll('-', '').slice(0, 12)).toBe(time.toString(16).padStart(12, '0'));
  });

  it('sets version 7 and the RFC 9562 variant whatever the random bytes', () => {
    for (const random of [zeros, ones]) {
      const id = uuidV7(1_700_000_000_000, random);
      expect(id).toMatch(UUID_PATTERN);
      expect(id[14]).toBe('7');
      expect(['8', '9', 'a', 'b']).toContain(id[19]);
    }
    expect(uuidV7(0, zeros)).toBe('00000000-0000-7000-8000-000000000000');
    expect(uuidV7(0, ones)).toBe('00000000-0000-7fff-bfff-ffffffffffff');
  });

  it('is a pure function of time and random bytes', () => {
    const random = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(uuidV7(1_234_567_890_123, random)).toBe(uuidV7(1_234_567_890_123, random));
    expect(uuidV7(1_234_567_890_123, random)).toBe('011f71fb-04cb-7102-8304-05060708090a');
  });

  it('sorts by creation time as text', () => {
    const times = [5, 1, 4_000_000_000_000, 256, 1_700_000_000_000];
    const ids = times.map((t) => uuidV7(t, ones));
    const sortedTimes = [...times].sort((a, b) => a - b);
    expect([...ids].sort()).toEqual(sortedTimes.map((t) => uuidV7(t, ones)));
  });
});

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const seqA = Array.from({ length: 20 }, () => a());
    const seqB = Array.from({ length: 20 }, () => b());
    expect(seqA).toEqual(seqB);
  });

  it('gives different sequences for different seeds', () => {
    const a = seededRandom(1);
    const b = seededRandom(2);
    expect(Array.from({ length: 5 }, () => a())).not.toEqual(Array.from({ length: 5 }, () => b()));
  });

  it('stays in [0, 1) and spreads over the range', () => {
    const next = seededRandom(7);
    const values = Array.from({ length: 10_000 }, () => next());
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    expect(new Set(values).size).toBeGreaterThan(9_990);
  });

  it('treats the seed as an unsigned 32-bit integer', () => {
    const a = seededRandom(-1);
    const b = seededRandom(0xffffffff);
    expect(a()).toBe(b());
  });
});

describe('createIdGenerator', () => {
  it('is reproducible with a fixed clock and seeded bytes', () => {
    const make = () =>
      createIdGenerator(() => new Date('2026-01-15T09:00:00Z'), seededBytes(seededRandom(99)));
    const first = make();
    const second = make();
    const a = [first(), first(), first()];
    expect([second(), second(), second()]).toEqual(a);
    expect(new Set(a).size).toBe(3);
    for (const id of a)
      expect(id.slice(0, 13)).toBe(
        uuidV7(Date.parse('2026-01-15T09:00:00Z'), new Uint8Array(10)).slice(0, 13),
      );
  });

  it('makes unique, time-ordered ids by default', () => {
    let t = 1_700_000_000_000;
    const next = createIdGenerator(() => new Date(t++));
    const ids = Array.from({ length: 100 }, () => next());
    expect(new Set(ids).size).toBe(100);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('seededBytes', () => {
  it('returns the requested number of bytes, reproducibly', () => {
    const a = seededBytes(seededRandom(3))(16);
    const b = seededBytes(seededRandom(3))(16);
    expect(a).toHaveLength(16);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a).every((v) => Number.isInteger(v) && v >= 0 && v <= 255)).toBe(true);
  });
});
