import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Ctx } from '../context.js';
import { keyset, type Page, toPage } from '../http/pagination.js';
import { auditLog } from './audit.table.js';

export interface AuditEntryView {
  id: number;
  at: string;
  actorType: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  partnerId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface FindAuditInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  actorId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  partnerId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function findAuditEntries(ctx: Ctx, input: FindAuditInput): Promise<Page<AuditEntryView>> {
  const plan = keyset(
    input.sort,
    { id: { column: auditLog.id, read: (r) => r.id as number } },
    { column: auditLog.id, read: (r) => r.id as number },
    input.cursor,
  );
  const filters: (SQL | undefined)[] = [plan.where];
  if (input.actorId) filters.push(eq(auditLog.actorId, input.actorId));
  if (input.action) filters.push(eq(auditLog.action, input.action));
  if (input.entityType) filters.push(eq(auditLog.entityType, input.entityType));
  if (input.entityId) filters.push(eq(auditLog.entityId, input.entityId));
  if (input.partnerId) filters.push(eq(auditLog.partnerId, input.partnerId));
  if (input.from) filters.push(gte(auditLog.at, new Date(input.from)));
  if (input.to) filters.push(lt(auditLog.at, new Date(input.to)));
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(and(...filters))
    .orderBy(...plan.orderBy)
    .limit(input.limit + 1);
  return toPage(rows, input.limit, plan, (row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actorType: row.actorType,
    actorId: row.actorId,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    partnerId: row.partnerId,
    before: row.before,
    after: row.after,
    requestId: row.requestId,
  }));
}
