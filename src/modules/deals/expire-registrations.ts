import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import { addDays } from '../../platform/clock.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { type LoadedRegistration, loadRegistration } from './load-registration.js';
import { recordRegistrationChange } from './record-registration-change.js';
import { registrations } from './registrations.table.js';
import { activeRuleSet } from './rules/active-rule-set.js';
import { transitionRegistration } from './transition-registration.js';

const BATCH = 200;

async function dueIds(ctx: Ctx, until: Date, onlyUnreminded: boolean): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        eq(registrations.status, 'approved'),
        lte(registrations.protectedUntil, until),
        onlyUnreminded ? isNull(registrations.reminderSentAt) : undefined,
      ),
    )
    .orderBy(asc(registrations.protectedUntil), asc(registrations.id))
    .limit(BATCH);
  return rows.map((r) => r.id);
}

/**
 * The scheduled sweep: approved registrations past their protection expire (releasing the account),
 * and those about to expire get one reminder event. Each registration is its own transaction, and a
 * row is re-checked under lock, so a concurrent extension or a second server never double-handles it.
 */
export async function expireRegistrations(ctx: Ctx): Promise<{ expired: number; reminded: number }> {
  const { config } = await activeRuleSet(ctx);
  const expired = await sweep(
    ctx,
    () => dueIds(ctx, ctx.clock.now(), false),
    async (tx, loaded) => {
      if (loaded.row.status !== 'approved' || loaded.row.protectedUntil! > tx.clock.now()) return false;
      await transitionRegistration(tx, loaded, {
        to: 'expired',
        action: 'expired',
        reason: `Protection ended on ${loaded.row.protectedUntil!.toISOString().slice(0, 10)}; the account is open again`,
        eventPayload: { releasedAccountId: loaded.row.accountId },
      });
      return true;
    },
  );
  const reminded = await sweep(
    ctx,
    () => dueIds(ctx, addDays(ctx.clock.now(), config.reminderDaysBefore), true),
    async (tx, loaded) => {
      if (loaded.row.status !== 'approved' || loaded.row.reminderSentAt) return false;
      const [after] = await tx.db
        .update(registrations)
        .set({ reminderSentAt: tx.clock.now() })
        .where(eq(registrations.id, loaded.row.id))
        .returning();
      await recordRegistrationChange(tx, {
        before: loaded.row,
        after: after!,
        action: 'expiring',
        reason: `Protection ends on ${loaded.row.protectedUntil!.toISOString().slice(0, 10)}`,
        eventPayload: {
          protectedUntil: loaded.row.protectedUntil!.toISOString(),
          extendable: !loaded.row.extended,
        },
      });
      return true;
    },
  );
  return { expired, reminded };
}

/** Handles every due registration, each in its own transaction under a row lock, until none is due. */
async function sweep(
  ctx: Ctx,
  due: () => Promise<string[]>,
  handle: (tx: Ctx, loaded: LoadedRegistration) => Promise<boolean>,
): Promise<number> {
  let handled = 0;
  for (let ids = await due(); ids.length; ids = await due()) {
    for (const id of ids) {
      const done = await inTransaction(ctx, async (tx) =>
        handle(tx, await loadRegistration(tx, id, { forUpdate: true })),
      );
      if (done) handled += 1;
    }
  }
  return handled;
}
