import { describe, expect, it } from 'vitest';
import {
  ageLabel,
  ageText,
  applicationStatusLabel,
  BOARD_STAGES,
  canReject,
  daysSince,
  forwardStage,
  moveConsequence,
} from '../recruiting-stages';

describe('the recruiting stages', () => {
  it('put the board in pipeline order, with readable labels', () => {
    expect(BOARD_STAGES.map(applicationStatusLabel)).toEqual([
      'Applied',
      'Qualified',
      'Agreement sent',
      'Signed',
      'Onboarding',
    ]);
    expect(applicationStatusLabel('something_new')).toBe('something_new');
  });

  it('offer the forward move apart from rejecting', () => {
    expect(forwardStage({ nextStatuses: ['qualified', 'rejected'] })).toBe('qualified');
    expect(forwardStage({ nextStatuses: ['signed', 'rejected'] })).toBe('signed');
    expect(forwardStage({ nextStatuses: [] })).toBeNull();
    expect(forwardStage({ nextStatuses: ['rejected'] })).toBeNull();
    expect(canReject({ nextStatuses: ['qualified', 'rejected'] })).toBe(true);
    expect(canReject({ nextStatuses: ['onboarding'] })).toBe(false);
  });

  it('ask first only for the moves that create a partner or start onboarding', () => {
    expect(moveConsequence('qualified', 'Acme')).toBeNull();
    expect(moveConsequence('agreement_sent', 'Acme')).toBeNull();
    expect(moveConsequence('signed', 'Acme')).toContain('Acme a partner');
    expect(moveConsequence('onboarding', 'Acme')).toContain('checklist starts');
  });
});

describe('the age of an application', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');

  it('counts whole days and never goes below zero', () => {
    expect(daysSince('2026-03-10T08:00:00Z', now)).toBe(0);
    expect(daysSince('2026-03-09T11:00:00Z', now)).toBe(1);
    expect(daysSince('2026-02-08T12:00:00Z', now)).toBe(30);
    expect(daysSince('2026-03-11T12:00:00Z', now)).toBe(0);
  });

  it('reads as days, weeks, months and years as it grows', () => {
    expect(ageLabel(0)).toBe('today');
    expect(ageLabel(1)).toBe('1d');
    expect(ageLabel(13)).toBe('13d');
    expect(ageLabel(14)).toBe('2w');
    expect(ageLabel(59)).toBe('8w');
    expect(ageLabel(60)).toBe('2mo');
    expect(ageLabel(729)).toBe('24mo');
    expect(ageLabel(800)).toBe('2y');
  });
});

describe('the age line of a card', () => {
  it('says when it was added and how long it has been in its stage', () => {
    expect(ageText(0, 0)).toBe('Added today');
    expect(ageText(9, 9)).toBe('Added 9d ago · 9d in stage');
    expect(ageText(30, 0)).toBe('Added 4w ago · moved today');
  });
});
