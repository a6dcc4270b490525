import { eq, sql } from 'drizzle-orm';
import type { StandardPopulation } from '../../analytics/matching/account-populations.js';
import { readHashedList } from '../../analytics/matching/read-hashed-list.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { refuseRowProblems } from '../../platform/csv/row-problems.js';
import { invalidField } from '../../platform/errors.js';
import { publishEvent } from '../../platform/events/publish-event.js';
import { actorUserId } from '../../platform/policy.js';
import type { HashedListUpload } from './hashed.schemas.js';
import { PARTNER_POPULATIONS, VENDOR_POPULATIONS } from './mapping.schemas.js';
import { hashedAccountLists, hashedAccounts } from './mapping.table.js';
import { assertMappingPartner, sideOf } from './mapping-side.js';

const INSERT_BATCH = 1_000;
/** Rejections listed in the report of an upload made with skipInvalid; rowsRejected counts them all. */
const REPORTED_REJECTIONS = 1_000;

export interface UploadHashedListInput {
  partnerId: string;
  bytes: Uint8Array;
  /** Identifies the secret the list was hashed with; lists with different ones never match. */
  keyFingerprint: string;
  /** The population of rows whose file gives none. */
  defaultPopulation?: 'customer' | 'prospect' | undefined;
  /** Store the valid rows and report the rest, instead of refusing the whole file. */
  skipInvalid?: boolean | undefined;
}

/**
 * The caller's side's account list as keyed hashes (see hash-keys.ts), replacing that side's current
 * list for this partner relationship: checked whole first, then written in batches in one transaction.
 * Trellis never sees the secret nor the names and domains behind the hashes.
 */
export async function uploadHashedList(ctx: Ctx, input: UploadHashedListInput): Promise<HashedListUpload> {
  await assertMappingPartner(ctx, input.partnerId);
  const side = sideOf(ctx);
  const populations: readonly StandardPopulation[] =
    side === 'vendor' ? VENDOR_POPULATIONS : PARTNER_POPULATIONS;
  const list = await readHashedList(input.bytes, populations, input.defaultPopulation);
  if (list.rowsRead === 0) throw invalidField('body', 'has a header but no rows');
  if (list.rejections.length > 0 && !input.skipInvalid) throw refuseRowProblems(list.rejections);
  if (list.records.length === 0) throw invalidField('body', 'has no valid rows');
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const meta = {
      keyFingerprint: input.keyFingerprint,
      rows: list.records.length,
      uploadedBy: actorUserId(tx.actor),
      uploadedAt: now,
    };
    // One row per side, updated in place: its row lock orders concurrent uploads of the same side.
    const [stored] = await tx.db
      .insert(hashedAccountLists)
      .values({ id: tx.ids(), partnerId: input.partnerId, side, ...meta })
      .onConflictDoUpdate({ target: [hashedAccountLists.partnerId, hashedAccountLists.side], set: meta })
      .returning({ id: hashedAccountLists.id });
    const listId = stored!.id;
    const [previous] = await tx.db
      .select({ rows: sql<number>`count(*)::int` })
      .from(hashedAccounts)
      .where(eq(hashedAccounts.listId, listId));
    await tx.db.delete(hashedAccounts).where(eq(hashedAccounts.listId, listId));
    const values = list.records.map((record) => ({
      listId,
      ref: record.ref,
      population: record.population,
      domainHash: record.domain,
      nameHash: record.name,
    }));
    for (let i = 0; i < values.length; i += INSERT_BATCH) {
      await tx.db.insert(hashedAccounts).values(values.slice(i, i + INSERT_BATCH));
    }
    const report: HashedListUpload = {
      id: listId,
      partnerId: input.partnerId,
      side,
      keyFingerprint: input.keyFingerprint,
      rows: list.records.length,
      rowsRead: list.rowsRead,
      rowsRejected: new Set(list.rejections.map((p) => p.line)).size,
      rejections: list.rejections.slice(0, REPORTED_REJECTIONS),
      uploadedAt: now.toISOString(),
    };
    const summary = { ...report, rejections: list.rejections.length, replacedRows: previous?.rows ?? 0 };
    await recordAudit(tx, {
      action: 'mapping.hashed_list.upload',
      entityType: 'hashed_account_list',
      entityId: listId,
      partnerId: input.partnerId,
      after: summary,
    });
    await publishEvent(tx, {
      type: 'mapping.hashed_list_uploaded',
      entityType: 'hashed_account_list',
      entityId: listId,
      partnerId: input.partnerId,
      payload: summary,
    });
    return report;
  });
}
