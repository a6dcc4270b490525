import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('fastify', async (importOriginal) =>
  (await import('../../../testing/route-catalog.js')).withRouteRecorder(await importOriginal<object>()),
);

import { addDealNote } from '../../../modules/deals/add-deal-note.js';
import { addDealPartner } from '../../../modules/deals/add-deal-partner.js';
import { createDeal } from '../../../modules/deals/create-deal.js';
import {
  type CatalogRoute,
  fillPath,
  type JsonSchema,
  resolveSchema,
  routeCatalog,
} from '../../../testing/route-catalog.js';
import { createSampleWorld, type SampleRequest, sampleFor } from '../../../testing/route-samples.js';
import { createTestApp, type TestUserKey } from '../../../testing/test-app.js';
import { POLICY } from '../../policy.js';

/**
 * Broken object property level authorization (OWASP API3), checked on every operation a partner user
 * may call. Writes: the valid sample body plus one property the vendor manages — one the request
 * schema does not have (refused: bodies are strict) or one it has whose vendor-side value a partner
 * must not set (refused, or ignored and never applied). Reads: no response carries a vendor-only
 * property with a value, an internal note, or another partner's id.
 */
const t = await createTestApp();
afterAll(async () => t.close());
const world = createSampleWorld(t);
const catalog = routeCatalog(t.app);
const { partnerA, partnerB, users } = t.fixtures;

type Doc = { paths: Record<string, Record<string, { responses?: Record<string, ResponseSpec> }>> };
type ResponseSpec = { content?: Record<string, { schema?: JsonSchema }> };
const doc = t.app.swagger() as unknown as Doc & { components?: { schemas?: Record<string, JsonSchema> } };
const components = doc.components?.schemas ?? {};

/** Properties the vendor owns on the resources partners write. */
const VENDOR_PROPERTIES = [
  'id',
  'partnerId',
  'tier',
  'stage',
  'status',
  'ownerId',
  'decision',
  'outcome',
  'fitScore',
  'fitReasons',
  'certifiedCount',
  'overlapCount',
  'accountId',
  'dealId',
  'opportunityId',
  'approvedAt',
  'decidedAt',
  'protectedUntil',
  'approvedMinor',
  'paidMinor',
  'internal',
  'createdAt',
  'updatedAt',
];

/** Request properties a partner may send, but never with the vendor-side value given here. */
const VENDOR_VALUES: Record<string, () => unknown> = {
  partnerId: () => partnerB,
  ownerId: () => users.admin.id,
  role: () => 'admin',
  internal: () => true,
};

/** Request properties of one operation that only vendor staff may change. */
const VENDOR_MANAGED: Record<string, Record<string, unknown>> = {
  updatePartner: {
    name: 'Renamed by the partner',
    type: 'msp',
    domains: ['claimed-by-partner.com'],
  },
  updateDeal: {
    name: 'Renamed by the partner',
    amountMinor: 1,
    currency: 'JPY',
    stage: 'negotiation',
    closeDate: '2030-12-31',
    productLines: ['Chosen by the partner'],
    externalIds: { salesforce: 'partner-set' },
  },
};

/** A plausible value for a property the request schema does not have (any value must be refused). */
function outsideValue(property: string): unknown {
  if (VENDOR_VALUES[property]) return VENDOR_VALUES[property]();
  if (property.endsWith('At') || property === 'protectedUntil') return '2030-01-01T00:00:00.000Z';
  if (property.endsWith('Id') || property === 'id') return partnerB;
  if (property.endsWith('Minor') || property.endsWith('Count') || property === 'fitScore') return 1;
  if (property === 'fitReasons') return [];
  return 'approved';
}

