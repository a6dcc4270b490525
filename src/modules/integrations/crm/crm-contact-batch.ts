import type { Ctx } from '../../../platform/context.js';
import { type IncomingContact, upsertAccountContacts } from '../../accounts/upsert-account-contacts.js';
import {
  type CrmBatchResult,
  type CrmBatchRow,
  type CrmRowError,
  countFailed,
  mappedValue,
} from './crm-batch.js';
import type { CrmMapping, CrmSource } from './crm-fields.js';

const LIMITS: Record<string, number> = {
  id: 100,
  accountId: 100,
  firstName: 100,
  lastName: 100,
  email: 254,
  phone: 50,
  title: 120,
};

function readContact(row: CrmBatchRow, mapping: CrmMapping, errors: CrmRowError[]): IncomingContact | null {
  const value = (name: string) => mappedValue(row.values, mapping, name);
  const problems: CrmRowError[] = [];
  for (const name of ['id', 'accountId', 'lastName']) {
    if (!value(name)) problems.push({ row: row.row, field: name, reason: 'is empty' });
  }
  for (const [name, limit] of Object.entries(LIMITS)) {
    if (value(name).length > limit) {
      problems.push({ row: row.row, field: name, reason: `is longer than ${limit} characters` });
    }
  }
  const email = value('email');
  if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    problems.push({ row: row.row, field: 'email', reason: `"${email}" is not an email address` });
  }
  if (problems.length) {
    errors.push(...problems);
    return null;
  }
  return {
    row: row.row,
    externalId: value('id'),
    accountExternalId: value('accountId'),
    firstName: value('firstName') || null,
    lastName: value('lastName'),
    email: email ? email.toLowerCase() : null,
    phone: value('phone') || null,
    title: value('title') || null,
  };
}

/** Upserts one batch of CRM contacts onto the accounts holding their CRM account ids. */
export async function importCrmContactBatch(
  ctx: Ctx,
  source: CrmSource,
  mapping: CrmMapping,
  rows: readonly CrmBatchRow[],
  dryRun: boolean,
): Promise<CrmBatchResult> {
  const errors: CrmRowError[] = [];
  const contacts = rows.flatMap((row) => readContact(row, mapping, errors) ?? []);
  const upserted = await upsertAccountContacts(ctx, source, contacts, dryRun);
  const all = [...errors, ...upserted.errors].sort((a, b) => a.row - b.row);
  return {
    created: upserted.created,
    updated: upserted.updated,
    unchanged: upserted.unchanged,
    failed: countFailed(all),
    errors: all,
  };
}
