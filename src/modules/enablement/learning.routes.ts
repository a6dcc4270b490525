import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zQueryBoolean, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams } from '../../platform/http/schemas.js';
import { completeLesson } from './complete-lesson.js';
import {
  ZAttemptResult,
  ZCertificate,
  ZCertificateState,
  ZEnrollment,
  ZEnrollmentDetail,
  ZEnrollmentProgress,
  ZEnrollmentStatus,
} from './enablement.schemas.js';
import { ZQuizAnswers } from './enablement-input.schemas.js';
import { enroll } from './enroll.js';
import { CERTIFICATE_SORTS, findCertificates } from './find-certificates.js';
import { ENROLLMENT_SORTS, findEnrollments } from './find-enrollments.js';
import { getCertificate } from './get-certificate.js';
import { getEnrollment } from './get-enrollment.js';
import { submitQuizAttempt } from './submit-quiz-attempt.js';

const tags = ['enablement'];

const ZLessonParams = z.strictObject({ id: z.uuid(), lessonId: z.uuid() });

const ZFindEnrollmentsQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(ENROLLMENT_SORTS, '-enrolledAt'),
  courseId: z.uuid().optional(),
  userId: z.uuid().optional(),
  partnerId: z.uuid().optional(),
  status: ZEnrollmentStatus.optional(),
});

const ZFindCertificatesQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(CERTIFICATE_SORTS, '-issuedAt'),
  courseId: z.uuid().optional(),
  userId: z.uuid().optional(),
  partnerId: z.uuid().optional(),
  state: ZCertificateState.optional(),
  current: zQueryBoolean().describe('true: only certificates not renewed since; false: only renewed ones'),
});

/** Taking courses (partner users) and reading progress, attempts and certificates (scoped by role). */
export const learningRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/enablement/courses/:id/enrollment',
    {
      config: { action: 'enablement.learn' },
      schema: {
        operationId: 'enrollInCourse',
        tags,
        summary: 'Enroll in a course available to you (201; 200 when already enrolled)',
        params: ZIdParams,
        response: { 200: ZEnrollmentProgress, 201: ZEnrollmentProgress, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { created, progress } = await enroll(ctxOf(request), request.params.id);
      return reply.code(created ? 201 : 200).send(progress);
    },
  );

  app.post(
    '/api/enablement/courses/:id/lessons/:lessonId/complete',
    {
      config: { action: 'enablement.learn' },
      schema: {
        operationId: 'completeLesson',
        tags,
        summary: 'Mark a lesson done; the last one (with the quiz passed, if any) completes the course',
        params: ZLessonParams,
        response: { 200: ZEnrollmentProgress, ...problemResponses },
      },
    },
    async (request) => completeLesson(ctxOf(request), request.params.id, request.params.lessonId),
  );

  app.post(
    '/api/enablement/courses/:id/attempts',
    {
      config: { action: 'enablement.learn' },
      schema: {
        operationId: 'submitQuizAttempt',
        tags,
        summary:
          'Answer the quiz: graded on the server; the answer says the score and which questions were wrong, never the right options',
        params: ZIdParams,
        body: ZQuizAnswers,
        response: { 201: ZAttemptResult, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await submitQuizAttempt(ctxOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/enablement/enrollments',
    {
      config: { action: 'enablement.read' },
      schema: {
        operationId: 'listEnrollments',
        tags,
        summary:
          "Enrollments and progress: a partner rep's own, a partner admin's people's, all for the vendor",
        querystring: ZFindEnrollmentsQuery,
        response: { 200: zPage(ZEnrollment), ...problemResponses },
      },
    },
    async (request) => findEnrollments(ctxOf(request), request.query),
  );

  app.get(
    '/api/enablement/enrollments/:id',
    {
      config: { action: 'enablement.read' },
      schema: {
        operationId: 'getEnrollment',
        tags,
        summary: 'An enrollment with its progress, quiz attempts and certificates',
        params: ZIdParams,
        response: { 200: ZEnrollmentDetail, ...problemResponses },
      },
    },
    async (request) => getEnrollment(ctxOf(request), request.params.id),
  );

  app.get(
    '/api/enablement/certificates',
    {
      config: { action: 'enablement.read' },
      schema: {
        operationId: 'listCertificates',
        tags,
        summary: "Certificates: a partner rep's own, a partner admin's people's, all for the vendor",
        querystring: ZFindCertificatesQuery,
        response: { 200: zPage(ZCertificate), ...problemResponses },
      },
    },
    async (request) => findCertificates(ctxOf(request), request.query),
  );

  app.get(
    '/api/enablement/certificates/:id',
    {
      config: { action: 'enablement.read' },
      schema: {
        operationId: 'getCertificate',
        tags,
        summary: 'A certificate, with the one it renews and the one that renewed it',
        params: ZIdParams,
        response: { 200: ZCertificate, ...problemResponses },
      },
    },
    async (request) => getCertificate(ctxOf(request), request.params.id),
  );
};
