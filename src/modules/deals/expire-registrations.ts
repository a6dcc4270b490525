import { and, asc, eq, isNull, lte } from 'drizzle-orm';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { loadRegistration } from './load-registration.js';
import { recordRegistrationChange } from './record-registration-change.js';
import { registrations } from './registrations.table.js';
import { activeRuleSet } from './rules/active-rule-set.js';
import { transitionRegistration } from './transition-registration.js';

const BATCH = 200;
const DAY_MS = 86_400_000;

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
  let expired = 0;
  let reminded = 0;
  for (
    let ids = await dueIds(ctx, ctx.clock.now(), false);
    ids.length;
    ids = await dueIds(ctx, ctx.clock.now(), false)
  ) {
    for (const id of ids) {
      await inTransaction(ctx, async (tx) => {
        const loaded = await loadRegistration(tx, id, { forUpdate: true });
        if (loaded.row.status !== 'approved' || loaded.row.protectedUntil! > tx.clock.now()) return;
        await transitionRegistration(tx, loaded, {
          to: 'expired',
          action: 'expired',
          reason: `Protection ended on ${loaded.row.protectedUntil!.toISOString().slice(0, 10)}; the account is open again`,
          eventPayload: { releasedAccountId: loaded.row.accountId },
        });
        expired += 1;
      });
    }
  }
  const horizon = () => new Date(ctx.clock.now().getTime() + config.reminderDaysBefore * DAY_MS);
  for (let ids = await dueIds(ctx, horizon(), true); ids.length; ids = await dueIds(ctx, horizon(), true)) {
    for (const id of ids) {
      await inTransaction(ctx, async (tx) => {
        const loaded = await loadRegistration(tx, id, { forUpdate: true });
        if (loaded.row.status !== 'approved' || loaded.row.reminderSentAt) return;
        const [after] = await tx.db
          .update(registrations)
          .set({ reminderSentAt: tx.clock.now() })
          .where(eq(registrations.id, id))
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
        reminded += 1;
      });
    }
  }
  return { expired, reminded };
}
