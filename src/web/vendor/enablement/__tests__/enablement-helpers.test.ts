import { describe, expect, it } from 'vitest';
import {
  audienceGap,
  audienceLines,
  audienceText,
  completionRate,
  formatMomentum,
  formatShare,
  formatValidity,
  momentumHint,
} from '../enablement-format';
import { fileNameFromUrl, lessonBody, lessonSummary } from '../lesson-form';
import { periodRows } from '../momentum-periods';
import { moveItem } from '../move-item';
import { pathBody, pathFormFrom, withCourse } from '../path-form';
import { publishChecks } from '../publish-checks';

describe('moving an item in a list', () => {
  it('moves up and down and leaves the list alone at its ends', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 5, -1)).toEqual(['a', 'b', 'c']);
  });

  it('never changes the list it was given', () => {
    const list = ['a', 'b'];
    moveItem(list, 0, 1);
    expect(list).toEqual(['a', 'b']);
  });
});

describe('enablement formats', () => {
  it('writes shares, validity and momentum as people read them', () => {
    expect(formatShare(0.7)).toBe('70%');
    expect(formatShare(0.6667)).toBe('66.7%');
    expect(formatShare(null)).toBe('—');
    expect(formatValidity(365)).toBe('1 year');
    expect(formatValidity(730)).toBe('2 years');
    expect(formatValidity(180)).toBe('6 months');
    expect(formatValidity(45)).toBe('45 days');
    expect(formatValidity(1)).toBe('1 day');
    expect(formatMomentum(1.5)).toBe('1.5×');
    expect(formatMomentum(2 / 3)).toBe('0.67×');
    expect(formatMomentum(null)).toBe('—');
  });

  it('explains momentum, including when there is no base', () => {
    expect(momentumHint(6, 4)).toBe('6 in the last 90 days vs 4 before (+50%)');
    expect(momentumHint(2, 4)).toBe('2 in the last 90 days vs 4 before (-50%)');
    expect(momentumHint(4, 4)).toBe('4 in the last 90 days, the same as the 90 before');
    expect(momentumHint(3, 0)).toMatch(/no base/);
    expect(momentumHint(0, 0)).toBe('No certifications in the last 180 days');
  });

  it('says who a course or path reaches, and why a path reaches nobody', () => {
    expect(audienceText({ openToAll: true, partnerTypes: [], roles: [] })).toBe('Open to all partners');
    expect(audienceText({ openToAll: false, partnerTypes: ['si', 'isv'], roles: ['partner_rep'] })).toBe(
      'Systems integrator, ISV / technology × Partner rep',
    );
    expect(audienceText({ openToAll: false, partnerTypes: [], roles: [] })).toBe('Nobody yet');
    expect(audienceGap(['si'], ['partner_rep'])).toBeNull();
    expect(audienceGap(['si'], [])).toMatch(/role/);
    expect(audienceGap([], ['partner_rep'])).toMatch(/partner type/);
    expect(audienceLines(['si', 'msp'], ['partner_rep'])).toEqual({
      types: 'Systems integrator, MSP',
      roles: 'Partner rep',
    });
    expect(
      audienceLines(
        ['reseller', 'si', 'isv', 'msp', 'referral', 'cloud_marketplace'],
        ['partner_admin', 'partner_rep'],
      ),
    ).toEqual({ types: 'All partner types', roles: 'Partner admins and reps' });
    expect(audienceLines([], [])).toEqual({ types: null, roles: null });
    expect(completionRate(0, 0)).toBeNull();
    expect(completionRate(4, 1)).toBe(0.25);
  });
});

