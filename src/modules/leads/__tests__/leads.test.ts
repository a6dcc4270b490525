import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, fixedClock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { domainEvents } from '../../../platform/events/events.table.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { changeTemplateStatus } from '../../marketing/change-template-status.js';
import { createCampaign } from '../../marketing/create-campaign.js';
import { createTemplate } from '../../marketing/create-template.js';
import { ZCreateTemplate } from '../../marketing/marketing.schemas.js';
import { createPartner } from '../../partners/create-partner.js';
import { captureLead } from '../capture-lead.js';
import { expireLeadOffers } from '../expire-offers.js';
import { leadOffers } from '../leads.table.js';
import { acceptLead } from '../respond-to-offer.js';

let t: TestApp;
let partnerC: string;
beforeAll(async () => {
  t = await createTestApp();
  // A second EMEA security partner, so declined and expired leads have somewhere to go.
  partnerC = (
    await createPartner(t.systemCtx, {
      name: 'Gamma Security GmbH',
      type: 'msp',
      stage: 'active',
      domains: ['gamma-security.de'],
      regions: ['EMEA'],
      specializations: ['security'],
    })
  ).id;
});
afterAll(async () => t?.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT';
async function call(user: TestUserKey, method: Method, url: string, payload?: unknown) {
  return t.request(user, { method, url, ...(payload !== undefined ? { payload: payload as object } : {}) });
}
async function ok(user: TestUserKey, method: Method, url: string, payload?: unknown, status = 200) {
  const res = await call(user, method, url, payload);
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

let counter = 0;
async function newLead(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return ok(
    'sales_rep',
    'POST',
    '/api/leads',
    {
      companyName: `Lead Company ${counter}`,
      website: `https://lead-company-${counter}.com`,
      contactName: 'Jo Buyer',
      contactEmail: `jo@lead-company-${counter}.com`,
      country: 'DE',
      interests: ['security'],
      productLines: ['Platform'],
      estimatedAmountMinor: 5_000_000,
      currency: 'EUR',
      score: 70,
      ...overrides,
    },
    201,
  );
}

const route = (leadIds: string[], dryRun = false) =>
  ok('partner_manager', 'POST', '/api/leads/route', { leadIds, dryRun });

const eventTypes = async (leadId: string) =>
  (await t.db.database.db.select().from(domainEvents).where(eq(domainEvents.entityId, leadId))).map(
    (e) => e.type,
  );

describe('entering and deduplicating leads', () => {
  it('creates a lead by hand, matched to its region, and flags a second lead with the same email', async () => {
    const lead = await newLead();
    expect(lead).toMatchObject({
      status: 'new',
      source: 'manual',
      region: 'EMEA',
      domain: 'lead-company-1.com',
    });
    const again = await newLead({
      companyName: 'Other spelling',
      contactEmail: lead.contactEmail.toUpperCase(),
    });
    expect(again).toMatchObject({ status: 'duplicate', duplicateOfId: lead.id });
    const detail = await ok('admin', 'GET', `/api/leads/${lead.id}`);
    expect(detail.duplicates.map((d: { id: string }) => d.id)).toEqual([again.id]);
    const run = await route([again.id]);
    expect(run.decisions).toEqual([]);
  });

  it('refuses a lead without a usable company, and partner users may not create leads', async () => {
    const res = await call('sales_rep', 'POST', '/api/leads', {
      companyName: '!!!',
      contactName: 'X',
      contactEmail: 'x@gmail.com',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('companyName');
    expect((await call('partner_admin_a', 'POST', '/api/leads', {})).statusCode).toBe(403);
  });

  it('imports a CSV with a per-row report, dry run first, and re-importing changes nothing', async () => {
    const csv = [
      'External ID,Company,Website,Contact Name,Contact Email,Country,Interests,Product Lines,Estimated Amount,Currency,Score',
      'crm-1,Northwind Traders,northwind.example.com,Ann Lee,ann@northwind.example.com,Germany,security;devops,Platform,12000.50,EUR,80',
      'crm-2,Contoso,contoso.example.com,Ben Ode,ben@contoso.example.com,US,,Platform,,,40',
      'crm-3,Broken,,Cy,not-an-email,Atlantis,,,abc,,500',
    ].join('\n');
    const post = (query: string) =>
      t.request('partner_manager', {
        method: 'POST',
        url: `/api/leads/import${query}`,
        headers: { 'content-type': 'text/csv' },
        payload: csv,
      });
    const refused = await post('');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['line 4: contact_email', 'line 4: country', 'line 4: score']),
    );
    const dry = (await post('?dryRun=true&skipInvalid=true')).json();
    expect(dry).toMatchObject({ dryRun: true, created: 2, rejected: 1 });
    expect((await ok('admin', 'GET', '/api/leads?source=import')).items).toHaveLength(0);
    const first = (await post('?skipInvalid=true')).json();
    expect(first).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    const second = (await post('?skipInvalid=true')).json();
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const northwind = (await ok('admin', 'GET', '/api/leads?source=import&q=northwind')).items[0];
    expect(northwind).toMatchObject({
      estimatedAmountMinor: 1_200_050,
      country: 'DE',
      interests: ['security', 'devops'],
    });
  });
});

describe('routing, answering and the SLA', () => {
  it('previews, then offers a lead to the best partner with a readable reason', async () => {
    const lead = await newLead();
    const preview = await route([lead.id], true);
    expect(preview.decisions[0]).toMatchObject({ leadId: lead.id, partnerId: t.fixtures.partnerA });
    expect((await ok('admin', 'GET', `/api/leads/${lead.id}`)).status).toBe('new');
    const run = await route([lead.id]);
    expect(run.offered).toBe(1);
    const detail = await ok('admin', 'GET', `/api/leads/${lead.id}`);
    expect(detail).toMatchObject({ status: 'offered', partnerId: t.fixtures.partnerA });
    expect(detail.offers[0].reason.summary).toMatch(/score/);
    expect(detail.offers[0].reason.runnersUp.map((r: { partnerId: string }) => r.partnerId)).toContain(
      partnerC,
    );
    // Partner A sees its own offer without the runners-up; partner B does not see the lead at all.
    const seenByA = await ok('partner_rep_a', 'GET', `/api/leads/${lead.id}`);
    expect(seenByA.offers[0].reason.runnersUp).toEqual([]);
    expect(seenByA.accountId).toBeNull();
    expect((await call('partner_rep_b', 'GET', `/api/leads/${lead.id}`)).statusCode).toBe(404);
    const listB = await ok('partner_admin_b', 'GET', '/api/leads');
    expect(listB.items.map((l: { id: string }) => l.id)).not.toContain(lead.id);
    expect(await eventTypes(lead.id)).toEqual(['lead.created', 'lead.offered']);
  });

  it('passes a declined lead on to the next partner, never back, then to the vendor', async () => {
    const lead = await newLead();
    await ok('partner_manager', 'POST', `/api/leads/${lead.id}/offer`, { partnerId: t.fixtures.partnerA });
    const declined = await ok('partner_rep_a', 'POST', `/api/leads/${lead.id}/decline`, {
      reason: 'Outside our vertical',
    });
    expect(declined.offerStatus).toBe('declined');
    expect((await call('partner_rep_a', 'GET', `/api/leads/${lead.id}`)).statusCode).toBe(404);
    const after = await ok('admin', 'GET', `/api/leads/${lead.id}`);
    expect(after).toMatchObject({ status: 'offered', partnerId: partnerC });
    expect(after.offers.map((o: { status: string }) => o.status)).toEqual(['pending', 'declined']);
    expect(after.offers[1].declineReason).toBe('Outside our vertical');
    await ok('partner_manager', 'POST', `/api/leads/${lead.id}/withdraw`);
    await route([lead.id]);
    expect((await ok('admin', 'GET', `/api/leads/${lead.id}`)).status).toBe('unassignable');
    expect(await eventTypes(lead.id)).toContain('lead.declined');
  });

  it('expires an unanswered offer after the SLA and re-routes the lead, once', async () => {
    const lead = await newLead();
    await route([lead.id]);
    const firstPartner = (await ok('admin', 'GET', `/api/leads/${lead.id}`)).partnerId;
    const later: Ctx = { ...t.systemCtx, clock: fixedClock(addDays(new Date('2026-01-15T09:00:00Z'), 3)) };
    const [first, second] = await Promise.all([expireLeadOffers(later), expireLeadOffers(later)]);
    expect(first.expired + second.expired).toBeGreaterThanOrEqual(1);
    const offers = await t.db.database.db.select().from(leadOffers).where(eq(leadOffers.leadId, lead.id));
    expect(offers.filter((o) => o.status === 'expired')).toHaveLength(1);
    expect(offers.filter((o) => o.status === 'pending')).toHaveLength(1);
    const detail = await ok('admin', 'GET', `/api/leads/${lead.id}`);
    expect([t.fixtures.partnerA, partnerC].filter((p) => p !== firstPartner)).toEqual([detail.partnerId]);
    expect(await eventTypes(lead.id)).toContain('lead.offer_expired');
  });

  it('gives one outcome when an acceptance and the SLA expiry meet', async () => {
    const lead = await newLead();
    await ok('partner_manager', 'POST', `/api/leads/${lead.id}/offer`, { partnerId: t.fixtures.partnerA });
    const later: Ctx = { ...t.systemCtx, clock: fixedClock(addDays(new Date('2026-01-15T09:00:00Z'), 3)) };
    const repA: Ctx = {
      ...t.systemCtx,
      actor: {
        kind: 'user',
        userId: t.fixtures.users.partner_rep_a.id,
        role: 'partner_rep',
        partnerId: t.fixtures.partnerA,
        scopes: null,
        apiKeyId: null,
      },
    };
    const [accepted, expired] = await Promise.allSettled([
      acceptLead(repA, lead.id),
      expireLeadOffers(later),
    ]);
    const offers = await t.db.database.db.select().from(leadOffers).where(eq(leadOffers.leadId, lead.id));
    const toA = offers.filter((o) => o.partnerId === t.fixtures.partnerA);
    expect(toA).toHaveLength(1);
    const detail = await ok('admin', 'GET', `/api/leads/${lead.id}`);
    if (accepted.status === 'fulfilled') {
      expect(toA[0]!.status).toBe('accepted');
      expect(detail.status).toBe('accepted');
    } else {
      expect(toA[0]!.status).toBe('expired');
      expect(detail.partnerId).not.toBe(t.fixtures.partnerA);
    }
    expect(expired.status).toBe('fulfilled');
  });

  it('accepts within the SLA and converts the lead to a registration', async () => {
    const lead = await newLead();
    await ok('partner_manager', 'POST', `/api/leads/${lead.id}/offer`, { partnerId: t.fixtures.partnerA });
    const accepted = await ok('partner_admin_a', 'POST', `/api/leads/${lead.id}/accept`);
    expect(accepted.status).toBe('accepted');
    expect((await call('partner_admin_a', 'POST', `/api/leads/${lead.id}/accept`)).statusCode).toBe(409);
    expect(
      (await call('partner_rep_b', 'POST', `/api/leads/${lead.id}/convert`, { expectedClose: '2026-06-30' }))
        .statusCode,
    ).toBe(404);
    const converted = await ok('partner_rep_a', 'POST', `/api/leads/${lead.id}/convert`, {
      expectedClose: '2026-06-30',
    });
    expect(converted.lead).toMatchObject({ status: 'converted', registrationId: converted.registration.id });
    expect(converted.registration).toMatchObject({
      partnerId: t.fixtures.partnerA,
      customerName: lead.companyName,
      amountMinor: 5_000_000,
    });
    expect(await eventTypes(lead.id)).toEqual(expect.arrayContaining(['lead.accepted', 'lead.converted']));
    const rates = await ok('partner_manager', 'GET', '/api/leads/acceptance-rates');
    const rateA = rates.items.find((r: { partnerId: string }) => r.partnerId === t.fixtures.partnerA);
    expect(rateA.accepted).toBeGreaterThanOrEqual(1);
    expect(rateA.acceptanceRate).toBeGreaterThan(0);
    const own = await ok('partner_rep_a', 'GET', '/api/leads/acceptance-rates');
    expect(own.items.map((r: { partnerId: string }) => r.partnerId)).toEqual([t.fixtures.partnerA]);
  });

  it('lets a manager offer by hand and disqualify, and refuses partners', async () => {
    const lead = await newLead({ country: 'US' });
    await ok('partner_manager', 'POST', `/api/leads/${lead.id}/offer`, { partnerId: t.fixtures.partnerB });
    expect((await ok('partner_rep_b', 'GET', `/api/leads/${lead.id}`)).status).toBe('offered');
    expect(
      (await call('partner_rep_b', 'POST', `/api/leads/${lead.id}/offer`, { partnerId: t.fixtures.partnerB }))
        .statusCode,
    ).toBe(403);
    const out = await ok('admin', 'POST', `/api/leads/${lead.id}/disqualify`, { reason: 'Student project' });
    expect(out).toMatchObject({
      status: 'disqualified',
      disqualifiedReason: 'Student project',
      partnerId: null,
    });
    expect((await call('partner_rep_b', 'GET', `/api/leads/${lead.id}`)).statusCode).toBe(404);
  });

  it('saves routing rules (admin only) and applies them', async () => {
    const current = await ok('admin', 'GET', '/api/leads/routing-rules');
    const rules = { ...current.rules, minLeadScore: 90 };
    expect((await call('partner_manager', 'PUT', '/api/leads/routing-rules', rules)).statusCode).toBe(403);
    await ok('admin', 'PUT', '/api/leads/routing-rules', rules);
    const lead = await newLead({ score: 10 });
    const run = await route([lead.id]);
    expect(run.decisions[0].reason.summary).toMatch(/below the routing minimum/);
    await ok('admin', 'PUT', '/api/leads/routing-rules', current.rules);
  });
});

describe('campaign capture', () => {
  it('offers a campaign lead to the partner whose campaign captured it, and dedups repeats', async () => {
    const manager: Ctx = { ...t.systemCtx };
    const template = await createTemplate(
      manager,
      ZCreateTemplate.parse({ name: 'Security landing page', kind: 'landing_page', body: 'Get secure' }),
    );
    await changeTemplateStatus(manager, template.id, 'published');
    const campaign = await createCampaign(manager, {
      templateId: template.id,
      partnerId: t.fixtures.partnerB,
    });
    const input = {
      campaignId: campaign.id,
      sourcePartnerId: t.fixtures.partnerB,
      companyName: 'Campaign Buyer Ltd',
      contactName: 'Kim Campaign',
      contactEmail: 'kim@campaign-buyer.co.uk',
      country: 'GB',
    };
    const captured = await captureLead(t.systemCtx, input);
    expect(captured.status).toBe('offered');
    const seen = await ok('partner_rep_b', 'GET', `/api/leads/${captured.id}`);
    expect(seen).toMatchObject({
      source: 'campaign',
      partnerId: t.fixtures.partnerB,
      campaignId: campaign.id,
    });
    expect(seen.offers[0].reason.tieBreak).toBe('source_partner');
    expect(await captureLead(t.systemCtx, input)).toMatchObject({ status: 'duplicate' });
    expect(await eventTypes(captured.id)).toEqual(['lead.captured', 'lead.offered']);
  });
});
