import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { REPORTED_ROW_PROBLEMS, refuseRowProblems } from '../../platform/csv/row-problems.js';
import type { LeadImport } from './leads.schemas.js';
import { leads } from './leads.table.js';
import { type ImportedLead, readLeadImport } from './read-lead-import.js';
import { derivedFields, findOpenLeadByEmail, type LeadRow, recordLead } from './record-lead.js';

export interface ImportLeadsInput {
  bytes: Uint8Array;
  /** Import the valid rows and report the rest, instead of refusing the whole file. */
  skipInvalid?: boolean | undefined;
  /** Report what the import would do and write nothing. */
  dryRun?: boolean | undefined;
}

type Outcome = LeadImport['rows'][number]['outcome'];

const sameList = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');

/** The columns an import sets, compared with the stored lead (re-importing the same file changes nothing). */
async function changedFields(ctx: Ctx, row: ImportedLead, existing: LeadRow) {
  const e = row.entry;
  const derived = await derivedFields(ctx, e);
  const next = {
    companyName: e.companyName,
    domain: derived.domain,
    contactName: e.contactName,
    contactEmail: e.contactEmail,
    contactPhone: e.contactPhone ?? '',
    contactTitle: e.contactTitle ?? '',
    country: derived.country,
    region: derived.region,
    interests: e.interests ?? [],
    productLines: e.productLines ?? [],
    estimatedAmountMinor: e.estimatedAmountMinor ?? null,
    currency: e.currency ?? null,
    score: e.score ?? 50,
    accountId: derived.accountId,
  };
  const changed = (Object.keys(next) as (keyof typeof next)[]).some((key) => {
    const a = next[key];
    const b = existing[key];
    return Array.isArray(a) && Array.isArray(b) ? !sameList(a, b) : a !== b;
  });
  return changed ? next : null;
}

/** A row without an external id counts as already imported when the same company and email came before. */
async function earlierImport(ctx: Ctx, row: ImportedLead): Promise<LeadRow | null> {
  const [found] = await ctx.db
    .select()
    .from(leads)
    .where(
      and(
        eq(leads.source, 'import'),
        eq(leads.contactEmail, row.entry.contactEmail),
        eq(leads.companyName, row.entry.companyName),
      ),
    )
    .limit(1);
  return found ?? null;
}

/**
 * Imports leads from a CSV file (company, website, contact name/email/phone/title, country, interests,
 * product lines, estimated amount and currency, score, external id). A row with a known external id
 * updates that lead; others are created, matched to accounts and checked for duplicates by email.
 * New leads wait for routing. A file with row problems is refused whole unless skipInvalid is set.
 */
export async function importLeads(ctx: Ctx, input: ImportLeadsInput): Promise<LeadImport> {
  const file = await readLeadImport(input.bytes);
  if (file.rejections.length > 0 && !input.skipInvalid) throw refuseRowProblems(file.rejections);
  const run = async (tx: Ctx): Promise<LeadImport> => {
    const dryRun = Boolean(input.dryRun);
    const ids = file.leads.flatMap((l) => (l.entry.externalId ? [l.entry.externalId] : []));
    const known = ids.length
      ? await tx.db
          .select()
          .from(leads)
          .where(and(eq(leads.source, 'import'), inArray(leads.externalId, ids)))
      : [];
    const byExternalId = new Map(known.map((l) => [l.externalId!, l]));
    const emailsInFile = new Set<string>();
    const report: LeadImport = {
      dryRun,
      rowsRead: file.rowsRead,
      created: 0,
      updated: 0,
      unchanged: 0,
      duplicates: 0,
      rejected: new Set(file.rejections.map((r) => r.line)).size,
      rows: [],
      rejections: file.rejections.slice(0, REPORTED_ROW_PROBLEMS),
    };
    for (const row of file.leads) {
      const existing = row.entry.externalId
        ? byExternalId.get(row.entry.externalId)
        : await earlierImport(tx, row);
      let outcome: Outcome;
      let leadId: string | null = existing?.id ?? null;
      if (existing) {
        const changes = await changedFields(tx, row, existing);
        outcome = changes ? 'updated' : 'unchanged';
        if (changes && !dryRun) {
          const [after] = await tx.db
            .update(leads)
            .set({ ...changes, updatedAt: tx.clock.now() })
            .where(eq(leads.id, existing.id))
            .returning();
          await recordAudit(tx, {
            action: 'lead.update',
            entityType: 'lead',
            entityId: existing.id,
            partnerId: existing.partnerId,
            before: existing,
            after,
          });
        }
      } else if (dryRun) {
        const duplicate =
          emailsInFile.has(row.entry.contactEmail) || (await findOpenLeadByEmail(tx, row.entry.contactEmail));
        outcome = duplicate ? 'duplicate' : 'created';
      } else {
        const created = await recordLead(tx, row.entry);
        leadId = created.id;
        outcome = created.status === 'duplicate' ? 'duplicate' : 'created';
      }
      emailsInFile.add(row.entry.contactEmail);
      if (outcome === 'duplicate') report.duplicates += 1;
      if (outcome === 'created' || outcome === 'duplicate') report.created += 1;
      if (outcome === 'updated') report.updated += 1;
      if (outcome === 'unchanged') report.unchanged += 1;
      if (report.rows.length < REPORTED_ROW_PROBLEMS)
        report.rows.push({
          line: row.line,
          externalId: row.entry.externalId,
          companyName: row.entry.companyName,
          outcome,
          leadId,
        });
    }
    return report;
  };
  return input.dryRun ? run(ctx) : inTransaction(ctx, run);
}
