import { sql } from 'drizzle-orm';
import type { ColumnMapping } from '../../analytics/matching/account-columns.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { REPORTED_ROW_PROBLEMS, refuseRowProblems } from '../../platform/csv/row-problems.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import type { AccountImport, AccountSystem } from './accounts.schemas.js';
import { accounts } from './accounts.table.js';
import {
  type AccountImportPlan,
  type ImportedAccount,
  planAccountImport,
  readAccountImport,
} from './plan-account-import.js';

const BATCH = 1_000;

export interface ImportAccountsInput {
  bytes: Uint8Array;
  /** The CRM the file comes from: its id column fills externalIds[system]. */
  system: AccountSystem;
  columns?: ColumnMapping | undefined;
  /** Import the valid rows and report the rest, instead of refusing the whole file. */
  skipInvalid?: boolean | undefined;
  /** Report what the import would do and write nothing. */
  dryRun?: boolean | undefined;
}

function report(plan: AccountImportPlan, input: ImportAccountsInput, id: string | null): AccountImport {
  return {
    id,
    system: input.system,
    dryRun: Boolean(input.dryRun),
    rowsRead: plan.rowsRead,
    rowsAccepted: plan.rowsAccepted,
    rowsRejected: new Set(plan.rejections.map((p) => p.line)).size,
    created: plan.creates.length,
    updated: plan.updates.length,
    unchanged: plan.unchanged,
    columns: plan.columns as Record<string, string>,
    rejections: plan.rejections.slice(0, REPORTED_ROW_PROBLEMS),
    notices: plan.notices.slice(0, REPORTED_ROW_PROBLEMS),
  };
}

function checked(plan: AccountImportPlan, input: ImportAccountsInput): AccountImportPlan {
  if (plan.rejections.length > 0 && !input.skipInvalid) throw refuseRowProblems(plan.rejections);
  return plan;
}

export async function insertAccounts(ctx: Ctx, rows: ImportedAccount[]): Promise<void> {
  const now = ctx.clock.now();
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = rows.slice(i, i + BATCH).map((row) => ({
      ...row,
      id: ctx.ids(),
      employees: null,
      ownerId: null,
      createdAt: now,
      updatedAt: now,
    }));
    await ctx.db.insert(accounts).values(values);
  }
}

/** One UPDATE … FROM (VALUES …) per batch, setting each account to what the plan computed for it. */
export async function updateAccounts(ctx: Ctx, rows: (ImportedAccount & { id: string })[]): Promise<void> {
  const now = ctx.clock.now().toISOString();
  for (let i = 0; i < rows.length; i += BATCH) {
    const values = sql.join(
      rows
        .slice(i, i + BATCH)
        .map(
          (row) =>
            sql`(${row.id}::uuid, ${row.name}::text, ${row.normalizedName}::text, ${row.matchKey}::text, ${sql.param(row.domains)}::text[], ${row.country}::text, ${row.industry}::text, ${row.status}::text, ${JSON.stringify(row.externalIds)}::jsonb)`,
        ),
      sql`, `,
    );
    await ctx.db.execute(sql`
      update ${accounts} set
        name = v.name, normalized_name = v.normalized_name, match_key = v.match_key, domains = v.domains,
        country = v.country, industry = v.industry, status = v.status, external_ids = v.external_ids,
        updated_at = ${now}::timestamptz
      from (values ${values}) as v(id, name, normalized_name, match_key, domains, country, industry, status, external_ids)
      where ${accounts.id} = v.id`);
  }
}

/**
 * Imports the vendor's accounts from a CRM export (Salesforce, HubSpot or Dynamics accounts as CSV): read
 * and checked whole, then created and updated in batches in one transaction, with one audit entry and
 * one event for the whole import. A file with row problems is refused unless skipInvalid is set.
 *
 * Partners' account mappings are not recomputed here: the nightly `mapping.refresh` job matches every
 * partner's list against the CRM again, and `POST /api/mapping/partners/{id}/refresh` does it for one
 * partner at once.
 */
export async function importAccounts(ctx: Ctx, input: ImportAccountsInput): Promise<AccountImport> {
  const list = await readAccountImport(input.bytes, input.columns);
  if (list.rejections.length > 0 && !input.skipInvalid) throw refuseRowProblems(list.rejections);
  if (input.dryRun) {
    return report(checked(await planAccountImport(ctx, list, input.system, false), input), input, null);
  }
  return inTransaction(ctx, async (tx) => {
    const plan = checked(await planAccountImport(tx, list, input.system, true), input);
    await insertAccounts(tx, plan.creates);
    await updateAccounts(tx, plan.updates);
    const id = tx.ids();
    const result = report(plan, input, id);
    const summary = { ...result, rejections: plan.rejections.length, notices: plan.notices.length };
    await recordAudit(tx, {
      action: 'account.import',
      entityType: 'account_import',
      entityId: id,
      after: summary,
    });
    await publishEvent(tx, {
      type: 'accounts.imported',
      entityType: 'account_import',
      entityId: id,
      payload: summary,
    });
    return result;
  });
}
