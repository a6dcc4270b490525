import type { ColumnMapping } from '../../../analytics/matching/account-columns.js';
import type { AccountList } from '../../../analytics/matching/read-account-list.js';
import { readAccountRow } from '../../../analytics/matching/read-account-row.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Ctx } from '../../../platform/context.js';
import { insertAccounts, updateAccounts } from '../../accounts/import-accounts.js';
import { planAccountImport, rowChecker } from '../../accounts/plan-account-import.js';
import { type CrmBatchResult, type CrmBatchRow, countFailed } from './crm-batch.js';
import type { CrmMapping, CrmSource } from './crm-fields.js';

const ACCOUNT_COLUMNS = ['id', 'name', 'domain', 'population', 'country', 'industry'] as const;

/** The batch as the accounts import reads a file: same row rules, same per-row problems. */
function accountList(rows: readonly CrmBatchRow[], mapping: CrmMapping): AccountList {
  const columns: ColumnMapping = {};
  for (const name of ACCOUNT_COLUMNS) if (mapping[name]) columns[name] = mapping[name];
  const check = rowChecker();
  const list: AccountList = { columns, records: [], rowsRead: rows.length, rejections: [], notices: [] };
  for (const { row, values } of rows) {
    const result = readAccountRow(row, values, columns);
    if (!result.ok) {
      list.rejections.push(...result.problems.map((p) => ({ line: row, ...p })));
      continue;
    }
    if (columns.id && !(values[columns.id] ?? '').trim()) {
      list.rejections.push({
        line: row,
        field: 'id',
        message: 'is empty: the row has no CRM id to upsert by',
      });
      continue;
    }
    const problems = check(result.record);
    if (problems.length > 0) list.rejections.push(...problems.map((p) => ({ line: row, ...p })));
    else list.records.push(result.record);
  }
  return list;
}

/**
 * Upserts one batch of CRM accounts through the accounts import's own planner: by the CRM's id in the
 * accounts' external ids, else by registrable domain; rows that would change nothing count as unchanged.
 */
export async function importCrmAccountBatch(
  ctx: Ctx,
  source: CrmSource,
  mapping: CrmMapping,
  rows: readonly CrmBatchRow[],
  dryRun: boolean,
): Promise<CrmBatchResult> {
  const plan = await planAccountImport(ctx, accountList(rows, mapping), source, !dryRun);
  const errors = plan.rejections.map((p) => ({ row: p.line, field: p.field, reason: p.message }));
  const result: CrmBatchResult = {
    created: plan.creates.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
    failed: countFailed(errors),
    errors,
  };
  if (dryRun || plan.creates.length + plan.updates.length === 0) return result;
  await insertAccounts(ctx, plan.creates);
  await updateAccounts(ctx, plan.updates);
  await recordAudit(ctx, {
    action: 'account.import',
    entityType: 'account_import',
    entityId: ctx.ids(),
    after: { source, created: result.created, updated: result.updated, unchanged: result.unchanged },
  });
  return result;
}
