import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../../platform/context.js';
import { notFound } from '../../../platform/errors.js';
import { ruleSets } from '../registrations.table.js';
import { toRuleSetView } from './find-rule-sets.js';
import type { RuleSet } from './rule-sets.schemas.js';

/** Switches the program to a saved version; registrations decided from now on use it. */
export async function activateRuleSet(ctx: Ctx, id: string): Promise<RuleSet> {
  return inTransaction(ctx, async (tx) => {
    const [target] = await tx.db.select().from(ruleSets).where(eq(ruleSets.id, id)).for('update').limit(1);
    if (!target) throw notFound('Rule set');
    const [previous] = await tx.db.select().from(ruleSets).where(eq(ruleSets.active, true)).limit(1);
    if (previous?.id === id) return toRuleSetView(target);
    await tx.db.update(ruleSets).set({ active: false }).where(eq(ruleSets.active, true));
    const [row] = await tx.db.update(ruleSets).set({ active: true }).where(eq(ruleSets.id, id)).returning();
    const view = toRuleSetView(row!);
    await recordAudit(tx, {
      action: 'rule_set.activate',
      entityType: 'rule_set',
      entityId: id,
      before: { activeVersion: previous?.version ?? 0 },
      after: { activeVersion: view.version },
    });
    return view;
  });
}
