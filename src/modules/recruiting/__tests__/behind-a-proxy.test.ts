import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../platform/clock.js';
import { type Config, loadConfig } from '../../../platform/config.js';
import { buildApp } from '../../../platform/http/app.js';
import { createIdGenerator } from '../../../platform/ids.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const PROXY = '10.0.0.7';
let counter = 0;

function form() {
  counter += 1;
  const slug = `proxied-${counter}`;
  return {
    companyName: `${slug} Consulting`,
    website: `https://www.${slug}.com/`,
    country: 'DE',
    type: 'si',
    regions: ['EMEA'],
    contactName: 'Sam Applicant',
    contactEmail: `sam@${slug}.com`,
  };
}

/** Six applications through the proxy, from the given forwarded client addresses; their status codes. */
async function throughProxy(env: NodeJS.ProcessEnv, clients: (i: number) => string): Promise<number[]> {
  const clock = fixedClock(new Date('2026-01-15T09:30:00Z'), 1);
  const app = await buildApp({
    database: t.db.database,
    config: loadConfig(env, { authCacheSeconds: 0 }),
    clock,
    ids: createIdGenerator(() => clock.now()),
    logger: false,
  });
  try {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/public/partner-applications',
        payload: form(),
        remoteAddress: PROXY,
        headers: { 'x-forwarded-for': clients(i) },
      });
      codes.push(res.statusCode);
    }
    return codes;
  } finally {
    await app.close();
  }
}

describe('the public form behind a reverse proxy', () => {
  it('reads TRUST_PROXY as off, on, a hop count or a list of proxies', () => {
    const trust = (value?: string): Config['trustProxy'] => loadConfig({ TRUST_PROXY: value }).trustProxy;
    expect([trust(), trust('false'), trust('true'), trust('2')]).toEqual([false, false, true, 2]);
    expect(trust('10.0.0.7, 10.1.0.0/16')).toEqual(['10.0.0.7', '10.1.0.0/16']);
  });

  it("limits each real client when the proxy is trusted, not the proxy's own address", async () => {
    const codes = await throughProxy({ TRUST_PROXY: PROXY }, (i) => `198.51.100.${60 + i}`);
    expect(codes).toEqual([202, 202, 202, 202, 202, 202]);
    const one = await throughProxy({ TRUST_PROXY: '1' }, () => '198.51.100.90');
    expect(one).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('ignores X-Forwarded-For from an untrusted sender, so forging it does not escape the limit', async () => {
    const codes = await throughProxy({}, (i) => `198.51.100.${120 + i}`);
    expect(codes).toEqual([202, 202, 202, 202, 202, 429]);
  });
});
