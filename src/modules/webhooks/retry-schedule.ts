/** Attempts per delivery before it is marked failed. */
export const MAX_ATTEMPTS = 8;
/** Each retry waits four times longer than the one before, up to this many base delays (8 h at 30 s). */
const CAP_FACTOR = 960;
const JITTER = 0.2;

/**
 * The wait after the given number of failed attempts: base, 4×, 16×… capped, each ±20 % so that
 * deliveries failing together do not all come back at the same moment. With the 30 s default:
 * 30 s, 2 min, 8 min, 32 min, 2 h 8 min, 8 h, 8 h — about 19 hours over 8 attempts.
 */
export function retryDelayMs(
  failedAttempts: number,
  baseMs: number,
  random: () => number = Math.random,
): number {
  const plain = Math.min(baseMs * 4 ** Math.max(0, failedAttempts - 1), baseMs * CAP_FACTOR);
  return Math.round(plain * (1 - JITTER + 2 * JITTER * random()));
}
