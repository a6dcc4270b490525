import { type AnyColumn, eq, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { partners } from '../partners/partners.table.js';

/** A partner user as the audience rules see it: who, which partner, its type, and the portal role. */
export interface Learner {
  userId: string;
  partnerId: string;
  partnerType: string;
  role: string;
}

/** The learner behind the request, or null for vendor users (who see every course and record). */
export async function learnerOf(ctx: Ctx): Promise<Learner | null> {
  const partnerId = partnerScope(ctx.actor);
  if (!partnerId || ctx.actor.kind !== 'user') return null;
  const [partner] = await ctx.db
    .select({ type: partners.type })
    .from(partners)
    .where(eq(partners.id, partnerId))
    .limit(1);
  if (!partner) throw new AppError('forbidden', 'Your partner organization was not found');
  return { userId: ctx.actor.userId, partnerId, partnerType: partner.type, role: ctx.actor.role };
}

/** A learner, or forbidden: learning (enrolling, completing, attempting) is for partner users. */
export async function requireLearner(ctx: Ctx): Promise<Learner> {
  const learner = await learnerOf(ctx);
  if (!learner) throw new AppError('forbidden', 'Only partner users take courses');
  return learner;
}

/** A learning path reaches a learner when it lists both the partner's type and the user's role. */
export function pathReaches(learner: Learner): SQL {
  return sql`(${learner.partnerType} = ANY(learning_paths.partner_types) AND ${learner.role} = ANY(learning_paths.roles))`;
}

/**
 * The audience rule as a condition on `courses`: published, and either open to every partner or in a
 * learning path that reaches the learner (its partner's type × its portal role).
 */
export function courseAvailableTo(learner: Learner): SQL {
  return sql`(courses.status = 'published' AND (courses.open_to_all OR EXISTS (
    SELECT 1 FROM learning_path_courses lpc
    JOIN learning_paths ON learning_paths.id = lpc.path_id
    WHERE lpc.course_id = courses.id AND ${pathReaches(learner)})))`;
}

/**
 * Whose learning records (enrollments, attempts, certificates) the actor sees: a partner rep its own,
 * a partner admin its partner's people, the vendor everyone.
 */
export function recordScope(ctx: Ctx, columns: { userId: AnyColumn; partnerId: AnyColumn }): SQL | undefined {
  const partnerId = partnerScope(ctx.actor);
  if (!partnerId || ctx.actor.kind !== 'user') return undefined;
  if (ctx.actor.role === 'partner_admin') return eq(columns.partnerId, partnerId);
  return eq(columns.userId, ctx.actor.userId);
}
