import { describe, expect, it } from 'vitest';
import { tallyCertificates } from '../certificate-tally';

describe('certificate tally', () => {
  it('counts states, people with an unexpired certificate and certificates per course', () => {
    const tally = tallyCertificates([
      { state: 'valid', userId: 'ann', courseTitle: 'Security basics' },
      { state: 'expiring', userId: 'ann', courseTitle: 'Selling the platform' },
      { state: 'valid', userId: 'bo', courseTitle: 'Security basics' },
      { state: 'expired', userId: 'cy', courseTitle: 'Selling the platform' },
    ]);
    expect(tally).toEqual({
      valid: 2,
      expiring: 1,
      expired: 1,
      certifiedPeople: 2,
      byCourse: [
        { label: 'Security basics', count: 2 },
        { label: 'Selling the platform', count: 1 },
      ],
    });
  });

  it('is all zeros without certificates', () => {
    expect(tallyCertificates([])).toEqual({
      valid: 0,
      expiring: 0,
      expired: 0,
      certifiedPeople: 0,
      byCourse: [],
    });
  });
});
