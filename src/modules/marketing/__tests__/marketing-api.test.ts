import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvents } from '../../../platform/events/events.table.js';
import { ONE_PIXEL_PNG } from '../../../testing/route-samples-files.js';
import { createTestApp, type TestApp, type TestUserKey } from '../../../testing/test-app.js';
import { leads } from '../../leads/leads.table.js';
import { campaignTouches } from '../marketing.table.js';
import { CAMPAIGN_LEAD_RATE_LIMITS } from '../submit-campaign-lead.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const HOSTILE_OFFER =
  '<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=1"> {{contact.email}}';

async function call(user: TestUserKey | null, method: string, url: string, payload?: unknown) {
  return t.request(user, {
    method: method as 'GET',
    url,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

async function ok(user: TestUserKey, method: string, url: string, payload?: unknown) {
  const res = await call(user, method, url, payload);
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json();
}

async function uploadLogo(user: TestUserKey): Promise<string> {
  const res = await t.request(user, {
    method: 'POST',
    url: '/api/files?purpose=campaign_logo&fileName=logo.png',
    headers: { 'content-type': 'image/png' },
    payload: ONE_PIXEL_PNG,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function publishedTemplate(input: Record<string, unknown>) {
  const template = await ok('partner_manager', 'POST', '/api/marketing/templates', input);
  return ok('partner_manager', 'POST', `/api/marketing/templates/${template.id}/publish`);
}

function form(values: Record<string, string>, address = '198.51.100.7') {
  return {
    payload: new URLSearchParams(values).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': 'Mozilla/5.0 test' },
    remoteAddress: address,
  };
}

const LANDING = {
  name: 'Secure the cloud',
  kind: 'landing_page',
  subject: 'Cloud security with {{partner.name}}',
  body: '# {{partner.name}} and Larkspur\n\n{{partner.logo}}\n\n**Offer:** {{offer}}\n\nAsk {{contact.name}} ({{contact.email}}).\n\n{{cta}}',
  ctaUrl: 'https://larkspur.example.com/security?ref=partner',
  ctaLabel: 'Read the guide',
  defaultOffer: 'A free security review',
  productLines: ['Security'],
};

describe('templates', () => {
  it('names an unknown slot as a field error, and changes nothing', async () => {
    const res = await call('admin', 'POST', '/api/marketing/templates', {
      name: 'Typo',
      kind: 'email',
      body: 'Hello {{contact.nmae}}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ field: 'body', message: expect.stringContaining('{{contact.nmae}}') }),
    ]);
    const list = await ok('admin', 'GET', '/api/marketing/templates?q=Typo');
    expect(list.items).toEqual([]);
  });

  it('needs a destination to publish an email, and only vendor staff manage templates', async () => {
    const draft = await ok('admin', 'POST', '/api/marketing/templates', {
      name: 'Newsletter',
      kind: 'email',
      subject: 'News',
      body: '{{offer}}',
    });
    const refused = await call('admin', 'POST', `/api/marketing/templates/${draft.id}/publish`);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('ctaUrl');
    expect(
      (await call('partner_admin_a', 'PATCH', `/api/marketing/templates/${draft.id}`, { name: 'x' }))
        .statusCode,
    ).toBe(403);
    // Partners do not see drafts.
    expect((await call('partner_admin_a', 'GET', `/api/marketing/templates/${draft.id}`)).statusCode).toBe(
      404,
    );
  });

  it('shows partners only the published templates their type and tier may use', async () => {
    const forResellers = await publishedTemplate({
      ...LANDING,
      name: 'Resellers only',
      audience: { partnerTypes: ['reseller'], tiers: [] },
    });
    const aSees = await ok('partner_rep_a', 'GET', '/api/marketing/templates?limit=200');
    expect(aSees.items.map((i: { id: string }) => i.id)).not.toContain(forResellers.id);
    expect(
      (await call('partner_rep_a', 'GET', `/api/marketing/templates/${forResellers.id}`)).statusCode,
    ).toBe(404);
    const bSees = await ok('partner_rep_b', 'GET', '/api/marketing/templates?limit=200');
    expect(bSees.items.map((i: { id: string }) => i.id)).toContain(forResellers.id);
    const refused = await call('partner_rep_a', 'POST', '/api/marketing/campaigns', {
      templateId: forResellers.id,
    });
    expect(refused.statusCode).toBe(404);
  });

  it('previews unsaved text with a sample partner', async () => {
    const preview = await ok('partner_manager', 'POST', '/api/marketing/templates/preview', {
      kind: 'email',
      subject: 'Hi {{contact.name}}',
      body: '<b>x</b> {{partner.name}}',
    });
    expect(preview.subject).toBe('Hi Alex Example');
    expect(preview.html).toContain('&lt;b&gt;x&lt;/b&gt; Example Partner Ltd');
  });
});

describe('a partner campaign from draft to end', () => {
  let template: { id: string };
  let campaign: { id: string; slug: string; links: Array<{ purpose: string; code: string; path: string }> };

  beforeAll(async () => {
    template = await publishedTemplate(LANDING);
  });

  it('is personalized by the partner, with its own logo only', async () => {
    const logo = await uploadLogo('partner_admin_a');
    const logoB = await uploadLogo('partner_admin_b');
    campaign = await ok('partner_rep_a', 'POST', '/api/marketing/campaigns', {
      templateId: template.id,
      offerText: HOSTILE_OFFER,
    });
    expect(campaign).toMatchObject({
      status: 'draft',
      partnerId: t.fixtures.partnerA,
      offerText: HOSTILE_OFFER,
    });
    expect(campaign.slug).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const foreignLogo = await call('partner_rep_a', 'PATCH', `/api/marketing/campaigns/${campaign.id}`, {
      logoFileId: logoB,
    });
    expect(foreignLogo.statusCode).toBe(400);
    expect(foreignLogo.json().errors[0].field).toBe('logoFileId');
    await ok('partner_rep_a', 'PATCH', `/api/marketing/campaigns/${campaign.id}`, { logoFileId: logo });
  });

  it('previews with the offer escaped and slots in it left as text', async () => {
    const preview = await ok('partner_rep_a', 'GET', `/api/marketing/campaigns/${campaign.id}/preview`);
    expect(preview.html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(preview.html).not.toContain('<script');
    expect(preview.html).toContain('{{contact.email}}');
    expect(preview.html).toContain('src="data:image/png;base64,');
    expect(preview.sendableHtml).toBeNull();
  });

  it('launches once the contact is given, with tracked links and a campaign.launched event', async () => {
    const early = await call('partner_rep_a', 'POST', `/api/marketing/campaigns/${campaign.id}/launch`);
    expect(early.statusCode).toBe(400);
    expect(early.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'contactName',
      'contactEmail',
    ]);
    await ok('partner_rep_a', 'PATCH', `/api/marketing/campaigns/${campaign.id}`, {
      contactName: 'Ada Alpha',
      contactEmail: 'ada@alpha-integrators.com',
      contactPhone: '+44 20 7946 0000',
    });
    campaign = await ok('partner_rep_a', 'POST', `/api/marketing/campaigns/${campaign.id}/launch`);
    expect(campaign.links.map((l) => l.purpose).sort()).toEqual(['cta', 'landing_page']);
    const events = await t.systemCtx.db
      .select()
      .from(domainEvents)
      .where(and(eq(domainEvents.type, 'campaign.launched'), eq(domainEvents.entityId, campaign.id)));
    expect(events).toHaveLength(1);
    expect(events[0]!.partnerId).toBe(t.fixtures.partnerA);
  });

  it('serves the landing page with a no-script policy and counts the visit', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/c/${campaign.slug}`,
      headers: { 'user-agent': 'UA 1' },
      remoteAddress: '203.0.113.5',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['content-security-policy']).toContain("script-src 'none'");
    expect(res.body).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
    expect(res.body).not.toMatch(/<script|onerror="/);
    expect(res.body).toContain(`action="/c/${campaign.slug}/lead"`);
    const logo = await t.app.inject({ method: 'GET', url: `/c/${campaign.slug}/logo` });
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    const [touch] = await t.systemCtx.db
      .select()
      .from(campaignTouches)
      .where(eq(campaignTouches.campaignId, campaign.id));
    expect(touch).toMatchObject({ kind: 'view', partnerId: t.fixtures.partnerA });
    expect(touch!.visitorKey).not.toContain('203.0.113.5');
  });

  it('redirects a tracked link with utm parameters and counts the click', async () => {
    const cta = campaign.links.find((l) => l.purpose === 'cta')!;
    const res = await t.app.inject({
      method: 'GET',
      url: cta.path,
      remoteAddress: '203.0.113.5',
      headers: { 'user-agent': 'UA 1' },
    });
    expect(res.statusCode).toBe(302);
    const location = new URL(res.headers.location as string);
    expect(location.origin + location.pathname).toBe('https://larkspur.example.com/security');
    expect(Object.fromEntries(location.searchParams)).toEqual({
      ref: 'partner',
      utm_source: 'alpha-integrators-ltd',
      utm_medium: 'landing_page',
      utm_campaign: 'secure-the-cloud',
    });
    expect((await t.app.inject({ method: 'GET', url: '/t/nosuchcode123' })).statusCode).toBe(404);
  });

  it('re-renders the form with messages for bad input and writes nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/c/${campaign.slug}/lead`,
      ...form({ contactName: '<b>Eve</b>', contactEmail: 'not-an-email', companyName: '' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Please enter a valid email address');
    expect(res.body).toContain('Please enter your company');
    expect(res.body).toContain('value="&lt;b&gt;Eve&lt;/b&gt;"');
    const fills = await t.systemCtx.db
      .select()
      .from(campaignTouches)
      .where(and(eq(campaignTouches.campaignId, campaign.id), eq(campaignTouches.kind, 'form_fill')));
    expect(fills).toEqual([]);
  });

  it('turns a form fill into a lead attributed to the partner and the campaign', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/c/${campaign.slug}/lead`,
      ...form({
        contactName: 'Carla Buyer',
        contactEmail: 'carla@northwind-traders.com',
        companyName: 'Northwind Traders',
        message: 'Call me',
      }),
    });
    expect(res.statusCode, res.body).toBe(303);
    expect(res.headers.location).toBe(`/c/${campaign.slug}?thanks#lead-form`);
    const [fill] = await t.systemCtx.db
      .select()
      .from(campaignTouches)
      .where(and(eq(campaignTouches.campaignId, campaign.id), eq(campaignTouches.kind, 'form_fill')));
    expect(fill).toMatchObject({ partnerId: t.fixtures.partnerA, leadId: expect.any(String) });
    const [lead] = await t.systemCtx.db.select().from(leads).where(eq(leads.id, fill!.leadId!));
    expect(lead).toBeDefined();
    const thanks = await t.app.inject({ method: 'GET', url: `/c/${campaign.slug}?thanks` });
    expect(thanks.body).toContain('Thank you!');
  });

  it('drops a filled honeypot without a lead, and accepts JSON too', async () => {
    const before = await t.systemCtx.db
      .select()
      .from(campaignTouches)
      .where(eq(campaignTouches.kind, 'form_fill'));
    const bot = await t.app.inject({
      method: 'POST',
      url: `/c/${campaign.slug}/lead`,
      ...form(
        { contactName: 'Bot', contactEmail: 'bot@spam-example.com', companyName: 'Spam', nickname: 'gotcha' },
        '198.51.100.8',
      ),
    });
    expect(bot.statusCode).toBe(303);
    const after = await t.systemCtx.db
      .select()
      .from(campaignTouches)
      .where(eq(campaignTouches.kind, 'form_fill'));
    expect(after.length).toBe(before.length);
    const json = await t.app.inject({
      method: 'POST',
      url: `/c/${campaign.slug}/lead`,
      payload: { contactName: 'Jo', contactEmail: 'jo@contoso-example.com', companyName: 'Contoso' },
      remoteAddress: '198.51.100.9',
    });
    expect(json.statusCode, json.body).toBe(202);
  });

  it('limits form fills per client address with Retry-After', async () => {
    const limit = CAMPAIGN_LEAD_RATE_LIMITS.clientAddress.limit;
    let last = 0;
    let retryAfter: unknown;
    for (let i = 0; i <= limit; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/c/${campaign.slug}/lead`,
        ...form(
          {
            contactName: 'Spammy',
            contactEmail: `p${i}@domain${i}.example.org`,
            companyName: 'Flood',
            nickname: 'x',
          },
          '192.0.2.44',
        ),
      });
      last = res.statusCode;
      retryAfter = res.headers['retry-after'];
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('gives figures to the partner and the vendor, and none of it to another partner', async () => {
    const mine = await ok('partner_rep_a', 'GET', `/api/marketing/campaigns/${campaign.id}`);
    expect(mine.figures).toMatchObject({ views: 1, clicks: 1, formFills: 2, leads: 2 });
    const perf = await ok('partner_manager', 'GET', `/api/marketing/performance?groupBy=partner`);
    expect(perf.groups[0]).toMatchObject({ key: t.fixtures.partnerA, views: 1, formFills: 2 });
    expect(perf.series.reduce((n: number, d: { views: number }) => n + d.views, 0)).toBe(1);
    const other = await ok('partner_rep_b', 'GET', `/api/marketing/performance?campaignId=${campaign.id}`);
    expect(other.totals.views).toBe(0);
    expect(other.groups).toEqual([]);
    expect((await call('partner_rep_b', 'GET', `/api/marketing/campaigns/${campaign.id}`)).statusCode).toBe(
      404,
    );
    const list = await ok('partner_rep_b', 'GET', '/api/marketing/campaigns');
    expect(list.items).toEqual([]);
  });

  it('when paused, says the offer has ended, counts nothing, and links still lead on', async () => {
    await ok('partner_admin_a', 'POST', `/api/marketing/campaigns/${campaign.id}/pause`);
    const page = await t.app.inject({ method: 'GET', url: `/c/${campaign.slug}` });
    expect(page.body).toContain('This offer has ended');
    const link = await t.app.inject({
      method: 'GET',
      url: campaign.links.find((l) => l.purpose === 'cta')!.path,
    });
    expect(link.statusCode).toBe(302);
    expect((await t.app.inject({ method: 'GET', url: `/c/${campaign.slug}/logo` })).statusCode).toBe(404);
    const figures = (await ok('partner_rep_a', 'GET', `/api/marketing/campaigns/${campaign.id}`)).figures;
    expect(figures).toMatchObject({ views: 1, clicks: 1 });
    await ok('partner_admin_a', 'POST', `/api/marketing/campaigns/${campaign.id}/end`);
    expect(
      (await call('partner_admin_a', 'POST', `/api/marketing/campaigns/${campaign.id}/launch`)).statusCode,
    ).toBe(409);
  });

  it('keeps draft campaigns private', async () => {
    const draft = await ok('partner_manager', 'POST', '/api/marketing/campaigns', {
      templateId: template.id,
      partnerId: t.fixtures.partnerB,
    });
    expect(draft.partnerId).toBe(t.fixtures.partnerB);
    const listed = await ok('admin', 'GET', `/api/marketing/templates?q=${encodeURIComponent(LANDING.name)}`);
    expect(listed.items.find((i: { id: string }) => i.id === template.id).campaignCount).toBe(2);
    expect((await ok('admin', 'GET', `/api/marketing/templates/${template.id}`)).campaignCount).toBe(2);
    expect((await t.app.inject({ method: 'GET', url: `/c/${draft.slug}` })).statusCode).toBe(404);
    const missingPartner = await call('partner_manager', 'POST', '/api/marketing/campaigns', {
      templateId: template.id,
    });
    expect(missingPartner.json().errors[0].field).toBe('partnerId');
  });
});
