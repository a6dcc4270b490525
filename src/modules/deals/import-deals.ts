import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { domainEvents } from '../../platform/events/events.table.js';
import { formatMoney } from '../../platform/money/money.js';
import { actorRef } from './deal-activity.js';
import { isClosedStage } from './deals.schemas.js';
import { dealActivities, opportunities } from './deals.table.js';
import type { ImportDealsInput, ImportReport } from './import-deals.schemas.js';
import { type DealValues, type PlannedRow, planDealImport } from './plan-deal-import.js';

/** Rows per INSERT statement: well under PostgreSQL's 65,535 bind parameters at 15 columns a row. */
const CHUNK = 1000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function report(plans: PlannedRow[], dryRun: boolean, committed: boolean): ImportReport {
  const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const plan of plans) counts[plan.status] += 1;
  return {
    dryRun,
    committed,
    counts,
    rows: plans.map((p) => ({ row: p.index, status: p.status, dealId: p.dealId, errors: p.errors })),
  };
}

function describeChanges(plan: PlannedRow): string {
  const before = plan.before!;
  const values = plan.values!;
  return plan.changed
    .map((field) => {
      if (field === 'stage') return `stage ${before.stage} → ${values.stage}`;
      if (field === 'amountMinor' || field === 'currency')
        return `amount ${formatMoney(before.amountMinor, before.currency)} → ${formatMoney(values.amountMinor, values.currency)}`;
      if (field === 'closeDate') return `close date ${before.closeDate} → ${values.closeDate}`;
      return field;
    })
    .filter((text, i, all) => all.indexOf(text) === i)
    .join(', ');
}

/** Every planned update in one statement: the new rows go in as one JSON document. */
async function applyUpdates(ctx: Ctx, plans: PlannedRow[], now: Date): Promise<void> {
  if (!plans.length) return;
  const rows = plans.map((p) => {
    const v = p.values!;
    const wasClosed = isClosedStage(p.before!.stage);
    const closedAt = isClosedStage(v.stage) ? (wasClosed ? p.before!.closedAt : now) : null;
    return {
      id: p.dealId,
      account_id: v.accountId,
      name: v.name,
      amount_minor: v.amountMinor,
      currency: v.currency,
      stage: v.stage,
      close_date: v.closeDate,
      owner_id: v.ownerId,
      product_lines: v.productLines,
      next_steps: v.nextSteps,
      external_ids: v.externalIds,
      closed_at: closedAt?.toISOString() ?? null,
    };
  });
  await ctx.db.execute(sql`UPDATE ${opportunities} AS o SET
      account_id = v.account_id, name = v.name, amount_minor = v.amount_minor, currency = v.currency,
      stage = v.stage, close_date = v.close_date, owner_id = v.owner_id, product_lines = v.product_lines,
      next_steps = v.next_steps, external_ids = v.external_ids, closed_at = v.closed_at,
      updated_at = ${now.toISOString()}::timestamptz
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(
      id uuid, account_id uuid, name text, amount_minor bigint, currency text, stage text, close_date date,
      owner_id uuid, product_lines text[], next_steps text, external_ids jsonb, closed_at timestamptz)
    WHERE o.id = v.id`);
}

async function applyInserts(ctx: Ctx, plans: PlannedRow[], now: Date): Promise<void> {
  for (const part of chunks(plans)) {
    await ctx.db.insert(opportunities).values(
      part.map((p) => {
        const v: DealValues = p.values!;
        return {
          id: p.dealId!,
          ...v,
          source: 'direct',
          closedAt: isClosedStage(v.stage) ? now : null,
          createdAt: now,
          updatedAt: now,
        };
      }),
    );
  }
}

/** The timeline entries and events of an import, each in batched inserts. */
async function recordImported(ctx: Ctx, created: PlannedRow[], updated: PlannedRow[], now: Date) {
  const actorId = actorRef(ctx);
  const activities = [
    ...created.map((p) => ({
      opportunityId: p.dealId!,
      kind: 'imported',
      summary: `Imported from CRM at ${p.values!.stage}, ${formatMoney(p.values!.amountMinor, p.values!.currency)}`,
    })),
    ...updated.map((p) => ({
      opportunityId: p.dealId!,
      kind: 'import_updated',
      summary: `Updated by CRM import: ${describeChanges(p)}`,
    })),
  ];
  for (const part of chunks(activities)) {
    await ctx.db
      .insert(dealActivities)
      .values(part.map((a) => ({ ...a, id: ctx.ids(), actorId, partnerId: null, internal: false, at: now })));
  }
  const events = [
    ...created.map((p) => ({
      type: 'deal.created',
      entityId: p.dealId!,
      payload: { source: 'import', stage: p.values!.stage, amountMinor: p.values!.amountMinor },
    })),
    ...updated.map((p) => ({
      type: 'deal.updated',
      entityId: p.dealId!,
      payload: {
        source: 'import',
        changed: p.changed,
        ...(p.changed.includes('stage') ? { stage: { from: p.before!.stage, to: p.values!.stage } } : {}),
      },
    })),
  ];
  for (const part of chunks(events)) {
    await ctx.db
      .insert(domainEvents)
      .values(part.map((e) => ({ ...e, entityType: 'deal', partnerId: null, occurredAt: now })));
  }
}

/**
 * Imports CRM deals all or nothing: every row is checked first and reported (created, updated,
 * unchanged or rejected, with the reasons); only when no row is rejected and it is not a dry run are
 * the rows written, in batches, in one transaction. Re-running the same import changes nothing.
 */
export async function importDeals(ctx: Ctx, input: ImportDealsInput): Promise<ImportReport> {
  return inTransaction(ctx, async (tx) => {
    // Imports take turns with each other and with deal writes, so two runs cannot both create a row.
    if (!input.dryRun) await tx.db.execute(sql`LOCK TABLE ${opportunities} IN SHARE ROW EXCLUSIVE MODE`);
    const plans = await planDealImport(tx, input.rows);
    if (input.dryRun || plans.some((p) => p.status === 'rejected')) return report(plans, input.dryRun, false);
    const now = ctx.clock.now();
    const created = plans.filter((p) => p.status === 'created');
    const updated = plans.filter((p) => p.status === 'updated');
    if (!created.length && !updated.length) return report(plans, false, true);
    for (const plan of created) plan.dealId = ctx.ids();
    await applyInserts(tx, created, now);
    await applyUpdates(tx, updated, now);
    await recordImported(tx, created, updated, now);
    const result = report(plans, false, true);
    await recordAudit(tx, {
      action: 'deal.import',
      entityType: 'deal_import',
      entityId: ctx.ids(),
      after: {
        sourceName: input.sourceName ?? null,
        counts: result.counts,
        created: created.map((p) => p.dealId),
        updated: updated.map((p) => ({ id: p.dealId, changed: p.changed })),
      },
    });
    return result;
  });
}
