import { sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.js';
import { accounts } from '../../accounts/accounts.table.js';
import { opportunities } from '../../deals/deals.table.js';
import { importDeals } from '../../deals/import-deals.js';
import { planDealImport } from '../../deals/plan-deal-import.js';
import {
  type CrmBatchResult,
  type CrmBatchRow,
  type CrmRowError,
  countFailed,
  mappedValue,
} from './crm-batch.js';
import type { CrmMapping, CrmSource } from './crm-fields.js';
import { crmAmount, crmDate, crmStage } from './crm-values.js';

/** A new deal whose file maps no product line gets this one; an existing deal keeps its own. */
export const UNSPECIFIED_PRODUCT_LINE = 'Unspecified';

interface OpportunityRow {
  row: number;
  id: string;
  accountExternalId: string;
  values: Record<string, unknown>;
}

/** The deals import's field names, as the person mapping the file knows them. */
const FIELD_OF: Record<string, string> = {
  accountDomain: 'accountId',
  accountName: 'accountId',
  amountMinor: 'amount',
  externalId: 'id',
  productLines: 'productLine',
};

function readOpportunity(row: CrmBatchRow, mapping: CrmMapping, source: CrmSource, errors: CrmRowError[]) {
  const value = (name: string) => mappedValue(row.values, mapping, name);
  const problems: CrmRowError[] = [];
  const fail = (field: string, reason: string) => problems.push({ row: row.row, field, reason });
  for (const name of ['id', 'accountId', 'name', 'amount', 'stage', 'closeDate']) {
    if (!value(name)) fail(name, 'is empty');
  }
  const currency = (value('currency') || 'USD').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency))
    fail('currency', `"${value('currency')}" is not an ISO 4217 code such as USD`);
  const amount = value('amount') ? crmAmount(value('amount'), currency) : null;
  if (amount && !amount.ok) fail('amount', amount.reason);
  const stage = value('stage') ? crmStage(source, value('stage')) : null;
  if (stage && !stage.ok) fail('stage', stage.reason);
  const closeDate = value('closeDate') ? crmDate(value('closeDate')) : null;
  if (closeDate && !closeDate.ok) fail('closeDate', closeDate.reason);
  if (problems.length || !amount?.ok || !stage?.ok || !closeDate?.ok) {
    errors.push(...problems);
    return null;
  }
  const result: OpportunityRow = {
    row: row.row,
    id: value('id'),
    accountExternalId: value('accountId'),
    values: {
      name: value('name'),
      amountMinor: amount.value,
      currency,
      stage: stage.value,
      closeDate: closeDate.value,
      ...(value('nextSteps') ? { nextSteps: value('nextSteps') } : {}),
      externalId: value('id'),
      externalSystem: source,
    },
  };
  if (value('productLine')) result.values.productLines = [value('productLine')];
  return result;
}

async function lookUp(ctx: Ctx, source: CrmSource, rows: OpportunityRow[]) {
  const accountKey = sql<string>`${accounts.externalIds} ->> ${source}`;
  const dealKey = sql<string>`${opportunities.externalIds} ->> ${source}`;
  const accountIds = [...new Set(rows.map((r) => r.accountExternalId))];
  const dealIds = [...new Set(rows.map((r) => r.id))];
  // One after the other: inside a transaction both queries share one connection.
  const accountRows = accountIds.length
    ? await ctx.db
        .select({ externalId: accountKey, name: accounts.name, domains: accounts.domains })
        .from(accounts)
        .where(sql`${accountKey} = any(${sql.param(accountIds)}::text[])`)
    : [];
  const dealRows = dealIds.length
    ? await ctx.db
        .select({ externalId: dealKey, productLines: opportunities.productLines })
        .from(opportunities)
        .where(sql`${dealKey} = any(${sql.param(dealIds)}::text[])`)
    : [];
  const accountsById = new Map<string, { name: string; domains: string[] }[]>();
  for (const a of accountRows) accountsById.set(a.externalId, [...(accountsById.get(a.externalId) ?? []), a]);
  return { accountsById, productLines: new Map(dealRows.map((d) => [d.externalId, d.productLines])) };
}

/**
 * Upserts one batch of CRM opportunities as deals through the deals import: each row's account is the
 * one holding its CRM account id, the deal the one holding its CRM id; rows the deals import would reject
 * are reported and the others written, so one bad row does not hold back the batch.
 */
export async function importCrmOpportunityBatch(
  ctx: Ctx,
  source: CrmSource,
  mapping: CrmMapping,
  rows: readonly CrmBatchRow[],
  dryRun: boolean,
): Promise<CrmBatchResult> {
  const errors: CrmRowError[] = [];
  const read = rows.flatMap((row) => readOpportunity(row, mapping, source, errors) ?? []);
  const { accountsById, productLines } = await lookUp(ctx, source, read);
  const ready: { row: number; raw: Record<string, unknown> }[] = [];
  for (const entry of read) {
    const found = accountsById.get(entry.accountExternalId) ?? [];
    if (found.length !== 1) {
      errors.push({
        row: entry.row,
        field: 'accountId',
        reason: found.length
          ? `"${entry.accountExternalId}" is held by ${found.length} accounts`
          : `no account has ${source} id "${entry.accountExternalId}"; import the accounts first`,
      });
      continue;
    }
    const account = found[0]!;
    const raw: Record<string, unknown> = {
      ...(account.domains[0] ? { accountDomain: account.domains[0] } : { accountName: account.name }),
      productLines: productLines.get(entry.id) ?? [UNSPECIFIED_PRODUCT_LINE],
      ...entry.values,
    };
    ready.push({ row: entry.row, raw });
  }
  const plans = await planDealImport(
    ctx,
    ready.map((r) => r.raw),
  );
  const result: CrmBatchResult = { created: 0, updated: 0, unchanged: 0, failed: 0, errors };
  const good: Record<string, unknown>[] = [];
  plans.forEach((plan, i) => {
    const { row, raw } = ready[i]!;
    if (plan.status === 'rejected') {
      for (const e of plan.errors)
        errors.push({ row, field: FIELD_OF[e.field] ?? e.field, reason: e.message });
      return;
    }
    result[plan.status]++;
    good.push(raw);
  });
  errors.sort((a, b) => a.row - b.row);
  result.failed = countFailed(errors);
  if (!dryRun && result.created + result.updated > 0) {
    const written = await importDeals(ctx, { rows: good, dryRun: false, sourceName: `${source} import` });
    Object.assign(result, {
      created: written.counts.created,
      updated: written.counts.updated,
      unchanged: written.counts.unchanged,
    });
  }
  return result;
}
