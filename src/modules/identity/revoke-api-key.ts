import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { toApiKeyView } from './api-key-view.js';
import { visibleApiKeys } from './find-api-keys.js';
import type { ApiKey } from './identity.schemas.js';
import { apiKeys } from './identity.table.js';

/** Revocation is permanent; revoking twice returns the key as it is. */
export async function revokeApiKey(ctx: Ctx, id: string): Promise<ApiKey> {
  return inTransaction(ctx, async (tx) => {
    const [before] = await tx.db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.id, id), visibleApiKeys(ctx)))
      .limit(1);
    if (!before) throw notFound('API key');
    if (before.revokedAt) return toApiKeyView(before);
    const [row] = await tx.db
      .update(apiKeys)
      .set({ revokedAt: ctx.clock.now() })
      .where(eq(apiKeys.id, id))
      .returning();
    const after = toApiKeyView(row!);
    await recordAudit(tx, {
      action: 'api_key.revoke',
      entityType: 'api_key',
      entityId: id,
      partnerId: partnerScope(ctx.actor),
      before: toApiKeyView(before),
      after,
    });
    return after;
  });
}
