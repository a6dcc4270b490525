import type { Ctx } from '../context.js';
import { partnerScope } from '../policy.js';
import { auditLog } from './audit.table.js';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  /** The partner the entity belongs to, so a partner's own trail can be read back. */
  partnerId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Called inside the same transaction as the write it describes, so neither exists without the other
 * (within inTransaction it is written with the others at the end of the work).
 */
export async function recordAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  const actor = ctx.actor;
  const row = {
    at: ctx.clock.now(),
    actorType: actor.kind === 'user' ? (actor.apiKeyId ? 'api_key' : 'user') : 'system',
    actorId: actor.kind === 'user' ? actor.userId : actor.name,
    actorPartnerId: partnerScope(actor),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    partnerId: entry.partnerId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: ctx.requestId,
  };
  if (ctx.pending) ctx.pending.audit.push(row);
  else await ctx.db.insert(auditLog).values(row);
}
