import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import type { Enrollment, EnrollmentStatus } from './enablement.schemas.js';
import { enrollments } from './enablement.table.js';
import { selectEnrollments, toEnrollmentView } from './enrollment-view.js';
import { loadProgress } from './progress.js';

export const ENROLLMENT_SORTS = ['enrolledAt', 'updatedAt'] as const;

export interface FindEnrollmentsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  courseId?: string | undefined;
  userId?: string | undefined;
  partnerId?: string | undefined;
  status?: EnrollmentStatus | undefined;
}

/** Enrollments and progress: a partner rep its own, a partner admin its people's, the vendor all. */
export async function findEnrollments(ctx: Ctx, input: FindEnrollmentsInput): Promise<Page<Enrollment>> {
  const plan = keyset(
    input.sort,
    {
      enrolledAt: { column: enrollments.enrolledAt, read: (r) => (r.enrolledAt as Date).toISOString() },
      updatedAt: { column: enrollments.updatedAt, read: (r) => (r.updatedAt as Date).toISOString() },
    },
    { column: enrollments.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where];
  if (input.courseId) filters.push(eq(enrollments.courseId, input.courseId));
  if (input.userId) filters.push(eq(enrollments.userId, input.userId));
  if (input.partnerId) filters.push(eq(enrollments.partnerId, input.partnerId));
  if (input.status) filters.push(eq(enrollments.status, input.status));
  const rows = await selectEnrollments(ctx, and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  const page = toPage(
    rows.map((r) => ({ ...r.row, joined: r })),
    input.limit,
    plan,
    (r) => r.joined,
  );
  const progress = await loadProgress(
    ctx,
    page.items.map((e) => e.row),
  );
  return {
    items: page.items.map((e) => toEnrollmentView(e, progress.get(e.row.id)!)),
    nextCursor: page.nextCursor,
  };
}
