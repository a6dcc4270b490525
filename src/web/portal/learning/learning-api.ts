import { queryOptions } from '@tanstack/react-query';
import type { paths } from '../../../client/schema';
import { api, type Schemas, unwrap } from '../../shared/api/client';

export type CatalogCourse = Schemas['CatalogCourse'];
export type CourseDetail = Schemas['CourseDetail'];
export type Lesson = Schemas['Lesson'];
export type Quiz = Schemas['Quiz'];
export type QuizQuestion = Schemas['QuizQuestion'];
export type QuizAnswers = Schemas['QuizAnswers'];
export type LearningPath = Schemas['LearningPath'];
export type Enrollment = Schemas['Enrollment'];
export type EnrollmentDetail = Schemas['EnrollmentDetail'];
export type EnrollmentProgress = Schemas['EnrollmentProgress'];
export type QuizAttempt = Schemas['QuizAttempt'];
export type AttemptResult = Schemas['QuizAttemptResult'];
export type Certificate = Schemas['Certificate'];

/** Everything the portal caches about learning starts with this key, so one invalidation refreshes it. */
export const LEARNING_KEY = 'portal-learning';

type CourseQuery = NonNullable<paths['/api/enablement/courses']['get']['parameters']['query']>;
type EnrollmentQuery = NonNullable<paths['/api/enablement/enrollments']['get']['parameters']['query']>;
type CertificateQuery = NonNullable<paths['/api/enablement/certificates']['get']['parameters']['query']>;
export type CertificateSort = NonNullable<CertificateQuery['sort']>;
export type EnrollmentSort = NonNullable<EnrollmentQuery['sort']>;
export type CourseSort = NonNullable<CourseQuery['sort']>;

export const COURSE_SORTS = [
  'title',
  '-title',
  'updatedAt',
  '-updatedAt',
  'createdAt',
  '-createdAt',
] as const;
export const ENROLLMENT_SORTS = ['-updatedAt', 'updatedAt', '-enrolledAt', 'enrolledAt'] as const;
export const CERTIFICATE_SORTS = ['-issuedAt', 'issuedAt', 'expiresAt', '-expiresAt'] as const;

export const fetchCourses = (query: CourseQuery) =>
  unwrap(api.GET('/api/enablement/courses', { params: { query } }));

export const fetchEnrollments = (query: EnrollmentQuery) =>
  unwrap(api.GET('/api/enablement/enrollments', { params: { query } }));

export const fetchCertificates = (query: CertificateQuery) =>
  unwrap(api.GET('/api/enablement/certificates', { params: { query } }));

/** The learning paths assigned to the learner's partner type and role (a learner has only a few). */
export const myPathsQuery = queryOptions({
  queryKey: [LEARNING_KEY, 'paths'],
  queryFn: () => unwrap(api.GET('/api/enablement/paths', { params: { query: { limit: 50, sort: 'name' } } })),
});

/** The courses of one path, each with the learner's progress. */
export const pathCoursesQuery = (pathId: string) =>
  queryOptions({
    queryKey: [LEARNING_KEY, 'path-courses', pathId],
    queryFn: () => fetchCourses({ pathId, limit: 200, sort: 'title' }),
  });

export const courseQuery = (id: string) =>
  queryOptions({
    queryKey: [LEARNING_KEY, 'course', id],
    queryFn: () => unwrap(api.GET('/api/enablement/courses/{id}', { params: { path: { id } } })),
  });

export const enrollmentQuery = (id: string) =>
  queryOptions({
    queryKey: [LEARNING_KEY, 'enrollment', id],
    queryFn: () => unwrap(api.GET('/api/enablement/enrollments/{id}', { params: { path: { id } } })),
  });

export const certificateQuery = (id: string) =>
  queryOptions({
    queryKey: [LEARNING_KEY, 'certificate', id],
    queryFn: () => unwrap(api.GET('/api/enablement/certificates/{id}', { params: { path: { id } } })),
  });

export const learningApi = {
  enroll: (courseId: string) =>
    unwrap(api.POST('/api/enablement/courses/{id}/enrollment', { params: { path: { id: courseId } } })),
  completeLesson: (courseId: string, lessonId: string) =>
    unwrap(
      api.POST('/api/enablement/courses/{id}/lessons/{lessonId}/complete', {
        params: { path: { id: courseId, lessonId } },
      }),
    ),
  submitAttempt: (courseId: string, body: QuizAnswers) =>
    unwrap(api.POST('/api/enablement/courses/{id}/attempts', { params: { path: { id: courseId } }, body })),
};
