import { asc, sql } from 'drizzle-orm';
import type { ColumnMapping } from '../../analytics/matching/account-columns.js';
import { classifyPopulation } from '../../analytics/matching/account-populations.js';
import { companyMatchKey } from '../../analytics/matching/match-key.js';
import { normalizeCompanyName } from '../../analytics/matching/normalize-name.js';
import { type AccountList, readAccountList } from '../../analytics/matching/read-account-list.js';
import type { AccountRecord } from '../../analytics/matching/read-account-row.js';
import type { Ctx } from '../../platform/context.js';
import { countryCode } from '../../platform/country-code.js';
import type { RowProblem } from '../../platform/csv/row-problems.js';
import { invalidField } from '../../platform/errors.js';
import type { AccountStatus, AccountSystem } from './accounts.schemas.js';
import { accounts } from './accounts.table.js';

/** The fields an import sets on an account; ids, owner, employees and timestamps are left to the caller. */
export interface ImportedAccount {
  name: string;
  normalizedName: string;
  matchKey: string;
  domains: string[];
  country: string | null;
  industry: string | null;
  status: AccountStatus;
  externalIds: Record<string, string>;
}

export interface AccountImportPlan {
  columns: ColumnMapping;
  rowsRead: number;
  rowsAccepted: number;
  rejections: RowProblem[];
  notices: RowProblem[];
  creates: ImportedAccount[];
  updates: (ImportedAccount & { id: string })[];
  unchanged: number;
}

const STATUS_OF_POPULATION: Record<string, AccountStatus> = {
  customer: 'customer',
  prospect: 'prospect',
  open_opportunity: 'prospect',
  former_customer: 'former_customer',
};

const LIMITS = { id: 100, name: 200, industry: 80 } as const;

function statusOf(population: string): AccountStatus | null {
  const classified = classifyPopulation(population);
  return classified ? STATUS_OF_POPULATION[classified]! : null;
}

/** Row rules of a CRM export beyond having a name or a domain: status, country, lengths, unique ids. */
export function rowChecker() {
  const firstLine = new Map<string, number>();
  return (record: AccountRecord) => {
    const problems: { field: string; message: string }[] = [];
    if (record.population && !statusOf(record.population)) {
      problems.push({
        field: 'population',
        message: `"${record.population}" names no account status (customer, prospect, open opportunity or former customer)`,
      });
    }
    if (record.country && !countryCode(record.country)) {
      problems.push({
        field: 'country',
        message: `"${record.country}" is neither an ISO 3166-1 alpha-2 code nor a country name known here (e.g. DE or Germany)`,
      });
    }
    for (const field of ['id', 'name', 'industry'] as const) {
      if (record[field].length > LIMITS[field]) {
        problems.push({ field, message: `is longer than ${LIMITS[field]} characters` });
      }
    }
    const earlier = firstLine.get(record.id);
    if (earlier !== undefined) problems.push({ field: 'id', message: `repeats the id of line ${earlier}` });
    else firstLine.set(record.id, record.line);
    return problems;
  };
}

const existingColumns = {
  id: accounts.id,
  name: accounts.name,
  normalizedName: accounts.normalizedName,
  matchKey: accounts.matchKey,
  domains: accounts.domains,
  country: accounts.country,
  industry: accounts.industry,
  status: accounts.status,
  externalIds: accounts.externalIds,
};
type Existing = {
  id: string;
  name: string;
  normalizedName: string;
  matchKey: string;
  domains: string[];
  country: string | null;
  industry: string | null;
  status: string;
  externalIds: unknown;
  systemId: string | null;
};

/** Accounts the file may name: by the system's id, or holding one of its domains; oldest first. */
async function loadCandidates(
  ctx: Ctx,
  system: AccountSystem,
  ids: string[],
  domains: string[],
  lock: boolean,
) {
  const systemId = sql<string | null>`${accounts.externalIds} ->> ${system}`;
  const read = async (where: ReturnType<typeof sql>) => {
    const query = ctx.db
      .select({ ...existingColumns, systemId })
      .from(accounts)
      .where(where)
      .orderBy(asc(accounts.createdAt), asc(accounts.id))
      .$dynamic();
    return (lock ? await query.for('update') : await query) as Existing[];
  };
  const bySystemId = new Map<string, Existing>();
  if (ids.length > 0) {
    for (const row of await read(sql`${systemId} = any(${sql.param(ids)}::text[])`)) {
      if (!bySystemId.has(row.systemId!)) bySystemId.set(row.systemId!, row);
    }
  }
  const byDomain = new Map<string, Existing[]>();
  if (domains.length > 0) {
    for (const row of await read(sql`${accounts.domains} && ${sql.param(domains)}::text[]`)) {
      for (const domain of row.domains) byDomain.set(domain, [...(byDomain.get(domain) ?? []), row]);
    }
  }
  return { bySystemId, byDomain };
}

