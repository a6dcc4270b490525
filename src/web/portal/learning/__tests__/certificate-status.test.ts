import { describe, expect, it } from 'vitest';
import { certificateState, daysUntilExpiry, expiryText, needsRenewal } from '../certificate-status';

const now = new Date('2026-05-10T12:00:00.000Z');
const at = (iso: string) => iso;

describe('certificate status from its dates', () => {
  it('is valid with more than 30 days left, expiring within them, expired from the expiry on', () => {
    expect(certificateState(at('2026-07-01T00:00:00.000Z'), now)).toBe('valid');
    expect(certificateState(at('2026-06-09T12:00:00.001Z'), now)).toBe('valid');
    expect(certificateState(at('2026-06-09T12:00:00.000Z'), now)).toBe('expiring');
    expect(certificateState(at('2026-05-10T12:00:00.001Z'), now)).toBe('expiring');
    expect(certificateState(at('2026-05-10T12:00:00.000Z'), now)).toBe('expired');
    expect(certificateState(at('2025-01-01T00:00:00.000Z'), now)).toBe('expired');
  });

  it('counts whole days left, rounding a part day up while valid and down once expired', () => {
    expect(daysUntilExpiry('2026-05-20T12:00:00.000Z', now)).toBe(10);
    expect(daysUntilExpiry('2026-05-20T11:00:00.000Z', now)).toBe(10);
    expect(daysUntilExpiry('2026-05-10T13:00:00.000Z', now)).toBe(1);
    expect(daysUntilExpiry('2026-05-10T11:00:00.000Z', now)).toBe(0);
    expect(daysUntilExpiry('2026-05-07T11:00:00.000Z', now)).toBe(-3);
  });

  it('says how long is left, or how long ago it ended', () => {
    expect(expiryText('2026-05-20T12:00:00.000Z', now)).toBe('Expires in 10 days');
    expect(expiryText('2026-05-10T18:00:00.000Z', now)).toBe('Expires within a day');
    expect(expiryText('2026-05-10T06:00:00.000Z', now)).toBe('Expired today');
    expect(expiryText('2026-05-09T06:00:00.000Z', now)).toBe('Expired yesterday');
    expect(expiryText('2026-05-01T12:00:00.000Z', now)).toBe('Expired 9 days ago');
  });

  it('asks for renewal of an expiring or expired certificate nobody has renewed yet', () => {
    expect(needsRenewal({ expiresAt: '2026-05-20T12:00:00.000Z', renewedById: null }, now)).toBe(true);
    expect(needsRenewal({ expiresAt: '2026-04-20T12:00:00.000Z', renewedById: null }, now)).toBe(true);
    expect(needsRenewal({ expiresAt: '2026-04-20T12:00:00.000Z', renewedById: 'newer' }, now)).toBe(false);
    expect(needsRenewal({ expiresAt: '2027-04-20T12:00:00.000Z', renewedById: null }, now)).toBe(false);
  });
});
