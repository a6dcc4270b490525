import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncPartners } from '../../../examples/sync-partners.js';
import { createRegistration } from '../../modules/deals/create-registration.js';
import { createSampleWorld, type SampleWorld } from '../../testing/route-samples.js';
import { createTestApp, type TestApp } from '../../testing/test-app.js';
import { createTrellisClient, TrellisApiError } from '../trellis-client.js';

/** The shipped client and the integrator example, against a real server on a real socket. */
let t: TestApp;
let w: SampleWorld;
let baseUrl: string;
let partnerKey: string;

/** A fetch that remembers what was sent, to check the headers the client adds. */
const sent: Request[] = [];
const recordingFetch = async (request: Request) => {
  sent.push(request.clone());
  return fetch(request);
};

async function draftRegistration(customer: string) {
  await createRegistration(w.ctxOf('partner_rep_a'), {
    customerName: customer,
    productLines: ['Platform'],
    amountMinor: 1_000_000,
    currency: 'USD',
    expectedClose: '2026-06-30',
    submit: false,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  w = createSampleWorld(t);
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  partnerKey = (await w.freshApiKey('partner_rep_a')).secret;
  await draftRegistration('First Customer Corp');
  await draftRegistration('Second Customer Corp');
  // Another partner's registration, which partner A's key must never sync.
  await createRegistration(w.ctxOf('partner_rep_b'), {
    customerName: 'Someone Else Corp',
    productLines: ['Platform'],
    amountMinor: 1_000_000,
    currency: 'USD',
    expectedClose: '2026-06-30',
    submit: false,
  });
});
afterAll(async () => t.close());

describe('examples/sync-partners.ts', () => {
  it('syncs everything first, then only what changed, and registers a deal with an Idempotency-Key', async () => {
    const lines: string[] = [];
    const first = await syncPartners({
      baseUrl,
      apiKey: partnerKey,
      fetch: recordingFetch,
      registerDeal: { customerName: 'Example Customer Corp', amountMinor: 2_500_000, currency: 'USD' },
      log: (line) => lines.push(line),
    });
    expect(first.report.partners).toEqual({ received: 1, changed: 1 });
    expect(first.report.registrations).toEqual({ received: 2, changed: 2 });
    expect(first.mirror.partners.has(t.fixtures.partnerA)).toBe(true);
    expect(first.report.registered?.customerName).toBe('Example Customer Corp');
    expect(lines.join('\n')).toMatch(/registered Example Customer Corp/);

    const everyRequest = sent.map((r) => r.headers.get('authorization'));
    expect(everyRequest.every((h) => h === `Bearer ${partnerKey}`)).toBe(true);
    const post = sent.find((r) => r.method === 'POST');
    expect(post?.headers.get('idempotency-key')).toBe(first.report.registered?.idempotencyKey);
    expect(post?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);

    // The second run resumes at the newest change it saw: the bound is inclusive, so that row comes
    // back once more, unchanged; the deal it registered and a new draft are the changes.
    await draftRegistration('Third Customer Corp');
    const second = await syncPartners({ baseUrl, apiKey: partnerKey, mirror: first.mirror });
    expect(second.report.partners).toEqual({ received: 1, changed: 0 });
    expect(second.report.registrations).toEqual({ received: 3, changed: 2 });
    expect(second.mirror.registrations.size).toBe(4);
    expect(second.report.registered).toBeNull();
  });
});

describe('createTrellisClient', () => {
  it('pages through a list by its cursor and reports a refused request as a problem', async () => {
    const client = createTrellisClient({ baseUrl: `${baseUrl}/`, apiKey: partnerKey });
    const pages = [];
    for await (const page of client.paginate('/api/registrations', { limit: 1, sort: 'createdAt' })) {
      pages.push(page);
    }
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.every((page) => page.items.length === 1)).toBe(true);
    expect(new Set(pages.map((page) => page.items[0]!.id)).size).toBe(pages.length);
    expect(pages.at(-1)!.nextCursor).toBeNull();

    const bad = client.paginate('/api/registrations', { updatedSince: 'yesterday' });
    const refused = await bad.next().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TrellisApiError);
    expect((refused as TrellisApiError).status).toBe(400);
    expect((refused as TrellisApiError).problem?.errors?.[0]?.field).toBe('query.updatedSince');
  });
});