describe('the lesson editor', () => {
  const form = { title: ' Demo ', body: '# Hi', url: ' https://videos.example.com/x ', fileName: ' a.pdf ' };

  it('sends only the fields of the lesson kind', () => {
    expect(lessonBody({ ...form, kind: 'text' })).toEqual({ kind: 'text', title: 'Demo', body: '# Hi' });
    expect(lessonBody({ ...form, kind: 'video' })).toEqual({
      kind: 'video',
      title: 'Demo',
      url: 'https://videos.example.com/x',
    });
    expect(lessonBody({ ...form, kind: 'asset' })).toEqual({
      kind: 'asset',
      title: 'Demo',
      url: 'https://videos.example.com/x',
      fileName: 'a.pdf',
    });
  });

  it('suggests a file name from a download address', () => {
    expect(fileNameFromUrl('https://files.example.com/kits/battle%20card.pdf?v=2')).toBe('battle card.pdf');
    expect(fileNameFromUrl('not a url')).toBe('');
  });

  it('sums a lesson up in one line', () => {
    const lesson = { id: 'x', position: 0, title: 't', url: null, fileName: null };
    expect(lessonSummary({ ...lesson, kind: 'text', body: '\n# Welcome\n\nRead' })).toBe('Welcome');
    expect(lessonSummary({ ...lesson, kind: 'asset', body: null, fileName: 'kit.zip' })).toBe('kit.zip');
  });
});

describe('the learning path form', () => {
  const path = {
    id: 'p',
    name: 'Technical SI path',
    description: null,
    partnerTypes: ['si' as const],
    roles: ['partner_rep' as const],
    courses: [
      { id: 'b', title: 'B', status: 'draft' as const, estimatedMinutes: 5, position: 1 },
      { id: 'a', title: 'A', status: 'published' as const, estimatedMinutes: 5, position: 0 },
    ],
    createdAt: '2026-01-15T09:00:00.000Z',
    updatedAt: '2026-01-15T09:00:00.000Z',
  };

  it('keeps the courses in their path order and sends their ids in that order', () => {
    const form = pathFormFrom(path);
    expect(form.courses.map((c) => c.id)).toEqual(['a', 'b']);
    expect(pathBody({ ...form, description: '  ' })).toEqual({
      name: 'Technical SI path',
      description: null,
      partnerTypes: ['si'],
      roles: ['partner_rep'],
      courseIds: ['a', 'b'],
    });
  });

  it('adds a course once', () => {
    const courses = [{ id: 'a', title: 'A', status: 'published' as const }];
    expect(withCourse(courses, courses[0]!)).toHaveLength(1);
    expect(withCourse(courses, { id: 'b', title: 'B', status: 'draft' }).map((c) => c.id)).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('publishing checks', () => {
  const lesson = {
    id: 'l',
    position: 0,
    title: 'L',
    kind: 'text' as const,
    body: 'x',
    url: null,
    fileName: null,
  };

  it('asks for a lesson, a quiz when the course certifies, and warns when nobody would see it', () => {
    const checks = publishChecks({
      lessons: [],
      certification: { name: 'Certified', validDays: 365 },
      quiz: null,
      openToAll: false,
      paths: [],
    });
    expect(checks.map((c) => c.state)).toEqual(['missing', 'missing', 'warning']);
    const ready = publishChecks({
      lessons: [lesson],
      certification: null,
      quiz: null,
      openToAll: false,
      paths: [{ id: 'p', name: 'P' }],
    });
    expect(ready.map((c) => [c.label, c.state])).toEqual([
      ['1 lesson', 'done'],
      ['In 1 learning path', 'done'],
    ]);
  });
});

describe('the momentum chart', () => {
  it('puts each 30-day period under its window', () => {
    const rows = periodRows({
      periods: [
        {
          from: '2026-01-01T00:00:00.000Z',
          to: '2026-01-31T00:00:00.000Z',
          window: 'previous90Days',
          certifications: 2,
        },
        {
          from: '2026-01-31T00:00:00.000Z',
          to: '2026-03-02T00:00:00.000Z',
          window: 'last90Days',
          certifications: 5,
        },
      ],
    });
    expect(rows).toEqual([
      { period: 'Jan 1 – Jan 31', previous: 2, last: 0, certifications: 2 },
      { period: 'Jan 31 – Mar 2', previous: 0, last: 5, certifications: 5 },
    ]);
  });
});
