import type { Account, AccountStatus } from './accounts.schemas.js';
import type { accounts } from './accounts.table.js';

export type AccountRow = typeof accounts.$inferSelect;

export function toAccountView(row: AccountRow): Account {
  return {
    id: row.id,
    name: row.name,
    domains: row.domains,
    country: row.country,
    industry: row.industry,
    employees: row.employees,
    ownerId: row.ownerId,
    status: row.status as AccountStatus,
    externalIds: row.externalIds as Record<string, string>,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
