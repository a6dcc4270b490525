import { and, eq, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { toCrmImportView } from './crm-import-view.js';
import type { CrmImportView } from './crm-imports.schemas.js';
import { crmImports } from './integrations.table.js';

export const CRM_IMPORT_SORTS = ['createdAt', 'fileName'] as const;

export interface FindCrmImportsInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  source?: string | undefined;
  object?: string | undefined;
  status?: string | undefined;
}

export async function findCrmImports(ctx: Ctx, input: FindCrmImportsInput): Promise<Page<CrmImportView>> {
  const t = crmImports;
  const plan = keyset(
    input.sort,
    {
      createdAt: { column: t.createdAt, read: (r) => (r.createdAt as Date).toISOString() },
      fileName: { column: t.fileName, read: (r) => r.fileName as string },
    },
    { column: t.id, read: (r) => r.id as string },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where];
  if (input.source) filters.push(eq(t.source, input.source));
  if (input.object) filters.push(eq(t.object, input.object));
  if (input.status) filters.push(eq(t.status, input.status));
  const rows = await ctx.db
    .select()
    .from(t)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, toCrmImportView);
}
