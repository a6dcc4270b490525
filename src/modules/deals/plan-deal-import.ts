import { and, arrayOverlaps, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { domainRejectionText, registrableDomain } from '../../analytics/matching/normalize-domain.js';
import { normalizeCompanyName } from '../../analytics/matching/normalize-name.js';
import type { Ctx } from '../../platform/context.js';
import type { FieldError } from '../../platform/errors.js';
import { accounts } from '../accounts/accounts.table.js';
import { users } from '../identity/identity.table.js';
import type { DealRow } from './deal-view.js';
import type { DealStage, ExternalSystem } from './deals.schemas.js';
import { opportunities } from './deals.table.js';
import { type ImportDealRow, type ImportRowStatus, ZImportDealRow } from './import-deals.schemas.js';

/** The columns an import sets on a deal. */
export interface DealValues {
  accountId: string;
  name: string;
  amountMinor: number;
  currency: string;
  stage: DealStage;
  closeDate: string;
  ownerId: string | null;
  productLines: string[];
  nextSteps: string | null;
  externalIds: Record<string, string>;
}

export interface PlannedRow {
  index: number;
  status: ImportRowStatus;
  errors: FieldError[];
  dealId: string | null;
  values: DealValues | null;
  /** For an update: the deal as it was, and the fields that change. */
  before: DealRow | null;
  changed: string[];
}

interface ParsedRow {
  index: number;
  row: ImportDealRow;
  errors: FieldError[];
  domain: string | null;
  normalizedName: string | null;
}

function issuesToErrors(issues: z.core.$ZodIssue[]): FieldError[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: path ? `${path}.${key}` : key,
        message: 'is not a known field',
      }));
    }
    return [{ field: path || 'row', message: issue.message }];
  });
}

function parseRows(rawRows: readonly Record<string, unknown>[]): Array<ParsedRow | PlannedRow> {
  return rawRows.map((raw, index) => {
    const parsed = ZImportDealRow.safeParse(raw);
    if (!parsed.success) return rejected(index, issuesToErrors(parsed.error.issues));
    const row = parsed.data;
    const errors: FieldError[] = [];
    let domain: string | null = null;
    if (row.accountDomain) {
      const result = registrableDomain(row.accountDomain);
      if (result.ok) domain = result.domain;
      else errors.push({ field: 'accountDomain', message: domainRejectionText(result.reason) });
    }
    const normalizedName = row.accountName ? normalizeCompanyName(row.accountName) || null : null;
    if (!row.accountDomain && !row.accountName) {
      errors.push({
        field: 'accountDomain',
        message: 'give accountDomain or accountName to find the account',
      });
    }
    return { index, row, errors, domain, normalizedName };
  });
}

function rejected(index: number, errors: FieldError[]): PlannedRow {
  return { index, status: 'rejected', errors, dealId: null, values: null, before: null, changed: [] };
}

const isPlanned = (entry: ParsedRow | PlannedRow): entry is PlannedRow => 'status' in entry;

function group<T>(items: T[], key: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const k of key(item)) map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
}

type AccountRef = { id: string; normalizedName: string; domains: string[] };

async function findAccounts(ctx: Ctx, rows: ParsedRow[]) {
  const domains = [...new Set(rows.map((r) => r.domain).filter((d): d is string => !!d))];
  const names = [...new Set(rows.map((r) => r.normalizedName).filter((n): n is string => !!n))];
  const conditions: SQL[] = [];
  if (domains.length) conditions.push(arrayOverlaps(accounts.domains, domains));
  if (names.length) conditions.push(inArray(accounts.normalizedName, names));
  const found: AccountRef[] = conditions.length
    ? await ctx.db
        .select({ id: accounts.id, normalizedName: accounts.normalizedName, domains: accounts.domains })
        .from(accounts)
        .where(or(...conditions))
    : [];
  return { byDomain: group(found, (a) => a.domains), byName: group(found, (a) => [a.normalizedName]) };
}

/** By registrable domain first, then by normalized name: one account, or the reason there is none. */
function resolveAccount(parsed: ParsedRow, found: Awaited<ReturnType<typeof findAccounts>>) {
  const byDomain = parsed.domain ? (found.byDomain.get(parsed.domain) ?? []) : [];
  if (byDomain.length === 1) return { accountId: byDomain[0]!.id };
  if (byDomain.length > 1)
    return { error: { field: 'accountDomain', message: `matches ${byDomain.length} accounts` } };
  const byName = parsed.normalizedName ? (found.byName.get(parsed.normalizedName) ?? []) : [];
  if (byName.length === 1) return { accountId: byName[0]!.id };
  if (byName.length > 1)
    return {
      error: { field: 'accountName', message: `matches ${byName.length} accounts; give accountDomain` },
    };
  const field = parsed.row.accountName ? 'accountName' : 'accountDomain';
  return { error: { field, message: 'matches no existing account' } };
}

async function findOwners(ctx: Ctx, rows: ParsedRow[]): Promise<Map<string, string | null>> {
  const emails = [
    ...new Set(rows.map((r) => r.row.ownerEmail?.toLowerCase()).filter((e): e is string => !!e)),
  ];
  if (!emails.length) return new Map();
  const found = await ctx.db
    .select({ id: users.id, email: users.email, partnerId: users.partnerId })
    .from(users)
    .where(inArray(users.email, emails));
  // A partner user is no owner: mapped to null, reported like an unknown address.
  return new Map(found.map((u) => [u.email, u.partnerId === null ? u.id : null]));
}

