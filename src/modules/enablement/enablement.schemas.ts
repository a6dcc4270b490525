import { z } from 'zod';
import { PARTNER_ROLES } from '../../platform/actor.js';
import { ZPartnerType } from '../partners/partners.schemas.js';

export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export const LESSON_KINDS = ['text', 'video', 'asset'] as const;
export const ENROLLMENT_STATUSES = ['in_progress', 'completed'] as const;
export const CERTIFICATE_STATES = ['valid', 'expiring', 'expired'] as const;
/** A certificate is "expiring" within this many days of its expiry. */
export const EXPIRING_WITHIN_DAYS = 30;

export const ZCourseStatus = z
  .enum(COURSE_STATUSES)
  .describe('draft (being built), published (learners see it), archived (retired)');
export const ZLessonKind = z.enum(LESSON_KINDS);
export const ZEnrollmentStatus = z.enum(ENROLLMENT_STATUSES);
export const ZCertificateState = z
  .enum(CERTIFICATE_STATES)
  .describe(`valid, expiring (within ${EXPIRING_WITHIN_DAYS} days) or expired`);
export const ZPortalRole = z.enum(PARTNER_ROLES);
export type CourseStatus = z.infer<typeof ZCourseStatus>;
export type LessonKind = z.infer<typeof ZLessonKind>;
export type EnrollmentStatus = z.infer<typeof ZEnrollmentStatus>;
export type CertificateState = z.infer<typeof ZCertificateState>;

export const ZCertification = z
  .object({ name: z.string(), validDays: z.number().int() })
  .meta({ id: 'Certification' });

export const ZEnrollmentProgress = z
  .object({
    enrollmentId: z.uuid(),
    status: ZEnrollmentStatus,
    lessonsCompleted: z.number().int(),
    lessonCount: z.number().int(),
    completedLessonIds: z.array(z.uuid()),
    quizPassed: z.boolean().nullable().describe('null when the course has no quiz'),
    attemptsUsed: z.number().int(),
    attemptsLeft: z
      .number()
      .int()
      .nullable()
      .describe('Attempts left until a pass (the allowance starts again after each pass); null: no limit'),
    enrolledAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'EnrollmentProgress' });
export type EnrollmentProgress = z.output<typeof ZEnrollmentProgress>;

export const ZCourse = z
  .object({
    id: z.uuid(),
    title: z.string(),
    summary: z.string().nullable(),
    status: ZCourseStatus,
    estimatedMinutes: z.number().int(),
    openToAll: z.boolean().describe('Open to every partner user, whatever the learning paths say'),
    certification: ZCertification.nullable(),
    lessonCount: z.number().int(),
    hasQuiz: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Course' });
export type Course = z.output<typeof ZCourse>;

export const ZCatalogCourse = ZCourse.extend({
  progress: ZEnrollmentProgress.nullable().describe("The caller's own enrollment; null when not enrolled"),
}).meta({ id: 'CatalogCourse' });
export type CatalogCourse = z.output<typeof ZCatalogCourse>;

export const ZLesson = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    title: z.string(),
    kind: ZLessonKind,
    body: z.string().nullable().describe('Markdown without raw HTML (text lessons)'),
    url: z.string().nullable().describe('The video (video lessons) or the download (asset lessons)'),
    fileName: z.string().nullable().describe('The download’s file name (asset lessons)'),
  })
  .meta({ id: 'Lesson' });
export type Lesson = z.output<typeof ZLesson>;

/** A question as learners see it: never which options are right. */
export const ZQuizQuestion = z
  .object({
    id: z.uuid(),
    prompt: z.string(),
    multiple: z.boolean().describe('Select all that apply (otherwise choose one)'),
    options: z.array(z.object({ id: z.uuid(), text: z.string() })),
  })
  .meta({ id: 'QuizQuestion' });

export const ZQuiz = z
  .object({
    passMark: z.number().describe('Share of questions to answer right to pass, 0..1'),
    attemptsLimit: z.number().int().nullable(),
    questions: z.array(ZQuizQuestion),
  })
  .meta({ id: 'Quiz' });
export type Quiz = z.output<typeof ZQuiz>;

export const ZPathRef = z.object({ id: z.uuid(), name: z.string() });

export const ZCourseDetail = ZCatalogCourse.extend({
  lessons: z.array(ZLesson),
  quiz: ZQuiz.nullable(),
  paths: z.array(ZPathRef).describe('The learning paths this course is in (for a learner: its own)'),
}).meta({ id: 'CourseDetail' });
export type CourseDetail = z.output<typeof ZCourseDetail>;

