import type { Config } from '../../platform/config.js';
import type { Resolver } from './network-guard.js';

/** How the sender behaves; the defaults come from the configuration, tests shorten them. */
export interface DeliverySettings {
  dataKey: Buffer;
  /** The first retry's delay; later ones grow fourfold (see retryDelayMs). */
  retryBaseMs: number;
  /** The longest one POST may take, answer included. */
  timeoutMs: number;
  /** Failed attempts in a row after which a subscription may be disabled… */
  disableAfterFailures: number;
  /** …once the oldest of those failures is at least this old. */
  disableAfterMs: number;
  resolver?: Resolver;
  random?: () => number;
}

export const DISABLE_AFTER_FAILURES = 20;
export const DISABLE_AFTER_MS = 24 * 3600_000;

export function deliverySettingsFrom(config: Pick<Config, 'dataKey' | 'webhooks'>): DeliverySettings {
  return {
    dataKey: config.dataKey,
    retryBaseMs: config.webhooks.retryBaseSeconds * 1000,
    timeoutMs: Math.max(1, config.webhooks.timeoutSeconds) * 1000,
    disableAfterFailures: DISABLE_AFTER_FAILURES,
    disableAfterMs: DISABLE_AFTER_MS,
  };
}