const externalKey = (system: ExternalSystem, id: string) => `${system}:${id}`;
const nameKey = (accountId: string, name: string) => `${accountId}|${name.toLowerCase()}`;

async function findExisting(ctx: Ctx, rows: Array<ParsedRow & { accountId: string }>) {
  const bySystem = new Map<ExternalSystem, string[]>();
  const accountIds = new Set<string>();
  const names = new Set<string>();
  for (const { row, accountId } of rows) {
    if (row.externalId)
      bySystem.set(row.externalSystem, [...(bySystem.get(row.externalSystem) ?? []), row.externalId]);
    else {
      accountIds.add(accountId);
      names.add(row.name.toLowerCase());
    }
  }
  const conditions: SQL[] = [...bySystem].map(([system, ids]) =>
    inArray(sql`${opportunities.externalIds} ->> ${system}`, ids),
  );
  if (accountIds.size) {
    conditions.push(
      and(
        inArray(opportunities.accountId, [...accountIds]),
        inArray(sql`lower(${opportunities.name})`, [...names]),
      )!,
    );
  }
  const found = conditions.length
    ? await ctx.db
        .select()
        .from(opportunities)
        .where(or(...conditions))
    : [];
  return {
    byExternal: group(found, (d) =>
      Object.entries(d.externalIds as Record<string, string>).map(([s, id]) =>
        externalKey(s as ExternalSystem, id),
      ),
    ),
    byName: group(found, (d) => [nameKey(d.accountId, d.name)]),
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const sortedKeys = (o: Record<string, string>) =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

function changedFields(before: DealRow, values: DealValues): string[] {
  const current: DealValues = {
    accountId: before.accountId,
    name: before.name,
    amountMinor: before.amountMinor,
    currency: before.currency,
    stage: before.stage as DealStage,
    closeDate: before.closeDate,
    ownerId: before.ownerId,
    productLines: before.productLines,
    nextSteps: before.nextSteps,
    externalIds: sortedKeys(before.externalIds as Record<string, string>),
  };
  return (Object.keys(values) as Array<keyof DealValues>).filter(
    (key) => !sameJson(current[key], values[key]),
  );
}

/**
 * Reads every row against the database (accounts, owners, deals already imported) and decides what
 * each would do, without writing. Look-ups are one query per kind for the whole import.
 */
export async function planDealImport(
  ctx: Ctx,
  rawRows: readonly Record<string, unknown>[],
): Promise<PlannedRow[]> {
  const entries = parseRows(rawRows);
  const parsed = entries.filter((e): e is ParsedRow => !isPlanned(e));
  const [found, owners] = await Promise.all([findAccounts(ctx, parsed), findOwners(ctx, parsed)]);
  const resolved: Array<ParsedRow & { accountId: string; ownerId: string | null }> = [];
  for (const entry of parsed) {
    const account = entry.errors.length ? null : resolveAccount(entry, found);
    if (account?.error) entry.errors.push(account.error);
    const email = entry.row.ownerEmail?.toLowerCase();
    const ownerId = email ? (owners.get(email) ?? null) : null;
    if (email && !ownerId) entry.errors.push({ field: 'ownerEmail', message: 'is not a vendor user' });
    if (!entry.errors.length && account?.accountId)
      resolved.push({ ...entry, accountId: account.accountId, ownerId });
  }
  const existing = await findExisting(ctx, resolved);
  const plans = new Map<number, PlannedRow>();
  for (const entry of entries) if (isPlanned(entry)) plans.set(entry.index, entry);
  for (const entry of parsed)
    if (entry.errors.length) plans.set(entry.index, rejected(entry.index, entry.errors));
  const seen = new Map<string, number>();
  for (const entry of resolved) {
    const { row, accountId, ownerId, index } = entry;
    const key = row.externalId
      ? externalKey(row.externalSystem, row.externalId)
      : nameKey(accountId, row.name);
    const field = row.externalId ? 'externalId' : 'name';
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      plans.set(index, rejected(index, [{ field, message: `repeats row ${earlier} of this import` }]));
      continue;
    }
    seen.set(key, index);
    const matches = (row.externalId ? existing.byExternal : existing.byName).get(key) ?? [];
    if (matches.length > 1) {
      const message = `matches ${matches.length} deals${row.externalId ? '' : ' on this account; give externalId to tell them apart'}`;
      plans.set(index, rejected(index, [{ field, message }]));
      continue;
    }
    const before = matches[0] ?? null;
    const values: DealValues = {
      accountId,
      name: row.name,
      amountMinor: row.amountMinor,
      currency: row.currency,
      stage: row.stage,
      closeDate: row.closeDate,
      ownerId: row.ownerEmail ? ownerId : (before?.ownerId ?? null),
      productLines: row.productLines,
      nextSteps: row.nextSteps ?? before?.nextSteps ?? null,
      externalIds: sortedKeys({
        ...((before?.externalIds as Record<string, string> | undefined) ?? {}),
        ...(row.externalId ? { [row.externalSystem]: row.externalId } : {}),
      }),
    };
    const changed = before ? changedFields(before, values) : [];
    const status: ImportRowStatus = !before ? 'created' : changed.length ? 'updated' : 'unchanged';
    plans.set(index, { index, status, errors: [], dealId: before?.id ?? null, values, before, changed });
  }
  return rawRows.map((_, index) => plans.get(index)!);
}
