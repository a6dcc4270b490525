import { describe, expect, it } from 'vitest';
import {
  cohortChartData,
  daysInOnboarding,
  daysSinceProgress,
  eventLabel,
  formatDays,
} from '../onboarding-format';

const now = Date.parse('2026-05-20T12:00:00Z');

describe('the days of an onboarding', () => {
  it('run until it completed, else until now', () => {
    expect(daysInOnboarding({ startedAt: '2026-05-01T12:00:00Z', completedAt: null }, now)).toBe(19);
    expect(
      daysInOnboarding({ startedAt: '2026-05-01T12:00:00Z', completedAt: '2026-05-08T13:00:00Z' }, now),
    ).toBe(7);
    expect(daysInOnboarding({ startedAt: '2026-05-21T12:00:00Z', completedAt: null }, now)).toBe(0);
    expect(daysSinceProgress({ lastProgressAt: '2026-05-04T11:00:00Z' }, now)).toBe(16);
  });

  it('read as days, with one decimal at most', () => {
    expect(formatDays(null)).toBe('—');
    expect(formatDays(undefined)).toBe('—');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(12)).toBe('12 days');
    expect(formatDays(4.46)).toBe('4.5 days');
  });
});

describe('step events in words', () => {
  it('name the known events and show others as they are', () => {
    expect(eventLabel('user.invited')).toBe('a portal user is invited');
    expect(eventLabel('partner.custom_thing')).toBe('partner.custom_thing');
    expect(eventLabel(null)).toBe('');
  });
});

describe('the time-to-first-revenue chart data', () => {
  it('puts quarters in order and leaves a quarter without a win without a bar', () => {
    expect(
      cohortChartData([
        { cohort: '2026-Q1', activated: 4, withRevenue: 0, medianDays: null },
        { cohort: '2025-Q3', activated: 5, withRevenue: 3, medianDays: 41.5 },
        { cohort: '2025-Q4', activated: 2, withRevenue: 2, medianDays: 30 },
      ]),
    ).toEqual([
      { cohort: '2025-Q3', medianDays: 42, activated: 5, withRevenue: 3 },
      { cohort: '2025-Q4', medianDays: 30, activated: 2, withRevenue: 2 },
      { cohort: '2026-Q1', medianDays: null, activated: 4, withRevenue: 0 },
    ]);
  });
});
