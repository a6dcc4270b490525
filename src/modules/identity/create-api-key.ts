import { recordAudit } from '../../platform/audit/record-audit.js';
import { type Ctx, inTransaction } from '../../platform/context.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { toApiKeyView } from './api-key-view.js';
import type { ApiKey, CreateApiKeyInput } from './identity.schemas.js';
import { apiKeys } from './identity.table.js';
import { API_KEY_PREFIX, hashToken, newToken } from './tokens.js';

/** A key acts as the user who made it, limited further by its scopes; the secret is returned once. */
export async function createApiKey(
  ctx: Ctx,
  input: CreateApiKeyInput,
): Promise<{ apiKey: ApiKey; secret: string }> {
  if (ctx.actor.kind !== 'user') throw new AppError('forbidden', 'Only a user can own an API key');
  if (ctx.actor.apiKeyId) throw new AppError('forbidden', 'An API key cannot create other API keys');
  const now = ctx.clock.now();
  if (input.expiresAt && new Date(input.expiresAt) <= now)
    throw invalidField('expiresAt', 'must be in the future');
  const secret = newToken(API_KEY_PREFIX);
  const userId = ctx.actor.userId;
  return inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .insert(apiKeys)
      .values({
        id: ctx.ids(),
        userId,
        name: input.name,
        prefix: secret.slice(0, API_KEY_PREFIX.length + 6),
        secretHash: hashToken(secret),
        scopes: [...new Set(input.scopes)],
        createdAt: now,
        expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      })
      .returning();
    const apiKey = toApiKeyView(row!);
    await recordAudit(tx, {
      action: 'api_key.create',
      entityType: 'api_key',
      entityId: apiKey.id,
      partnerId: partnerScope(ctx.actor),
      after: apiKey,
    });
    return { apiKey, secret };
  });
}
