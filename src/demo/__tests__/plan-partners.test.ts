import { describe, expect, it } from 'vitest';
import { createNameMaker } from '../company-names.js';
import { DEMO_LAST_DAY } from '../demo-clock.js';
import { createDemoRandom, spreadQuota } from '../demo-random.js';
import { planPartners } from '../plan-partners.js';

const plan = (seed: number) => {
  const random = createDemoRandom(seed);
  return planPartners(60, random, createNameMaker(random));
};

describe('planPartners', () => {
  it('is the same for the same seed', () => {
    expect(plan(3)).toEqual(plan(3));
  });

  it('keeps every stage move inside the story and after the partner was created', () => {
    for (const partner of plan(11)) {
      let day = partner.createdDay;
      for (const move of partner.moves) {
        expect(move.day).toBeGreaterThan(day);
        day = move.day;
      }
      expect(day).toBeLessThanOrEqual(DEMO_LAST_DAY);
    }
  });

  it('never reuses a name or a domain', () => {
    const partners = plan(5);
    expect(new Set(partners.map((p) => p.name)).size).toBe(partners.length);
    expect(new Set(partners.map((p) => p.domain)).size).toBe(partners.length);
  });
});

describe('spreadQuota', () => {
  it('shares a count by weight and gives every key at least one', () => {
    expect(spreadQuota({ a: 10, b: 1 }, 5)).toEqual({ a: 4, b: 1 });
    expect(spreadQuota({ a: 32, b: 7, c: 6, d: 6, e: 5, f: 4 }, 60)).toEqual({
      a: 32,
      b: 7,
      c: 6,
      d: 6,
      e: 5,
      f: 4,
    });
    expect(spreadQuota({ a: 3, b: 1 }, 2)).toEqual({ a: 1, b: 1 });
  });
});
