import { auditLog } from './audit/audit.table.js';
import type { Executor } from './db/client.js';
import { domainEvents } from './events/events.table.js';

type AuditRow = typeof auditLog.$inferInsert;
type EventRow = typeof domainEvents.$inferInsert;

/**
 * Audit entries and events recorded inside a transaction, written together when its work is done:
 * one multi-row insert per table instead of one round trip per entry. They commit or roll back with
 * the transaction exactly as if written one by one.
 */
export interface PendingWrites {
  audit: AuditRow[];
  events: EventRow[];
}

export const newPendingWrites = (): PendingWrites => ({ audit: [], events: [] });

// Well under PostgreSQL's 65,535 bind parameters per statement for either table.
const CHUNK = 1000;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function flushPendingWrites(db: Executor, pending: PendingWrites): Promise<void> {
  const { audit, events } = pending;
  pending.audit = [];
  pending.events = [];
  await insertChunked(audit, (chunk) => db.insert(auditLog).values(chunk));
  await insertChunked(events, (chunk) => db.insert(domainEvents).values(chunk));
}