/** The author's view of a quiz, answer key included: course managers only. */
export const ZQuizKey = z
  .object({
    courseId: z.uuid(),
    passMark: z.number(),
    attemptsLimit: z.number().int().nullable(),
    updatedAt: z.iso.datetime(),
    questions: z.array(
      z.object({
        id: z.uuid(),
        prompt: z.string(),
        multiple: z.boolean(),
        options: z.array(z.object({ id: z.uuid(), text: z.string(), correct: z.boolean() })),
      }),
    ),
  })
  .meta({ id: 'QuizKey' });
export type QuizKey = z.output<typeof ZQuizKey>;

export const ZLearningPath = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string().nullable(),
    partnerTypes: z.array(ZPartnerType),
    roles: z.array(ZPortalRole),
    courses: z
      .array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          status: ZCourseStatus,
          estimatedMinutes: z.number().int(),
          position: z.number().int(),
        }),
      )
      .describe('In order; a learner sees the published ones only'),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'LearningPath' });
export type LearningPath = z.output<typeof ZLearningPath>;

export const ZWrongQuestion = z.object({ questionId: z.uuid(), prompt: z.string() });

export const ZQuizAttempt = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    score: z.number().describe('Share of questions answered right, 0..1'),
    passMark: z.number(),
    passed: z.boolean(),
    questionCount: z.number().int(),
    rightCount: z.number().int(),
    wrongQuestions: z
      .array(ZWrongQuestion)
      .describe('Which questions were answered wrong; never the right answers'),
    submittedAt: z.iso.datetime(),
  })
  .meta({ id: 'QuizAttempt' });
export type QuizAttempt = z.output<typeof ZQuizAttempt>;

export const ZEnrollment = z
  .object({
    id: z.uuid(),
    courseId: z.uuid(),
    courseTitle: z.string(),
    userId: z.uuid(),
    userName: z.string(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    status: ZEnrollmentStatus,
    lessonsCompleted: z.number().int(),
    lessonCount: z.number().int(),
    attemptsUsed: z.number().int(),
    quizPassed: z.boolean().nullable(),
    enrolledAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Enrollment' });
export type Enrollment = z.output<typeof ZEnrollment>;

export const ZCertificate = z
  .object({
    id: z.uuid(),
    name: z.string(),
    courseId: z.uuid(),
    courseTitle: z.string(),
    userId: z.uuid(),
    userName: z.string(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    issuedAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    state: ZCertificateState,
    previousCertificateId: z.uuid().nullable().describe('The certificate this one renews'),
    renewedById: z.uuid().nullable().describe('The certificate that renewed this one, if any'),
  })
  .meta({ id: 'Certificate' });
export type Certificate = z.output<typeof ZCertificate>;

export const ZEnrollmentDetail = ZEnrollment.extend({
  progress: ZEnrollmentProgress,
  attempts: z.array(ZQuizAttempt),
  certificates: z.array(ZCertificate),
}).meta({ id: 'EnrollmentDetail' });
export type EnrollmentDetail = z.output<typeof ZEnrollmentDetail>;

export const ZAttemptResult = z
  .object({
    attempt: ZQuizAttempt,
    progress: ZEnrollmentProgress,
    certificate: ZCertificate.nullable().describe('The certificate this pass earned, if it earned one'),
  })
  .meta({ id: 'QuizAttemptResult' });
export type AttemptResult = z.output<typeof ZAttemptResult>;

export const ZCertificationReportRow = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    partnerType: ZPartnerType,
    certifiedPeople: z.number().int().describe('Distinct people holding at least one valid certificate'),
    validCertificates: z.number().int().describe('Current certificates not expired'),
    expiringIn30Days: z.number().int().describe('Current certificates expiring within 30 days'),
    expired: z.number().int().describe('Current certificates expired and not renewed'),
  })
  .meta({ id: 'CertificationReportRow' });
export type CertificationReportRow = z.output<typeof ZCertificationReportRow>;

export const ZMomentumRow = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    partnerType: ZPartnerType,
    last90Days: z.number().int().describe('Certifications earned in the 90 days up to the report time'),
    previous90Days: z.number().int().describe('Certifications earned in the 90 days before those'),
    momentum: z
      .number()
      .nullable()
      .describe('last90Days / previous90Days; null when previous90Days is 0 (no base to compare with)'),
  })
  .meta({ id: 'CertificationMomentum' });
export type MomentumRow = z.output<typeof ZMomentumRow>;
