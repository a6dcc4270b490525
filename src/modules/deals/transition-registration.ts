import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { LoadedRegistration } from './load-registration.js';
import { recordRegistrationChange } from './record-registration-change.js';
import type { RegistrationRow } from './registration-view.js';
import type { RegistrationStatus } from './registrations.schemas.js';
import { registrations } from './registrations.table.js';

export function assertStatus(
  row: RegistrationRow,
  allowed: readonly RegistrationStatus[],
  doing: string,
): void {
  if (!(allowed as readonly string[]).includes(row.status))
    throw new AppError('conflict', `Cannot ${doing} a registration that is ${row.status.replace('_', ' ')}`, {
      currentStatus: row.status,
      allowedFrom: allowed,
    });
}

/** Moves a registration to a new status (with any extra column changes), recording history, audit, event. */
export async function transitionRegistration(
  ctx: Ctx,
  loaded: LoadedRegistration,
  change: {
    to: RegistrationStatus;
    action: string;
    reason: string;
    set?: Partial<typeof registrations.$inferInsert>;
    eventPayload?: Record<string, unknown>;
  },
): Promise<LoadedRegistration> {
  const [after] = await ctx.db
    .update(registrations)
    .set({ ...change.set, status: change.to, updatedAt: ctx.clock.now() })
    .where(eq(registrations.id, loaded.row.id))
    .returning();
  await recordRegistrationChange(ctx, {
    before: loaded.row,
    after: after!,
    action: change.action,
    reason: change.reason,
    ...(change.eventPayload ? { eventPayload: change.eventPayload } : {}),
  });
  return { ...loaded, row: after! };
}
