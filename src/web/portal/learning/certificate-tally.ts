import { queryOptions } from '@tanstack/react-query';
import { type Certificate, fetchCertificates, LEARNING_KEY } from './learning-api';

/** At most this many pages of 200 are read for the headline numbers. */
const TALLY_PAGES = 10;

export interface CertificateTally {
  valid: number;
  expiring: number;
  expired: number;
  /** Distinct people holding a certificate that has not expired. */
  certifiedPeople: number;
  /** Certificates not expired, per course title. */
  byCourse: { label: string; count: number }[];
  /** false when there were more than TALLY_PAGES pages: the counts are lower bounds. */
  complete: boolean;
}

export function tallyCertificates(items: readonly Pick<Certificate, 'state' | 'userId' | 'courseTitle'>[]) {
  const counts = { valid: 0, expiring: 0, expired: 0 };
  const people = new Set<string>();
  const courses = new Map<string, number>();
  for (const c of items) {
    counts[c.state] += 1;
    if (c.state === 'expired') continue;
    people.add(c.userId);
    courses.set(c.courseTitle, (courses.get(c.courseTitle) ?? 0) + 1);
  }
  const byCourse = [...courses]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  return { ...counts, certifiedPeople: people.size, byCourse };
}

/** The current certificates (not replaced by a renewal) of one person, or of everyone the caller may see. */
export const certificateTallyQuery = (userId: string | undefined) =>
  queryOptions({
    queryKey: [LEARNING_KEY, 'certificate-tally', userId ?? 'all'],
    queryFn: async (): Promise<CertificateTally> => {
      const items: Certificate[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < TALLY_PAGES; page++) {
        const result = await fetchCertificates({
          current: 'true',
          sort: '-issuedAt',
          limit: 200,
          ...(userId ? { userId } : {}),
          ...(cursor ? { cursor } : {}),
        });
        items.push(...result.items);
        cursor = result.nextCursor ?? undefined;
        if (!cursor) return { ...tallyCertificates(items), complete: true };
      }
      return { ...tallyCertificates(items), complete: false };
    },
  });
