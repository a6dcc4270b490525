import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { isPrivateAddress, resolveTarget, urlProblem } from '../network-guard.js';
import { retryDelayMs } from '../retry-schedule.js';
import { openSecret, sealSecret } from '../secret-box.js';
import { newWebhookSecret, signWebhook } from '../webhook-signature.js';

// The test vector published with the Standard Webhooks reference libraries.
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  payload: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

describe('Standard Webhooks signatures', () => {
  it('match the specification’s test vector', () => {
    expect(signWebhook(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.payload)).toBe(VECTOR.signature);
  });

  it('match the standardwebhooks package for a fresh secret, and verify with it', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const now = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({
      type: 'deal.won',
      timestamp: new Date().toISOString(),
      data: { id: 'd1' },
    });
    const signature = signWebhook(secret, 'msg_1', now, body);
    expect(new Webhook(secret).sign('msg_1', new Date(now * 1000), body)).toBe(signature);
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(now),
      'webhook-signature': signature,
    };
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(`${body} `, headers)).toThrow();
  });
});

describe('secrets at rest', () => {
  const key = Buffer.alloc(32, 7);
  it('open with the same key and owner only', () => {
    const sealed = sealSecret(key, 'owner-1', 'whsec_abc');
    expect(sealed).not.toContain('whsec_abc');
    expect(openSecret(key, 'owner-1', sealed)).toBe('whsec_abc');
    expect(() => openSecret(key, 'owner-2', sealed)).toThrow(/data key/);
    expect(() => openSecret(Buffer.alloc(32, 8), 'owner-1', sealed)).toThrow(/data key/);
  });
});

describe('the retry schedule', () => {
  it('grows fourfold from the base, is capped at 8 h with a 30 s base, and jitters ±20 %', () => {
    const middle = () => 0.5;
    const delays = [1, 2, 3, 4, 5, 6, 7].map((n) => retryDelayMs(n, 30_000, middle) / 1000);
    expect(delays).toEqual([30, 120, 480, 1920, 7680, 28_800, 28_800]);
    expect(retryDelayMs(1, 30_000, () => 0)).toBe(24_000);
    expect(retryDelayMs(1, 30_000, () => 1)).toBe(36_000);
  });
});

describe('endpoint addresses (SSRF)', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fd00::1',
    'fe80::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'accepts %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );

  it('refuses URLs of other schemes or with credentials', () => {
    expect(urlProblem('ftp://example.com/')).toMatch(/http/);
    expect(urlProblem('https://user:pw@example.com/')).toMatch(/credentials/);
    expect(urlProblem('not a url')).toMatch(/not a URL/);
    expect(urlProblem('https://example.com/hooks')).toBeNull();
  });

  it('refuses a host when any of its addresses is private, unless private networks are allowed', async () => {
    const resolver = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.5', family: 4 },
    ];
    await expect(resolveTarget('https://mixed.example/hook', false, resolver)).rejects.toThrow(/10\.0\.0\.5/);
    await expect(resolveTarget('https://[::1]:8443/hook', false)).rejects.toThrow(/::1/);
    const allowed = await resolveTarget('https://mixed.example/hook', true, resolver);
    expect(allowed.address).toBe('93.184.216.34');
  });
});
