import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import type { AccountSystem } from './accounts.schemas.js';
import { accountContacts, accounts } from './accounts.table.js';

/** A contact as a CRM holds it: its own id and its account's id in that CRM. */
export interface IncomingContact {
  /** Where the row is in its file, for the report. */
  row: number;
  externalId: string;
  accountExternalId: string;
  firstName: string | null;
  lastName: string;
  email: string | null;
  phone: string | null;
  title: string | null;
}

export interface ContactUpsertResult {
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; field: string; reason: string }[];
}

type ContactFields = Pick<IncomingContact, 'firstName' | 'lastName' | 'email' | 'phone' | 'title'> & {
  accountId: string;
};

const FIELDS = ['accountId', 'firstName', 'lastName', 'email', 'phone', 'title'] as const;

async function accountsByExternalId(ctx: Ctx, system: AccountSystem, ids: string[]) {
  const key = sql<string>`${accounts.externalIds} ->> ${system}`;
  const rows = ids.length
    ? await ctx.db
        .select({ id: accounts.id, externalId: key })
        .from(accounts)
        .where(sql`${key} = any(${sql.param(ids)}::text[])`)
    : [];
  const found = new Map<string, string[]>();
  for (const row of rows) found.set(row.externalId, [...(found.get(row.externalId) ?? []), row.id]);
  return found;
}

async function contactsByExternalId(ctx: Ctx, system: AccountSystem, ids: string[], lock: boolean) {
  const key = sql<string>`${accountContacts.externalIds} ->> ${system}`;
  if (!ids.length) return new Map<string, typeof accountContacts.$inferSelect>();
  const query = ctx.db
    .select({ contact: accountContacts, externalId: key })
    .from(accountContacts)
    .where(sql`${key} = any(${sql.param(ids)}::text[])`)
    .$dynamic();
  const rows = lock ? await query.for('update') : await query;
  return new Map(rows.map((r) => [r.externalId, r.contact]));
}

/**
 * Creates and updates account contacts from a CRM by their id in that CRM: the account is the one
 * holding the row's account id in its external ids (an unknown or ambiguous account is a row error), a
 * contact already holding the id is updated only when a field differs, so a second run changes nothing.
 * Call inside a transaction when not a dry run.
 */
export async function upsertAccountContacts(
  ctx: Ctx,
  system: AccountSystem,
  incoming: readonly IncomingContact[],
  dryRun: boolean,
): Promise<ContactUpsertResult> {
  const result: ContactUpsertResult = { created: 0, updated: 0, unchanged: 0, errors: [] };
  // One after the other: inside a transaction both queries share one connection.
  const owners = await accountsByExternalId(ctx, system, [
    ...new Set(incoming.map((c) => c.accountExternalId)),
  ]);
  const existing = await contactsByExternalId(
    ctx,
    system,
    [...new Set(incoming.map((c) => c.externalId))],
    !dryRun,
  );
  const seen = new Map<string, number>();
  const creates: (ContactFields & { externalId: string })[] = [];
  const updates: (ContactFields & { id: string; externalIds: unknown })[] = [];
  for (const contact of incoming) {
    const earlier = seen.get(contact.externalId);
    if (earlier !== undefined) {
      result.errors.push({ row: contact.row, field: 'id', reason: `repeats the id of row ${earlier}` });
      continue;
    }
    seen.set(contact.externalId, contact.row);
    const accountIds = owners.get(contact.accountExternalId) ?? [];
    if (accountIds.length !== 1) {
      result.errors.push({
        row: contact.row,
        field: 'accountId',
        reason: accountIds.length
          ? `"${contact.accountExternalId}" is held by ${accountIds.length} accounts`
          : `no account has ${system} id "${contact.accountExternalId}"; import the accounts first`,
      });
      continue;
    }
    const fields: ContactFields = {
      accountId: accountIds[0]!,
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      phone: contact.phone,
      title: contact.title,
    };
    const before = existing.get(contact.externalId);
    if (!before) {
      creates.push({ ...fields, externalId: contact.externalId });
      result.created++;
    } else if (FIELDS.every((f) => before[f] === fields[f])) {
      result.unchanged++;
    } else {
      updates.push({ ...fields, id: before.id, externalIds: before.externalIds });
      result.updated++;
    }
  }
  if (dryRun || creates.length + updates.length === 0) return result;
  const now = ctx.clock.now();
  if (creates.length) {
    await ctx.db.insert(accountContacts).values(
      creates.map(({ externalId, ...fields }) => ({
        ...fields,
        id: ctx.ids(),
        externalIds: { [system]: externalId },
        createdAt: now,
        updatedAt: now,
      })),
    );
  }
  if (updates.length) {
    const rows = updates.map((u) => ({
      id: u.id,
      account_id: u.accountId,
      first_name: u.firstName,
      last_name: u.lastName,
      email: u.email,
      phone: u.phone,
      title: u.title,
    }));
    await ctx.db.execute(sql`UPDATE ${accountContacts} AS c SET
        account_id = v.account_id, first_name = v.first_name, last_name = v.last_name, email = v.email,
        phone = v.phone, title = v.title, updated_at = ${now.toISOString()}::timestamptz
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(
        id uuid, account_id uuid, first_name text, last_name text, email text, phone text, title text)
      WHERE c.id = v.id`);
  }
  await recordAudit(ctx, {
    action: 'account_contact.import',
    entityType: 'account_contact_import',
    entityId: ctx.ids(),
    after: { system, created: result.created, updated: result.updated, unchanged: result.unchanged },
  });
  return result;
}
