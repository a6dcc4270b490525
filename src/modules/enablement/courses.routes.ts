import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZPageQuery, zPage, zSort } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams, ZNoContent } from '../../platform/http/schemas.js';
import { addLesson } from './add-lesson.js';
import { createCourse } from './create-course.js';
import { deleteCourse } from './delete-course.js';
import { deleteLesson } from './delete-lesson.js';
import { deleteQuiz } from './delete-quiz.js';
import {
  ZCatalogCourse,
  ZCourse,
  ZCourseDetail,
  ZCourseStatus,
  ZLesson,
  ZQuizKey,
} from './enablement.schemas.js';
import {
  ZCreateCourse,
  ZLessonInput,
  ZReorderLessons,
  ZReplaceQuiz,
  ZUpdateCourse,
} from './enablement-input.schemas.js';
import { COURSE_SORTS, findCourses } from './find-courses.js';
import { getCourse } from './get-course.js';
import { getQuizKey } from './get-quiz-key.js';
import { reorderLessons } from './reorder-lessons.js';
import { replaceQuiz } from './replace-quiz.js';
import { updateCourse } from './update-course.js';
import { updateLesson } from './update-lesson.js';

const tags = ['enablement'];

const ZFindCoursesQuery = z.strictObject({
  ...ZPageQuery,
  sort: zSort(COURSE_SORTS, 'title'),
  status: ZCourseStatus.optional().describe('Vendor users; learners only ever see published courses'),
  pathId: z.uuid().optional().describe('Courses of this learning path'),
  q: z.string().trim().min(1).max(200).optional().describe('Title contains'),
});

const ZLessonParams = z.strictObject({ id: z.uuid(), lessonId: z.uuid() });

/** The course builder (vendor) and the course catalogue (everyone; a learner sees its own audience's). */
export const courseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/enablement/courses',
    {
      config: { action: 'enablement.read' },
      schema: {
        operationId: 'listCourses',
        tags,
        summary:
          'Courses: every course for the vendor; for a partner user the published courses open to all or in its learning paths, with its progress',
        querystring: ZFindCoursesQuery,
        response: { 200: zPage(ZCatalogCourse), ...problemResponses },
      },
    },
    async (request) => findCourses(ctxOf(request), request.query),
  );

  app.post(
    '/api/enablement/courses',
    {
      config: { action: 'enablement.manage' },
      schema: {
        operationId: 'createCourse',
        tags,
        summary: 'Create a course (a draft until published)',
        body: ZCreateCourse,
        response: { 201: ZCourse, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(201).send(await createCourse(ctxOf(request), request.body)),
  );

  app.get(
    '/api/enablement/courses/:id',
    {
      config: { action: 'enablement.read' },
      schema: {
        operationId: 'getCourse',
        tags,
        summary:
          "A course with its lessons and quiz questions (never the right answers) and the caller's progress",
        params: ZIdParams,
        response: { 200: ZCourseDetail, ...problemResponses },
      },
    },
    async (request) => getCourse(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/enablement/courses/:id',
    {
      config: { action: 'enablement.manage' },
      schema: {
        operationId: 'updateCourse',
        tags,
        summary: 'Edit a course, publish it or archive it',
        params: ZIdParams,
        body: ZUpdateCourse,
        response: { 200: ZCourse, ...problemResponses },
      },
    },
    async (request) => updateCourse(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/enablement/courses/:id',
    {
      config: { action: 'enablement.manage' },
      schema: {
        operationId: 'deleteCourse',
        tags,
        summary: 'Delete a draft course (a published one is archived instead)',
        params: ZIdParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteCourse(ctxOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/enablement/courses/:id/lessons',
    {
      config: { action: 'enablement.manage' },
      schema: {
        operationId: 'addCourseLesson',
        tags,
        summary: 'Add a lesson at the end: text (Markdown, raw HTML removed), video or downloadable asset',
        params: ZIdParams,
        body: ZLessonInput,
        response: { 201: ZLesson, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addLesson(ctxOf(request), request.params.id, request.body)),
  );

  app.put(
    '/api/enablement/courses/:id/lessons/:lessonId',
    {
      config: { action: 'enablement.manage' },
      schema: {
        operationId: 'updateCourseLesson',
        tags,
        summary: "Replace a lesson's title and content; its place and learners' completions stay",
        params: ZLessonParams,
        body: ZLessonInput,
        response: { 200: ZLesson, ...problemResponses },
      },
    },
    async (request) => updateLesson(ctxOf(request), request.params.id, request.params.lessonId, request.body),
  );

  app.delete(
    '/api/enablement/courses/:id/lessons/:lessonId',
    {
      config: { action: 'enablement.manage' },
      schema: {
        operationId: 'deleteCourseLesson',
        tags,
        summary: 'Remove a lesson (a published course keeps at least one)',
        params: ZLessonParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteLesson(ctxOf(request), request.params.id, request.params.lessonId);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/enablement/courses/:id/lesson-order',
    {
      config: { action: 'enablement.manage' },
      schema: {
        operationId: 'reorderCourseLessons',
        tags,
        summary: "Put the course's lessons in a new order",
        params: ZIdParams,
        body: ZReorderLessons,
        response: { 200: z.object({ items: z.array(ZLesson) }), ...problemResponses },
      },
    },
    async (request) => ({
      items: await reorderLessons(ctxOf(request), request.params.id, request.body.lessonIds),
    }),
  );

  app.get(
    '/api/enablement/courses/:id/quiz',
    {
      config: { action: 'enablement.author.read' },
      schema: {
        operationId: 'getCourseQuizKey',
        tags,
        summary: "The course's quiz with its answer key, for course authors (learners never get it)",
        params: ZIdParams,
        response: { 200: ZQuizKey, ...problemResponses },
      },
    },
    async (request) => getQuizKey(ctxOf(request), request.params.id),
  );

  app.put(
    '/api/enablement/courses/:id/quiz',
    {
      config: { action: 'enablement.manage' },
      schema: {
        operationId: 'replaceCourseQuiz',
        tags,
        summary: "Set the course's quiz: questions with options (one or more right), pass mark, attempts",
        params: ZIdParams,
        body: ZReplaceQuiz,
        response: { 200: ZQuizKey, ...problemResponses },
      },
    },
    async (request) => replaceQuiz(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/enablement/courses/:id/quiz',
    {
      config: { action: 'enablement.manage' },
      schema: {
        operationId: 'deleteCourseQuiz',
        tags,
        summary: "Remove the course's quiz (a published course that certifies keeps it)",
        params: ZIdParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteQuiz(ctxOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
};
