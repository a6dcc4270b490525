import { describe, expect, it } from 'vitest';
import { daysUntil, isProtected } from '../registration-queries';
import { ruleLabel, timelineEntries } from '../timeline-entries';

const decision = (over: Partial<Parameters<typeof timelineEntries>[1][number]> = {}) => ({
  id: '00000000-0000-4000-8000-000000000001',
  outcome: 'approved' as const,
  ruleId: 'auto-approve',
  ruleSetVersion: 2,
  reason: 'Approved automatically.',
  automatic: true,
  conflictRegistrationId: null,
  conflictDealId: null,
  inputs: null,
  at: '2026-03-01T10:00:00.500Z',
  ...over,
});

describe('timelineEntries', () => {
  it('shows a decision and the status change it caused as one entry, oldest first', () => {
    const entries = timelineEntries(
      [
        {
          fromStatus: 'submitted',
          toStatus: 'approved',
          reason: 'Approved automatically.',
          actorId: null,
          at: '2026-03-01T10:00:00.600Z',
        },
        {
          fromStatus: null,
          toStatus: 'draft',
          reason: 'Draft saved',
          actorId: 'u1',
          at: '2026-03-01T09:00:00Z',
        },
      ],
      [decision()],
    );
    expect(entries.map((e) => e.title)).toEqual(['Created as draft', 'Submitted → Approved']);
    expect(entries[1]!.decision?.ruleId).toBe('auto-approve');
    expect(entries[0]!.decision).toBeNull();
  });

  it('keeps a decision without a matching status change as its own entry', () => {
    const entries = timelineEntries(
      [
        {
          fromStatus: 'approved',
          toStatus: 'approved',
          reason: 'Protection extended by 30 days',
          actorId: 'u1',
          at: '2026-03-05T10:00:00Z',
        },
      ],
      [decision({ reason: 'Approved by a partner manager.', automatic: false, ruleId: 'manager' })],
    );
    expect(entries.map((e) => e.title)).toEqual(['Decision: Approved', 'Approved, updated']);
    expect(entries[0]!.decision?.automatic).toBe(false);
  });
});

describe('ruleLabel', () => {
  it('names the rule and the rule-set version, or the person who decided', () => {
    expect(ruleLabel({ ruleId: 'partner-conflict', ruleSetVersion: 3, automatic: true })).toBe(
      'Another partner registered first · rules v3',
    );
    expect(ruleLabel({ ruleId: 'manager', ruleSetVersion: null, automatic: false })).toBe('Partner manager');
    expect(ruleLabel({ ruleId: 'some-new-rule', ruleSetVersion: null, automatic: true })).toBe(
      'some new rule',
    );
  });
});

describe('protection', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  it('counts whole days left, rounding up', () => {
    expect(daysUntil('2026-03-11T12:00:00Z', now)).toBe(10);
    expect(daysUntil('2026-03-01T18:00:00Z', now)).toBe(1);
    expect(daysUntil('2026-02-28T12:00:00Z', now)).toBe(-1);
  });
  it('protects only approved registrations whose window has not ended', () => {
    expect(isProtected({ status: 'approved', protectedUntil: '2026-03-02T00:00:00Z' }, now)).toBe(true);
    expect(isProtected({ status: 'approved', protectedUntil: '2026-02-28T00:00:00Z' }, now)).toBe(false);
    expect(isProtected({ status: 'withdrawn', protectedUntil: '2026-03-02T00:00:00Z' }, now)).toBe(false);
  });
});
