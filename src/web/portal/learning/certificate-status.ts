/** A certificate's standing worked out from its dates, the way the API states it. */

export type CertificateState = 'valid' | 'expiring' | 'expired';

/** Mirrors the API: a certificate is "expiring" within this many days of its expiry. */
export const EXPIRING_WITHIN_DAYS = 30;

const DAY_MS = 86_400_000;

export function certificateState(expiresAt: string, now: Date = new Date()): CertificateState {
  const left = Date.parse(expiresAt) - now.getTime();
  if (left <= 0) return 'expired';
  if (left <= EXPIRING_WITHIN_DAYS * DAY_MS) return 'expiring';
  return 'valid';
}

/** Whole days until the expiry: 1 for anything under a day left, 0 or less once expired. */
export function daysUntilExpiry(expiresAt: string, now: Date = new Date()): number {
  const left = Date.parse(expiresAt) - now.getTime();
  return left > 0 ? Math.ceil(left / DAY_MS) : 0 - Math.floor(-left / DAY_MS);
}

export function expiryText(expiresAt: string, now: Date = new Date()): string {
  const days = daysUntilExpiry(expiresAt, now);
  if (Date.parse(expiresAt) <= now.getTime()) {
    if (days === 0) return 'Expired today';
    return days === -1 ? 'Expired yesterday' : `Expired ${-days} days ago`;
  }
  return days === 1 ? 'Expires within a day' : `Expires in ${days} days`;
}

export const CERTIFICATE_STATE_LABELS: Record<CertificateState, string> = {
  valid: 'Valid',
  expiring: 'Expiring soon',
  expired: 'Expired',
};

export const CERTIFICATE_STATE_COLORS: Record<CertificateState, string> = {
  valid: 'teal',
  expiring: 'orange',
  expired: 'red',
};

/**
 * Whether the holder should renew it by passing the course again: it is expiring or expired and no
 * newer certificate has replaced it.
 */
export function needsRenewal(
  certificate: { expiresAt: string; renewedById: string | null },
  now: Date = new Date(),
): boolean {
  return certificate.renewedById === null && certificateState(certificate.expiresAt, now) !== 'valid';
}
