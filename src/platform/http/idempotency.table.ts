import { integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * `Idempotency-Key` records: the first response to a POST, replayed for the same key and body. A key
 * commits in the same transaction as the work it answers for, so a stored key always has its response.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    /** `user:<id>` or `apikey:<id>`: keys are private to whoever sent them. */
    owner: text('owner').notNull(),
    key: text('key').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    /** SHA-256 of the method, URL and body, so a different request under the same key is refused. */
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    responseHeaders: jsonb('response_headers'),
    responseBody: text('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.owner, t.key] })],
);

/**
 * Short holds on one resource URL while a conditional write (`If-Match`) checks the resource's ETag
 * and makes its change, so two writers holding the same ETag cannot both succeed. A hold left by a
 * process that died runs out at expiresAt.
 */
export const resourceLocks = pgTable('resource_locks', {
  path: text('path').primaryKey(),
  holder: text('holder').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
