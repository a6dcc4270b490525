import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import {
  clearBucket,
  countHit,
  hitsSoFar,
  type RateLimit,
  secondsLeftInWindow,
} from '../../platform/rate-limit/counters.js';

/**
 * Failed logins allowed before further attempts are refused until the window ends: per account (a
 * lockout that holds even with the right password, so guessing cannot go on), and per client address
 * (one address trying many accounts). Counted for any email, known or not, so a lockout reveals nothing.
 */
export interface LoginLimits {
  accountFailures: number;
  addressFailures: number;
  windowSeconds: number;
}

const rules = (limits: LoginLimits) => ({
  account: { limit: limits.accountFailures, windowSeconds: limits.windowSeconds } satisfies RateLimit,
  clientAddress: { limit: limits.addressFailures, windowSeconds: limits.windowSeconds } satisfies RateLimit,
});

const accountBucket = (email: string) => `login:account:${email.trim().toLowerCase()}`;
const addressBucket = (address: string) => `login:address:${address}`;

function refuse(ctx: Ctx, rule: RateLimit, what: string): never {
  const retryAfterSeconds = secondsLeftInWindow(ctx.clock.now(), rule);
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw new AppError('rate_limited', `${what}; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`, {
    retryAfterSeconds,
  });
}

export async function assertLoginAllowed(
  ctx: Ctx,
  limits: LoginLimits,
  email: string,
  clientAddress: string | null,
): Promise<void> {
  const { account, clientAddress: address } = rules(limits);
  if ((await hitsSoFar(ctx, accountBucket(email), account)) >= account.limit) {
    refuse(ctx, account, 'This account is locked after too many failed logins');
  }
  if (clientAddress && (await hitsSoFar(ctx, addressBucket(clientAddress), address)) >= address.limit) {
    refuse(ctx, address, 'Too many failed logins from this address');
  }
}

/** Counts a failed login; true when it locked the account. */
export async function recordLoginFailure(
  ctx: Ctx,
  limits: LoginLimits,
  email: string,
  clientAddress: string | null,
): Promise<boolean> {
  const { account, clientAddress: address } = rules(limits);
  const hits = await countHit(ctx, accountBucket(email), account);
  if (clientAddress) await countHit(ctx, addressBucket(clientAddress), address);
  return hits === account.limit;
}

export async function clearLoginFailures(ctx: Ctx, email: string): Promise<void> {
  await clearBucket(ctx, accountBucket(email));
}
