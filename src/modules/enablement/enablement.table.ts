import {
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.table.js';
import { partners } from '../partners/partners.table.js';

/** A course: ordered lessons, an optional quiz and an optional certification earned by passing it. */
export const courses = pgTable(
  'courses',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    summary: text('summary'),
    /** draft, published or archived; learners see published courses only. */
    status: text('status').notNull(),
    estimatedMinutes: integer('estimated_minutes').notNull(),
    /** Open to every partner user, whatever the learning paths say. */
    openToAll: boolean('open_to_all').notNull().default(false),
    certificationName: text('certification_name'),
    certificationValidDays: integer('certification_valid_days'),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('courses_title_idx').on(t.title, t.id),
    index('courses_created_idx').on(t.createdAt, t.id),
    index('courses_status_idx').on(t.status, t.title, t.id),
  ],
);

export const courseLessons = pgTable(
  'course_lessons',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    /** 0-based order within the course, kept dense by every write. */
    position: integer('position').notNull(),
    title: text('title').notNull(),
    /** text (Markdown body), video (url) or asset (url and file name). */
    kind: text('kind').notNull(),
    /** Sanitized Markdown without raw HTML, for text lessons. */
    body: text('body'),
    url: text('url'),
    fileName: text('file_name'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('course_lessons_course_idx').on(t.courseId, t.position)],
);

/** At most one quiz per course; its questions are replaced as a whole. */
export const courseQuizzes = pgTable('course_quizzes', {
  courseId: uuid('course_id')
    .primaryKey()
    .references(() => courses.id, { onDelete: 'cascade' }),
  /** The share of questions to answer right to pass, 0..1 (four decimals). */
  passMark: doublePrecision('pass_mark').notNull(),
  /** Attempts allowed until a pass (counted again after each pass); null for no limit. */
  attemptsLimit: integer('attempts_limit'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export interface StoredOption {
  id: string;
  text: string;
  correct: boolean;
}

export const quizQuestions = pgTable(
  'quiz_questions',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courseQuizzes.courseId, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    prompt: text('prompt').notNull(),
    /** Presented as "select all that apply"; the author's choice, not derived from the key. */
    multiple: boolean('multiple').notNull(),
    /** The options with the answer key: never leaves the server except to course authors. */
    options: jsonb('options').$type<StoredOption[]>().notNull(),
  },
  (t) => [index('quiz_questions_course_idx').on(t.courseId, t.position)],
);

/** A named, ordered set of courses assigned to partner types × portal roles. */
export const learningPaths = pgTable(
  'learning_paths',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    description: text('description'),
    partnerTypes: text('partner_types').array().notNull(),
    roles: text('roles').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('learning_paths_name_idx').on(t.name, t.id),
    index('learning_paths_created_idx').on(t.createdAt, t.id),
    index('learning_paths_types_idx').using('gin', t.partnerTypes),
  ],
);

export const learningPathCourses = pgTable(
  'learning_path_courses',
  {
    pathId: uuid('path_id')
      .notNull()
      .references(() => learningPaths.id, { onDelete: 'cascade' }),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.pathId, t.courseId] }),
    index('learning_path_courses_course_idx').on(t.courseId),
  ],
);

/** One learner in one course. */
export const enrollments = pgTable(
  'enrollments',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The learner's partner, so every read can be scoped without a join. */
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    /** in_progress or completed (every lesson done and the quiz, if any, passed). */
    status: text('status').notNull(),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('enrollments_course_user_key').on(t.courseId, t.userId),
    index('enrollments_user_idx').on(t.userId, t.enrolledAt, t.id),
    index('enrollments_partner_idx').on(t.partnerId, t.enrolledAt, t.id),
    index('enrollments_enrolled_idx').on(t.enrolledAt, t.id),
  ],
);

export const lessonCompletions = pgTable(
  'lesson_completions',
  {
    enrollmentId: uuid('enrollment_id')
      .notNull()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    lessonId: uuid('lesson_id')
      .notNull()
      .references(() => courseLessons.id, { onDelete: 'cascade' }),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.enrollmentId, t.lessonId] })],
);

export interface WrongQuestion {
  questionId: string;
  prompt: string;
}

export const quizAttempts = pgTable(
  'quiz_attempts',
  {
    id: uuid('id').primaryKey(),
    enrollmentId: uuid('enrollment_id')
      .notNull()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    /** 1, 2, … per enrollment; unique, so two attempts sent at once cannot both pass the limit. */
    number: integer('number').notNull(),
    questionCount: integer('question_count').notNull(),
    rightCount: integer('right_count').notNull(),
    score: doublePrecision('score').notNull(),
    passMark: doublePrecision('pass_mark').notNull(),
    passed: boolean('passed').notNull(),
    /** The questions answered wrong (a snapshot: the quiz may be replaced later). */
    wrong: jsonb('wrong').$type<WrongQuestion[]>().notNull(),
    /** The options chosen per question, for the vendor's review. */
    answers: jsonb('answers').$type<Record<string, string[]>>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('quiz_attempts_enrollment_number_key').on(t.enrollmentId, t.number)],
);

/** A certification earned; a renewal is a new certificate that names the one it renews. */
export const certificates = pgTable(
  'certificates',
  {
    id: uuid('id').primaryKey(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => courses.id, { onDelete: 'cascade' }),
    enrollmentId: uuid('enrollment_id')
      .notNull()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    /** The passing attempt it was earned with: each pass earns at most one certificate. */
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => quizAttempts.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    previousCertificateId: uuid('previous_certificate_id'),
    /** Set once the "expiring in 30 days" event went out, so it goes out once. */
    expiringNotifiedAt: timestamp('expiring_notified_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('certificates_attempt_key').on(t.attemptId),
    index('certificates_partner_idx').on(t.partnerId, t.issuedAt, t.id),
    index('certificates_user_idx').on(t.userId, t.courseId, t.issuedAt),
    index('certificates_issued_idx').on(t.issuedAt, t.id),
    index('certificates_expires_idx').on(t.expiresAt, t.id),
    index('certificates_previous_idx').on(t.previousCertificateId),
  ],
);
