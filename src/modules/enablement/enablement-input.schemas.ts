import { z } from 'zod';
import { PARTNER_ROLES } from '../../platform/actor.js';
import { PARTNER_TYPES } from '../partners/partners.schemas.js';
import { ZCourseStatus, ZPortalRole } from './enablement.schemas.js';

/** Request bodies of the enablement API: the course builder, quizzes, learning paths and answers. */

const unique = <T>(values: T[]) => [...new Set(values)];
const noDuplicates = <T>(values: T[]) => new Set(values).size === values.length;

const ZTitle = z.string().trim().min(1).max(200);

export const ZCertificationInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    validDays: z.number().int().min(1).max(3650).describe('Days a certificate stays valid'),
  })
  .meta({ id: 'CertificationSpec' });

const courseFields = {
  title: ZTitle,
  summary: z.string().trim().max(5000).nullable(),
  estimatedMinutes: z.number().int().min(1).max(10_000),
  openToAll: z.boolean(),
  certification: ZCertificationInput.nullable().describe(
    'Earned by completing the course and passing its quiz; null for none',
  ),
};

export const ZCreateCourse = z
  .strictObject({
    title: courseFields.title,
    summary: courseFields.summary.optional(),
    estimatedMinutes: courseFields.estimatedMinutes,
    openToAll: courseFields.openToAll.default(false),
    certification: courseFields.certification.optional(),
  })
  .meta({ id: 'CreateCourse' });
export type CreateCourseInput = z.output<typeof ZCreateCourse>;

export const ZUpdateCourse = z
  .strictObject({
    title: courseFields.title.optional(),
    summary: courseFields.summary.optional(),
    estimatedMinutes: courseFields.estimatedMinutes.optional(),
    openToAll: courseFields.openToAll.optional(),
    certification: courseFields.certification.optional(),
    status: ZCourseStatus.optional().describe(
      'Publish (needs a lesson, and a quiz when it certifies), archive, or publish again',
    ),
  })
  .meta({ id: 'UpdateCourse' });
export type UpdateCourseInput = z.output<typeof ZUpdateCourse>;

const ZHttpUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain })
  .max(2000)
  .describe('An http(s) address');

export const ZLessonInput = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('text'),
      title: ZTitle,
      body: z.string().min(1).max(50_000).describe('Markdown; raw HTML is removed when saved'),
    }),
    z.strictObject({ kind: z.literal('video'), title: ZTitle, url: ZHttpUrl }),
    z.strictObject({
      kind: z.literal('asset'),
      title: ZTitle,
      url: ZHttpUrl,
      fileName: z
        .string()
        .trim()
        .min(1)
        .max(255)
        .regex(/^[^/\\\p{Cc}]+$/u, 'must be a file name without folders'),
    }),
  ])
  .meta({ id: 'LessonContent' });
export type LessonInput = z.output<typeof ZLessonInput>;

export const ZReorderLessons = z
  .strictObject({
    lessonIds: z
      .array(z.uuid())
      .min(1)
      .max(500)
      .refine(noDuplicates, 'must not repeat a lesson')
      .describe('Every lesson of the course, each once, in the new order'),
  })
  .meta({ id: 'ReorderLessons' });

export const ZQuestionInput = z
  .strictObject({
    prompt: z.string().trim().min(1).max(2000),
    multiple: z
      .boolean()
      .default(false)
      .describe('Select all that apply; otherwise exactly one option is right'),
    options: z
      .array(z.strictObject({ text: z.string().trim().min(1).max(500), correct: z.boolean() }))
      .min(2)
      .max(10),
  })
  .superRefine((question, ctx) => {
    const right = question.options.filter((o) => o.correct).length;
    if (right === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'needs a right option' });
    else if (!question.multiple && right > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'has several right options; set multiple to true',
      });
  });

export const ZReplaceQuiz = z
  .strictObject({
    passMark: z
      .number()
      .min(0)
      .max(1)
      .overwrite((n) => Math.round(n * 10_000) / 10_000)
      .describe('Share of questions to answer right to pass, 0..1 (a score equal to it passes)'),
    attemptsLimit: z
      .number()
      .int()
      .min(1)
      .max(100)
      .nullable()
      .default(null)
      .describe('Attempts allowed until a pass (allowed again after each pass); null for no limit'),
    questions: z.array(ZQuestionInput).min(1).max(100),
  })
  .meta({ id: 'ReplaceQuiz' });
export type ReplaceQuizInput = z.output<typeof ZReplaceQuiz>;

export const ZQuizAnswers = z
  .strictObject({
    answers: z
      .array(
        z.strictObject({
          questionId: z.uuid(),
          optionIds: z.array(z.uuid()).max(10).refine(noDuplicates, 'must not repeat an option'),
        }),
      )
      .max(100)
      .describe('One entry per question answered; a question left out counts as wrong'),
  })
  .meta({ id: 'QuizAnswers' });
export type QuizAnswersInput = z.output<typeof ZQuizAnswers>;

const pathFields = {
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).nullable(),
  partnerTypes: z
    .array(z.enum(PARTNER_TYPES))
    .max(PARTNER_TYPES.length)
    .overwrite(unique)
    .describe('The partner types it is assigned to'),
  roles: z
    .array(ZPortalRole)
    .max(PARTNER_ROLES.length)
    .overwrite(unique)
    .describe('The portal roles it is assigned to (a learner needs both a listed type and role)'),
  courseIds: z
    .array(z.uuid())
    .max(100)
    .refine(noDuplicates, 'must not repeat a course')
    .describe('The courses, in order'),
};

export const ZCreateLearningPath = z
  .strictObject({
    name: pathFields.name,
    description: pathFields.description.optional(),
    partnerTypes: pathFields.partnerTypes.default([]),
    roles: pathFields.roles.default([]),
    courseIds: pathFields.courseIds.default([]),
  })
  .meta({ id: 'CreateLearningPath' });
export type CreateLearningPathInput = z.output<typeof ZCreateLearningPath>;

export const ZUpdateLearningPath = z
  .strictObject({
    name: pathFields.name.optional(),
    description: pathFields.description.optional(),
    partnerTypes: pathFields.partnerTypes.optional(),
    roles: pathFields.roles.optional(),
    courseIds: pathFields.courseIds.optional(),
  })
  .meta({ id: 'UpdateLearningPath' });
export type UpdateLearningPathInput = z.output<typeof ZUpdateLearningPath>;
