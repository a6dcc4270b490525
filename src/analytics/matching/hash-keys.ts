import { createHash, createHmac } from 'node:crypto';
import type { MatchableRecord } from './match-exactly.js';

/**
 * Keyed hashes (HMAC-SHA-256, base64url) of an account's normalized keys. Both sides hash with a secret they
 * agree on between themselves, so whoever computes the overlap sees neither list and cannot test guesses.
 * Equal keys give equal hashes, so exact domain and exact name matching work unchanged; fuzzy matching
 * cannot.
 */
export function hashAccountKeys(keys: MatchableRecord, secret: string | Buffer): MatchableRecord {
  return {
    domain: keys.domain === null ? null : keyedHash(`domain:${keys.domain}`, secret),
    name: keys.name === null ? null : keyedHash(`name:${keys.name}`, secret),
  };
}

function keyedHash(value: string, secret: string | Buffer): string {
  return createHmac('sha256', secret).update(value).digest('base64url');
}

/** A hash as hashAccountKeys writes it: 43 base64url characters. */
export const KEYED_HASH_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A public name for a secret (the first 16 hex characters of its SHA-256): both sides upload it with their
 * hashed lists, so lists hashed with different secrets are told apart without revealing either secret.
 */
export function keyFingerprint(secret: string | Buffer): string {
  return createHash('sha256').update(secret).digest('hex').slice(0, 16);
}
