import { type QueryClient, queryOptions } from '@tanstack/react-query';
import type { paths } from '../../../client/schema';
import { ApiError, api, type Schemas, unwrap } from '../../shared/api/client';

export type CourseReportRow = Schemas['CourseReportRow'];
export type CourseDetail = Schemas['CourseDetail'];
export type Lesson = Schemas['Lesson'];
export type LessonContent = Schemas['LessonContent'];
export type QuizKey = Schemas['QuizKey'];
export type ReplaceQuiz = Schemas['ReplaceQuiz'];
export type LearningPath = Schemas['LearningPath'];
export type CertificationReportRow = Schemas['CertificationReportRow'];
export type MomentumRow = Schemas['CertificationMomentum'];
export type MomentumSummary = Schemas['CertificationMomentumSummary'];
export type CourseStatus = Schemas['Course']['status'];
export type PortalRole = LearningPath['roles'][number];

type QueryOf<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;
export type CourseReportQuery = QueryOf<'/api/enablement/reports/courses'>;
export type PathQuery = QueryOf<'/api/enablement/paths'>;
export type CertificationQuery = QueryOf<'/api/enablement/reports/certifications'>;
export type MomentumQuery = QueryOf<'/api/enablement/reports/momentum'>;
export type MomentumSummaryQuery = QueryOf<'/api/enablement/reports/momentum/summary'>;

export const COURSE_STATUSES: readonly CourseStatus[] = ['draft', 'published', 'archived'];
export const PORTAL_ROLES: readonly PortalRole[] = ['partner_admin', 'partner_rep'];

/** Every query of these screens starts with this key (lists with `enablement-…`). */
export const ENABLEMENT_KEY = 'enablement';

/** After a change: refetch every enablement query, the paged lists included. */
export function invalidateEnablement(queryClient: QueryClient) {
  return queryClient.invalidateQueries({
    predicate: (query) => {
      const first = query.queryKey[0];
      return typeof first === 'string' && first.startsWith(ENABLEMENT_KEY);
    },
  });
}

export const fetchCourseReport = (query: CourseReportQuery) =>
  unwrap(api.GET('/api/enablement/reports/courses', { params: { query } }));

export const fetchLearningPaths = (query: PathQuery) =>
  unwrap(api.GET('/api/enablement/paths', { params: { query } }));

export const fetchCertificationReport = (query: CertificationQuery) =>
  unwrap(api.GET('/api/enablement/reports/certifications', { params: { query } }));

export const fetchMomentum = (query: MomentumQuery) =>
  unwrap(api.GET('/api/enablement/reports/momentum', { params: { query } }));

export const courseQuery = (id: string) =>
  queryOptions({
    queryKey: [ENABLEMENT_KEY, 'course', id],
    queryFn: () => unwrap(api.GET('/api/enablement/courses/{id}', { params: { path: { id } } })),
  });

/** The author's quiz with its answer key; null when the course has none (or just lost it). */
export const quizKeyQuery = (id: string) =>
  queryOptions({
    queryKey: [ENABLEMENT_KEY, 'course', id, 'quiz'],
    queryFn: async (): Promise<QuizKey | null> => {
      try {
        return await unwrap(api.GET('/api/enablement/courses/{id}/quiz', { params: { path: { id } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });

export const momentumSummaryQuery = (query: MomentumSummaryQuery) =>
  queryOptions({
    queryKey: [ENABLEMENT_KEY, 'momentum-summary', query],
    queryFn: () => unwrap(api.GET('/api/enablement/reports/momentum/summary', { params: { query } })),
  });
