import { eq, sql } from 'drizzle-orm';
import type { ColumnMapping } from '../../analytics/matching/account-columns.js';
import { classifyPopulation } from '../../analytics/matching/account-populations.js';
import { type AccountList, readAccountList } from '../../analytics/matching/read-account-list.js';
import type { AccountRecord } from '../../analytics/matching/read-account-row.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { refuseRowProblems } from '../../platform/csv/row-problems.js';
import { invalidField } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import type { MappingImport } from './mapping.schemas.js';
import { mappingImports, partnerAccounts } from './mapping.table.js';
import { toImportView } from './mapping-import-view.js';
import { assertMappingPartner, sideOf } from './mapping-side.js';
import { refreshPartnerMatches } from './refresh-partner-matches.js';

const INSERT_BATCH = 1_000;

export interface ImportPartnerAccountsInput {
  partnerId: string;
  bytes: Uint8Array;
  fileName?: string | undefined;
  /** replace: the upload is the whole list; merge: add and update by the file's ids, keep the rest. */
  mode: 'replace' | 'merge';
  columns?: ColumnMapping | undefined;
  /** The population of rows whose file gives none. */
  defaultPopulation?: 'customer' | 'prospect' | undefined;
  /** Import the valid rows and report the rest, instead of refusing the whole file. */
  skipInvalid?: boolean | undefined;
}

function populationOf(record: AccountRecord, fallback: string | undefined): string | null {
  if (!record.population) return fallback ?? null;
  const population = classifyPopulation(record.population);
  if (population === 'customer') return 'customer';
  if (population === 'prospect' || population === 'open_opportunity') return 'prospect';
  return null;
}

async function readList(input: ImportPartnerAccountsInput): Promise<AccountList> {
  const firstLine = new Map<string, number>();
  return readAccountList(input.bytes, input.columns ?? {}, (record) => {
    const problems = [];
    if (!populationOf(record, input.defaultPopulation)) {
      problems.push({
        field: 'population',
        message: record.population
          ? `"${record.population}" names neither customers nor prospects`
          : 'is empty: give a population column or a default population',
      });
    }
    const earlier = firstLine.get(record.id);
    if (earlier !== undefined) problems.push({ field: 'id', message: `repeats the id of line ${earlier}` });
    else firstLine.set(record.id, record.line);
    return problems;
  });
}

/**
 * A partner's account list from a CSV upload: read and checked whole first, then written in batches in one
 * transaction with the partner's matches recomputed, so the list and its overlaps never disagree.
 */
export async function importPartnerAccounts(
  ctx: Ctx,
  input: ImportPartnerAccountsInput,
): Promise<MappingImport> {
  await assertMappingPartner(ctx, input.partnerId);
  const list = await readList(input);
  if (list.rowsRead === 0) throw invalidField('body', 'has a header but no rows');
  if (input.mode === 'merge' && !list.columns.id) {
    throw invalidField('columns.id', 'is needed to merge: rows are matched to earlier uploads by id');
  }
  if (list.rejections.length > 0 && !input.skipInvalid) throw refuseRowProblems(list.rejections);
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const importId = tx.ids();
    const existing = await tx.db
      .select({ externalId: partnerAccounts.externalId })
      .from(partnerAccounts)
      .where(eq(partnerAccounts.partnerId, input.partnerId));
    const known = new Set(existing.map((row) => row.externalId));
    const incoming = new Set(list.records.map((record) => record.id));
    const updated = list.records.filter((record) => known.has(record.id)).length;
    let removed = 0;
    if (input.mode === 'replace') {
      removed = existing.filter((row) => !incoming.has(row.externalId)).length;
      await tx.db.delete(partnerAccounts).where(eq(partnerAccounts.partnerId, input.partnerId));
    }
    const values = list.records.map((record) => ({
      id: tx.ids(),
      partnerId: input.partnerId,
      externalId: record.id,
      name: record.name || record.keys.domain || record.website,
      website: record.website || null,
      domain: record.keys.domain,
      nameKey: record.keys.name,
      population: populationOf(record, input.defaultPopulation)!,
      country: /^[A-Za-z]{2}$/.test(record.country) ? record.country.toUpperCase() : record.country || null,
      industry: record.industry || null,
      importId,
      createdAt: now,
      updatedAt: now,
    }));
    for (let i = 0; i < values.length; i += INSERT_BATCH) {
      await tx.db
        .insert(partnerAccounts)
        .values(values.slice(i, i + INSERT_BATCH))
        .onConflictDoUpdate({
          target: [partnerAccounts.partnerId, partnerAccounts.externalId],
          set: {
            name: sql`excluded.name`,
            website: sql`excluded.website`,
            domain: sql`excluded.domain`,
            nameKey: sql`excluded.name_key`,
            population: sql`excluded.population`,
            country: sql`excluded.country`,
            industry: sql`excluded.industry`,
            importId: sql`excluded.import_id`,
            updatedAt: sql`excluded.updated_at`,
          },
        });
    }
    const refreshed = await refreshPartnerMatches(tx, input.partnerId);
    const [row] = await tx.db
      .insert(mappingImports)
      .values({
        id: importId,
        side: sideOf(tx),
        partnerId: input.partnerId,
        fileName: input.fileName ?? null,
        mode: input.mode,
        status: 'applied',
        rowsRead: list.rowsRead,
        rowsAccepted: list.records.length,
        rowsRejected: new Set(list.rejections.map((p) => p.line)).size,
        created: list.records.length - updated,
        updated,
        removed,
        columns: list.columns,
        rejections: list.rejections,
        notices: list.notices,
        createdBy: actorUserId(tx.actor),
        createdAt: now,
      })
      .returning();
    const view = toImportView(row!);
    const summary = {
      ...view,
      rejections: view.rejections.length,
      notices: view.notices.length,
      matches: refreshed.matches,
    };
    await recordAudit(tx, {
      action: 'mapping.import',
      entityType: 'mapping_import',
      entityId: importId,
      partnerId: input.partnerId,
      after: summary,
    });
    await publishEvent(tx, {
      type: 'mapping.imported',
      entityType: 'mapping_import',
      entityId: importId,
      partnerId: input.partnerId,
      payload: summary,
    });
    return view;
  });
}
