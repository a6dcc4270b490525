import { eq, max, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../../platform/context.js';
import { actorUserId } from '../../../platform/policy.js';
import { ruleSets } from '../registrations.table.js';
import { toRuleSetView } from './find-rule-sets.js';
import type { CreateRuleSetInput, RuleSet } from './rule-sets.schemas.js';

/** Saves a new version of the rules of engagement (versions are never edited), optionally switching to it. */
export async function createRuleSet(ctx: Ctx, input: CreateRuleSetInput): Promise<RuleSet> {
  return inTransaction(ctx, async (tx) => {
    // Versions are numbered in order even when two admins save at once: the table lock serializes them.
    await tx.db.execute(sql`lock table ${ruleSets} in share row exclusive mode`);
    const [{ latest } = { latest: 0 }] = await tx.db.select({ latest: max(ruleSets.version) }).from(ruleSets);
    if (input.activate) await tx.db.update(ruleSets).set({ active: false }).where(eq(ruleSets.active, true));
    const [row] = await tx.db
      .insert(ruleSets)
      .values({
        id: tx.ids(),
        version: (latest ?? 0) + 1,
        name: input.name,
        note: input.note,
        config: input.config,
        active: input.activate,
        createdBy: actorUserId(tx.actor),
        createdAt: tx.clock.now(),
      })
      .returning();
    const view = toRuleSetView(row!);
    await recordAudit(tx, {
      action: 'rule_set.create',
      entityType: 'rule_set',
      entityId: view.id!,
      after: view,
    });
    return view;
  });
}