function named(name: string): Pick<ImportedAccount, 'name' | 'normalizedName' | 'matchKey'> {
  const normalizedName = normalizeCompanyName(name);
  return { name, normalizedName, matchKey: companyMatchKey(normalizedName) };
}

function sameAccount(a: ImportedAccount, b: ImportedAccount): boolean {
  const ids = (value: Record<string, string>) => JSON.stringify(Object.entries(value).sort());
  return (
    a.name === b.name &&
    a.normalizedName === b.normalizedName &&
    a.matchKey === b.matchKey &&
    a.domains.join('\n') === b.domains.join('\n') &&
    a.country === b.country &&
    a.industry === b.industry &&
    a.status === b.status &&
    ids(a.externalIds) === ids(b.externalIds)
  );
}

/** Reads and checks the file alone (no database): what planAccountImport then resolves. */
export async function readAccountImport(
  bytes: Uint8Array,
  columns: ColumnMapping = {},
): Promise<AccountList> {
  const list = await readAccountList(bytes, columns, rowChecker());
  if (list.rowsRead === 0) throw invalidField('body', 'has a header but no rows');
  return list;
}

/**
 * What importing a CRM accounts export would do, row by row: each row goes to the account holding its id
 * in `system`, else to the oldest account holding its registrable domain (one without another id of that
 * system, when the file has ids), else to a new account. Two rows reaching one account, and two new rows
 * with one domain, are rejected after the first. Empty cells keep what the account has; a matched
 * account gains the row's domain without losing its others. `lock` holds the matched rows until the
 * surrounding transaction ends.
 */
export async function planAccountImport(
  ctx: Ctx,
  list: AccountList,
  system: AccountSystem,
  lock: boolean,
): Promise<AccountImportPlan> {
  const hasIds = Boolean(list.columns.id);
  const domains = [...new Set(list.records.flatMap((r) => (r.keys.domain ? [r.keys.domain] : [])))];
  const { bySystemId, byDomain } = await loadCandidates(
    ctx,
    system,
    hasIds ? list.records.map((r) => r.id) : [],
    domains,
    lock,
  );

  const plan: AccountImportPlan = {
    columns: list.columns,
    rowsRead: list.rowsRead,
    rowsAccepted: 0,
    rejections: [...list.rejections],
    notices: [],
    creates: [],
    updates: [],
    unchanged: 0,
  };
  const claimed = new Map<string, number>();
  const newDomains = new Map<string, number>();
  const rejected = new Set<number>();
  for (const record of list.records) {
    const domain = record.keys.domain;
    const byId = hasIds ? bySystemId.get(record.id) : undefined;
    const target =
      byId ?? (domain ? byDomain.get(domain)?.find((row) => !hasIds || !row.systemId) : undefined);
    const earlier = target ? claimed.get(target.id) : domain ? newDomains.get(domain) : undefined;
    if (earlier !== undefined) {
      plan.rejections.push({
        line: record.line,
        field: byId ? 'id' : 'domain',
        message: target
          ? `matches the same account as line ${earlier}`
          : `repeats the domain of line ${earlier}, whose row creates that account`,
      });
      rejected.add(record.line);
      continue;
    }
    if (target) claimed.set(target.id, record.line);
    else if (domain) newDomains.set(domain, record.line);

    const status = record.population ? statusOf(record.population) : null;
    const country = record.country ? countryCode(record.country) : null;
    const externalId = hasIds ? { [system]: record.id } : {};
    plan.rowsAccepted++;
    if (!target) {
      plan.creates.push({
        ...named(record.name || domain || record.website),
        domains: domain ? [domain] : [],
        country,
        industry: record.industry || null,
        status: status ?? 'prospect',
        externalIds: externalId,
      });
      continue;
    }
    const before: ImportedAccount = {
      name: target.name,
      normalizedName: target.normalizedName,
      matchKey: target.matchKey,
      domains: target.domains,
      country: target.country,
      industry: target.industry,
      status: target.status as AccountStatus,
      externalIds: target.externalIds as Record<string, string>,
    };
    const after: ImportedAccount = {
      ...(record.name ? named(record.name) : before),
      domains: domain && !before.domains.includes(domain) ? [...before.domains, domain] : before.domains,
      country: country ?? before.country,
      industry: record.industry || before.industry,
      status: status ?? before.status,
      externalIds: { ...before.externalIds, ...externalId },
    };
    if (sameAccount(before, after)) plan.unchanged++;
    else plan.updates.push({ id: target.id, ...after });
  }
  plan.rejections.sort((a, b) => a.line - b.line);
  plan.notices = list.notices.filter((notice) => !rejected.has(notice.line));
  return plan;
}