/** The top-level and one-level-nested property names of an operation's success response. */
function resourceProperties(route: CatalogRoute): Set<string> {
  const responses = doc.paths[route.path]?.[route.method.toLowerCase()]?.responses ?? {};
  const spec = responses['200'] ?? responses['201'];
  const raw = spec?.content?.['application/json']?.schema;
  const names = new Set<string>();
  const collect = (schema: JsonSchema, depth: number) => {
    for (const branch of [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
      for (const [key, child] of Object.entries(branch.properties ?? {})) {
        names.add(key);
        if (depth > 0) collect(child, depth - 1);
      }
    }
  };
  if (raw) collect(resolveSchema(raw, components), 1);
  return names;
}

function roleOf(route: CatalogRoute): TestUserKey | null {
  const roles = route.action ? (POLICY[route.action] as readonly string[]) : [];
  if (roles.includes('partner_admin')) return 'partner_admin_a';
  if (roles.includes('partner_rep')) return 'partner_rep_a';
  return null;
}

async function send(route: CatalogRoute, caller: TestUserKey, sample: SampleRequest, body?: unknown) {
  const query = sample.query ? `?${new URLSearchParams(sample.query)}` : '';
  return t.request(caller, {
    method: route.method as 'GET',
    url: fillPath(route.path, sample.params ?? {}) + query,
    ...(body === undefined ? {} : { payload: body as object }),
    headers: sample.headers ?? {},
  });
}

const fieldsOf = (res: LightMyRequestResponse): string[] =>
  ((res.json() as { errors?: { field: string }[] }).errors ?? []).map((e) => e.field);

const partnerWrites = catalog.filter(
  (route) =>
    route.method !== 'GET' &&
    !route.public &&
    roleOf(route) !== null &&
    route.body?.properties !== undefined &&
    route.bodyMediaTypes.includes('application/json'),
);

describe('partner writes never set a vendor-only property', () => {
  it('covers the operations partners write through', () => {
    const names = partnerWrites.map((route) => route.operationId);
    for (const expected of [
      'updatePartner',
      'updateDeal',
      'createRegistration',
      'inviteUser',
      'addDealNote',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it.each(partnerWrites.map((route) => [route.operationId, route] as const))('%s', async (_, route) => {
    const caller = roleOf(route)!;
    const sample = await sampleFor(route.operationId, world, caller);
    const body = sample.body as Record<string, unknown>;
    const requestProperties = route.body!.properties!;
    const resource = resourceProperties(route);
    const problems: string[] = [];

    // Not in the request schema, but on the resource: a strict body refuses it, naming it.
    const outside = VENDOR_PROPERTIES.filter(
      (p) => !(p in requestProperties) && (resource.has(p) || p === 'partnerId'),
    );
    for (const property of outside) {
      const res = await send(route, caller, sample, { ...body, [property]: outsideValue(property) });
      if (res.statusCode !== 400 || !fieldsOf(res).includes(property)) {
        problems.push(`${property}: expected 400 naming it, got ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    }

    // In the request schema: the vendor-side value is refused, or ignored and not applied.
    const managed: Record<string, unknown> = { ...(VENDOR_MANAGED[route.operationId] ?? {}) };
    for (const [property, value] of Object.entries(VENDOR_VALUES)) {
      if (property in requestProperties) managed[property] = value();
    }
    for (const [property, value] of Object.entries(managed)) {
      const res = await send(route, caller, sample, { ...body, [property]: value });
      if (res.statusCode >= 400 && res.statusCode < 500) continue;
      const echoed = (res.json() as Record<string, unknown>)[property];
      if (res.statusCode >= 300 || JSON.stringify(echoed) === JSON.stringify(value) || echoed === undefined) {
        problems.push(`${property}=${JSON.stringify(value)}: applied or unverifiable, ${res.statusCode}`);
      }
    }

    // The sample itself is accepted, so each refusal above was the injected property's doing.
    const plain = await send(route, caller, sample, body);
    expect(plain.statusCode, `${route.operationId} sample: ${plain.body.slice(0, 300)}`).toBeLessThan(300);
    expect(problems, route.operationId).toEqual([]);
  });
});

describe('amounts on approved records', () => {
  it('a partner cannot change an approved registration, its amount included', async () => {
    const created = await t.request('partner_rep_a', {
      method: 'POST',
      url: '/api/registrations',
      payload: (await sampleFor('createRegistration', world, 'partner_rep_a')).body as object,
    });
    const registration = created.json() as { id: string; status: string; amountMinor: number };
    expect(registration.status, created.body.slice(0, 300)).toBe('approved');
    const res = await t.request('partner_rep_a', {
      method: 'PATCH',
      url: `/api/registrations/${registration.id}`,
      payload: { amountMinor: registration.amountMinor * 10 },
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    const after = await t.request('partner_rep_a', {
      method: 'GET',
      url: `/api/registrations/${registration.id}`,
    });
    expect(after.json().registration.amountMinor).toBe(registration.amountMinor);
  });
});

/** Response keys that carry the vendor's view; a partner gets them absent or empty. */
const VENDOR_ONLY_KEYS = [
  'fitScore',
  'fitReasons',
  'conflict',
  'conflictRegistrationId',
  'conflictOpportunityId',
  'peers',
  'percentiles',
  'peerMedians',
  'passwordHash',
  'inviteTokenHash',
  'tokenHash',
  'secretHash',
];

const isEmpty = (value: unknown) =>
  value === null ||
  value === undefined ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && Object.keys(value as object).length === 0);

/** Every place in a JSON document where a partner must not have been shown something. */
function leaks(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaks(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const found: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (VENDOR_ONLY_KEYS.includes(key) && !isEmpty(child)) found.push(`${path}.${key}`);
    if (key === 'internal' && child === true) found.push(`${path} is internal`);
    found.push(...leaks(child, `${path}.${key}`));
  }
  return found;
}

describe('partner reads never carry vendor-only properties', () => {
  const INTERNAL_NOTE = 'Internal: discount ceiling 30 percent';
  let dealId = '';

  beforeAll(async () => {
    // A deal partner A is on, with a note only vendor staff may read.
    const deal = await createDeal(t.systemCtx, {
      accountId: await world.account(),
      name: 'Property check deal',
      amountMinor: 1_000_000,
      currency: 'USD',
      stage: 'proposal',
      closeDate: '2026-06-30',
      productLines: ['Platform'],
      externalIds: {},
    });
    dealId = deal.id;
    await addDealPartner(t.systemCtx, deal.id, { partnerId: partnerA, role: 'sourcing' });
    await addDealNote(world.ctxOf('partner_manager'), deal.id, { body: INTERNAL_NOTE, internal: true });
  });

  it('the detector sees what vendor staff get, and not in the same deal read by its partner', async () => {
    const partner = await t.request('admin', { method: 'GET', url: `/api/partners/${partnerA}` });
    expect(leaks(partner.json())).toContain('$.fitScore');
    const deal = await t.request('admin', { method: 'GET', url: `/api/deals/${dealId}` });
    expect(deal.body).toContain(INTERNAL_NOTE);
    expect(leaks(deal.json()).some((l) => l.endsWith('is internal'))).toBe(true);

    const asPartner = await t.request('partner_rep_a', { method: 'GET', url: `/api/deals/${dealId}` });
    expect(asPartner.statusCode).toBe(200);
    expect(asPartner.body).not.toContain(INTERNAL_NOTE);
    expect(leaks(asPartner.json())).toEqual([]);
  });

  const partnerReads = catalog.filter((route) => route.method === 'GET' && roleOf(route) !== null);

  it.each(partnerReads.map((route) => [route.operationId, route] as const))('%s', async (_, route) => {
    const caller = roleOf(route)!;
    const res = await send(route, caller, await sampleFor(route.operationId, world, caller));
    expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(300);
    if (!String(res.headers['content-type']).startsWith('application/json')) return;
    expect(leaks(res.json()), route.operationId).toEqual([]);
    expect(res.body).not.toContain(INTERNAL_NOTE);
    expect(res.body, "another partner's id").not.toContain(partnerB);
  });
});
