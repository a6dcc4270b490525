import { sql } from 'drizzle-orm';
import { scoreFit } from '../../analytics/scoring/ipp-fit.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { rescoreAllPartners } from '../partners/rescore-all-partners.js';
import { rescoreApplications } from '../recruiting/rescore-applications.js';
import { getIpp, toKernelCriterion } from './get-ipp.js';
import type { Ipp, IppCriterionInput } from './ipp.schemas.js';
import { ippCriteria } from './ipp.table.js';

/** Replaces the whole profile as a new version and rescores every partner and prospect against it. */
export async function replaceIpp(ctx: Ctx, input: { criteria: IppCriterionInput[] }): Promise<Ipp> {
  input.criteria.forEach((criterion, index) => {
    if (
      criterion.kind === 'company_size' &&
      criterion.min !== null &&
      criterion.max !== null &&
      criterion.min > criterion.max
    ) {
      throw invalidField(`criteria.${index}.max`, 'must not be below min');
    }
  });
  return inTransaction(ctx, async (tx) => {
    // One replacement at a time across processes: a concurrent one waits, then builds on this version.
    await tx.db.execute(sql`LOCK TABLE ${ippCriteria} IN EXCLUSIVE MODE`);
    const before = await getIpp(tx);
    const version = before.version + 1;
    const now = ctx.clock.now();
    await tx.db.execute(sql`DELETE FROM ${ippCriteria}`);
    const rows = input.criteria.map(({ kind, label, weight, ...config }, position) => ({
      id: ctx.ids(),
      position,
      kind,
      label,
      weight,
      config,
      version,
      updatedAt: now,
    }));
    const inserted = rows.length ? await tx.db.insert(ippCriteria).values(rows).returning() : [];
    const criteria = inserted.map(toKernelCriterion);
    const rescored = await rescoreAllPartners(tx, (subject) => scoreFit(criteria, subject));
    await rescoreApplications(tx, (subject) => scoreFit(criteria, subject));
    const after = await getIpp(tx);
    await recordAudit(tx, {
      action: 'ipp.replace',
      entityType: 'ipp',
      entityId: String(version),
      before,
      after,
    });
    return { ...after, version, rescored };
  });
}
