import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { ApiScope, Role, UserActor } from '../../platform/actor.js';
import type { Executor } from '../../platform/db/client.js';
import { apiKeys, sessions, users } from './identity.table.js';
import { API_KEY_PREFIX, hashToken } from './tokens.js';

export interface Credentials {
  sessionToken?: string | undefined;
  bearerToken?: string | undefined;
}

interface CachedActor {
  actor: UserActor;
  until: number;
}

/**
 * Every request is authenticated against the database, with a short per-process cache so a busy
 * client costs one lookup every few seconds rather than one per request. Logout and revocation clear
 * the local entry at once; other instances see them within the cache lifetime (AUTH_CACHE_SECONDS).
 */
export function createAuthenticator(db: Executor, cacheSeconds: number, now: () => Date) {
  const cache = new Map<string, CachedActor>();
  const MAX_CACHED = 10_000;
  /** Lookups under way, so concurrent misses for one token make one database round trip. */
  const inflight = new Map<string, Promise<UserActor | null>>();
  const forgotten = new WeakSet<Promise<UserActor | null>>();

  async function lookup(tokenHash: string, isApiKey: boolean): Promise<UserActor | null> {
    const at = now();
    if (isApiKey) {
      const [row] = await db
        .select({
          keyId: apiKeys.id,
          scopes: apiKeys.scopes,
          userId: users.id,
          role: users.role,
          partnerId: users.partnerId,
        })
        .from(apiKeys)
        .innerJoin(users, eq(users.id, apiKeys.userId))
        .where(
          and(
            eq(apiKeys.secretHash, tokenHash),
            isNull(apiKeys.revokedAt),
            or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, at)),
            eq(users.status, 'active'),
          ),
        )
        .limit(1);
      if (!row) return null;
      await db
        .update(apiKeys)
        .set({ lastUsedAt: at })
        .where(
          and(
            eq(apiKeys.id, row.keyId),
            sql`(${apiKeys.lastUsedAt} IS NULL OR ${apiKeys.lastUsedAt} < ${new Date(at.getTime() - 60_000)})`,
          ),
        );
      return {
        kind: 'user',
        userId: row.userId,
        role: row.role as Role,
        partnerId: row.partnerId,
        scopes: row.scopes as ApiScope[],
        apiKeyId: row.keyId,
      };
    }
    const [row] = await db
      .select({ userId: users.id, role: users.role, partnerId: users.partnerId })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, at), eq(users.status, 'active')))
      .limit(1);
    if (!row) return null;
    return {
      kind: 'user',
      userId: row.userId,
      role: row.role as Role,
      partnerId: row.partnerId,
      scopes: null,
      apiKeyId: null,
    };
  }

  return {
    async authenticate(credentials: Credentials): Promise<UserActor | null> {
      const token = credentials.bearerToken ?? credentials.sessionToken;
      if (!token) return null;
      const isApiKey = credentials.bearerToken !== undefined;
      if (isApiKey && !token.startsWith(API_KEY_PREFIX)) return null;
      const tokenHash = hashToken(token);
      const clockMs = now().getTime();
      const cached = cache.get(tokenHash);
      if (cached && cached.until > clockMs) return cached.actor;
      if (cacheSeconds <= 0) {
        cache.delete(tokenHash);
        return lookup(tokenHash, isApiKey);
      }
      // When the entry expires under load, many requests miss at once: they share one lookup.
      const key = `${isApiKey ? 'k' : 's'}:${tokenHash}`;
      const pending = inflight.get(key);
      if (pending) return pending;
      const run: Promise<UserActor | null> = lookup(tokenHash, isApiKey).finally(() => {
        if (inflight.get(key) === run) inflight.delete(key);
      });
      inflight.set(key, run);
      const actor = await run;
      // forget() during the lookup wins: the result serves the requests already waiting, nothing more.
      if (!forgotten.has(run)) {
        if (actor) {
          if (cache.size >= MAX_CACHED) cache.clear();
          cache.set(tokenHash, { actor, until: clockMs + cacheSeconds * 1000 });
        } else {
          cache.delete(tokenHash);
        }
      }
      return actor;
    },
    forget(tokenHash?: string): void {
      for (const [key, run] of inflight) {
        if (!tokenHash || key.endsWith(`:${tokenHash}`)) {
          forgotten.add(run);
          inflight.delete(key);
        }
      }
      if (tokenHash) cache.delete(tokenHash);
      else cache.clear();
    },
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;
