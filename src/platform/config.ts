import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

export interface Config {
  databaseUrl: string | null;
  dataDir: string;
  host: string;
  port: number;
  logLevel: string;
  sessionTtlHours: number;
  authCacheSeconds: number;
  secureCookies: boolean;
  publicUrl: string;
  /** How often the scheduler looks for due jobs; 0 turns scheduled jobs off on this server. */
  jobTickSeconds: number;
  /** A job run whose heartbeat is older than this was cut off (its server died) and runs again. */
  jobLeaseSeconds: number;
  /** Which proxies in front of the server to believe about the client address (X-Forwarded-For). */
  trustProxy: boolean | number | string[];
  /** Failed logins refused past these counts until the window ends: per account, and per client address. */
  loginLimits: { accountFailures: number; addressFailures: number; windowSeconds: number };
  /** Requests one API key may make per minute, across all servers; 0 means no limit. */
  apiKeyRequestsPerMinute: number;
  /** 32 bytes that encrypt secrets the server must read back (webhook signing secrets). */
  dataKey: Buffer;
  /** True when TRELLIS_DATA_KEY is unset and the key was derived from where the data lives. */
  dataKeyDerived: boolean;
  /** Webhook deliveries: the first retry delay (later ones grow fourfold) and the request timeout. */
  webhooks: { retryBaseSeconds: number; timeoutSeconds: number };
}

/** "true", a hop count, or a comma list of proxy addresses/CIDRs; unset or "false" trusts no proxy. */
function trustProxyFrom(value: string | undefined): boolean | number | string[] {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

/**
 * TRELLIS_DATA_KEY (base64 of 32 bytes) when set. Otherwise a key derived from the PGlite data directory
 * or the PostgreSQL database name: stable across restarts and instances, but guessable by anyone who
 * knows where the data is, so production sets its own key.
 */
function dataKeyFrom(value: string | undefined, databaseUrl: string | null, dataDir: string) {
  if (value) {
    const key = Buffer.from(value, 'base64');
    if (key.length !== 32) throw new Error('TRELLIS_DATA_KEY must be the base64 encoding of 32 bytes');
    return { dataKey: key, dataKeyDerived: false };
  }
  const database = databaseUrl && URL.canParse(databaseUrl) ? new URL(databaseUrl).pathname : databaseUrl;
  const place = databaseUrl ? `postgres:${database}` : `pglite:${dataDir}`;
  const dataKey = createHash('sha256').update(`trellis-data-key\0${place}`).digest();
  return { dataKey, dataKeyDerived: true };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const host = env.HOST ?? '127.0.0.1';
  const port = intFrom(env.PORT, 3000, 'PORT');
  const databaseUrl = env.DATABASE_URL || null;
  const dataDir = resolve(env.TRELLIS_DATA_DIR ?? '.trellis/data');
  return {
    databaseUrl,
    dataDir,
    host,
    port,
    logLevel: env.LOG_LEVEL ?? 'info',
    sessionTtlHours: intFrom(env.SESSION_TTL_HOURS, 12, 'SESSION_TTL_HOURS'),
    authCacheSeconds: intFrom(env.AUTH_CACHE_SECONDS, 5, 'AUTH_CACHE_SECONDS'),
    secureCookies: env.SECURE_COOKIES === 'true',
    publicUrl: env.PUBLIC_URL ?? `http://${host}:${port}`,
    jobTickSeconds: intFrom(env.JOB_TICK_SECONDS, 60, 'JOB_TICK_SECONDS'),
    jobLeaseSeconds: intFrom(env.JOB_LEASE_SECONDS, 60, 'JOB_LEASE_SECONDS'),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    loginLimits: {
      accountFailures: intFrom(env.LOGIN_MAX_FAILURES, 5, 'LOGIN_MAX_FAILURES'),
      addressFailures: intFrom(env.LOGIN_MAX_FAILURES_PER_ADDRESS, 30, 'LOGIN_MAX_FAILURES_PER_ADDRESS'),
      windowSeconds: intFrom(env.LOGIN_LOCKOUT_SECONDS, 900, 'LOGIN_LOCKOUT_SECONDS'),
    },
    apiKeyRequestsPerMinute: intFrom(env.API_KEY_REQUESTS_PER_MINUTE, 600, 'API_KEY_REQUESTS_PER_MINUTE'),
    ...dataKeyFrom(env.TRELLIS_DATA_KEY, databaseUrl, dataDir),
    webhooks: {
      retryBaseSeconds: intFrom(env.WEBHOOK_RETRY_BASE_SECONDS, 30, 'WEBHOOK_RETRY_BASE_SECONDS'),
      timeoutSeconds: intFrom(env.WEBHOOK_TIMEOUT_SECONDS, 10, 'WEBHOOK_TIMEOUT_SECONDS'),
    },
    ...overrides,
  };
}
