import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';

let t: TestApp;
let dealId: string;

beforeAll(async () => {
  t = await createTestApp();
  const account = await t.request('admin', {
    method: 'POST',
    url: '/api/accounts',
    payload: {
      name: 'Kestrel Analytics Inc',
      domains: ['kestrel-analytics.com'],
      status: 'prospect',
      country: 'US',
      industry: 'Healthcare',
    },
  });
  expect(account.statusCode, account.body).toBe(201);
  const deal = await t.request('sales_rep', {
    method: 'POST',
    url: '/api/deals',
    payload: {
      accountId: account.json().id,
      name: 'Kestrel data platform',
      amountMinor: 6_000_000,
      currency: 'USD',
      stage: 'qualification',
      closeDate: '2026-06-30',
      productLines: ['Analytics'],
      nextSteps: 'Consolidate the reporting stacks into one governed platform',
    },
  });
  expect(deal.statusCode, deal.body).toBe(201);
  dealId = deal.json().id;
  await t.request('admin', {
    method: 'POST',
    url: `/api/deals/${dealId}/partners`,
    payload: { partnerId: t.fixtures.partnerA, role: 'sourcing' },
  });
});
afterAll(async () => t?.close());

describe('cloud co-sell exchange', () => {
  it('previews, refuses an incomplete export with 422 and each missing field, and records a complete one', async () => {
    const preview = await t.request('sales_rep', {
      method: 'GET',
      url: `/api/deals/${dealId}/cloud-referrals/microsoft_partner_center/preview`,
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().missing.map((m: { field: string }) => m.field)).toEqual([
      'customerProfile.team',
      'details.requirements.solutions',
    ]);
    const refused = await t.request('sales_rep', {
      method: 'POST',
      url: `/api/deals/${dealId}/cloud-referrals/microsoft_partner_center`,
      payload: {},
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'customerProfile.team',
      'details.requirements.solutions',
    ]);

    const exported = await t.request('sales_rep', {
      method: 'POST',
      url: `/api/deals/${dealId}/cloud-referrals/aws_partner_central`,
      payload: {},
    });
    expect(exported.statusCode, exported.body).toBe(200);
    const body = exported.json();
    expect(body.missing).toEqual([]);
    expect(body.payload).toMatchObject({
      PartnerOpportunityIdentifier: dealId,
      Customer: {
        Account: {
          CompanyName: 'Kestrel Analytics Inc',
          Industry: 'Healthcare',
          Address: { CountryCode: 'US' },
        },
      },
      Project: {
        ExpectedCustomerSpend: [
          { Amount: '5000.00', CurrencyCode: 'USD', Frequency: 'Monthly', TargetCompany: 'AWS' },
        ],
      },
      LifeCycle: { Stage: 'Qualified', TargetCloseDate: '2026-06-30' },
    });
    expect(body.referral).toMatchObject({ format: 'aws_partner_central', cloudId: null, dealId });
    const deal = (await t.request('admin', { method: 'GET', url: `/api/deals/${dealId}` })).json();
    expect(deal.activities.map((a: { kind: string }) => a.kind)).toContain('cloud_referral_exported');
  });

  it('takes AWS updates back onto the deal; unknown ids and stages are reported per item', async () => {
    const res = await t.request('partner_manager', {
      method: 'POST',
      url: '/api/integrations/cloud-updates',
      payload: {
        format: 'aws_partner_central',
        opportunities: [
          {
            Id: 'O9876543',
            PartnerOpportunityIdentifier: dealId,
            LifeCycle: { Stage: 'Committed', ReviewStatus: 'Approved' },
          },
          { Id: 'O0000001', PartnerOpportunityIdentifier: 'nobody', LifeCycle: { Stage: 'Qualified' } },
          { Id: 'O9876543', LifeCycle: { Stage: 'Nearly done' } },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json();
    expect(result).toMatchObject({ applied: 1, failed: 2 });
    expect(result.items[0]).toMatchObject({
      dealId,
      cloudStage: 'Committed',
      cloudStatus: 'Approved',
      dealStage: 'negotiation',
      errors: [],
    });
    expect(result.items[1].errors[0].field).toBe('Id');
    expect(result.items[2].errors[0].field).toBe('LifeCycle.Stage');
    const deal = (await t.request('admin', { method: 'GET', url: `/api/deals/${dealId}` })).json();
    expect(deal.deal.stage).toBe('negotiation');

    // Later updates find the deal by the AWS id alone; Launched closes it won.
    const launched = await t.request('partner_manager', {
      method: 'POST',
      url: '/api/integrations/cloud-updates',
      payload: {
        format: 'aws_partner_central',
        opportunities: [{ Id: 'O9876543', LifeCycle: { Stage: 'Launched' } }],
      },
    });
    expect(launched.json().items[0]).toMatchObject({ dealStage: 'closed_won', errors: [] });
    const list = await t.request('sales_rep', { method: 'GET', url: `/api/deals/${dealId}/cloud-referrals` });
    expect(list.json().items).toMatchObject([
      { format: 'aws_partner_central', cloudId: 'O9876543', cloudStage: 'Launched', cloudStatus: 'Approved' },
    ]);
  });

  it('exports the won partner deal in Salesforce and HubSpot shapes', async () => {
    const csv = await t.request('finance', {
      method: 'GET',
      url: '/api/integrations/exports/partner-deals?shape=salesforce&format=csv',
    });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('partner-deals-salesforce');
    const [header, row] = csv.body.trim().split('\r\n');
    expect(header).toBe(
      'Id,Name,AccountId,Amount,CurrencyIsoCode,StageName,CloseDate,Trellis_Partner__c,Trellis_Partner_Role__c,Trellis_Partner_Sourced__c,Trellis_Deal_Id__c',
    );
    expect(row).toBe(
      `,Kestrel data platform,,60000.00,USD,Closed Won,2026-06-30,Alpha Integrators Ltd,sourcing,true,${dealId}`,
    );
    const json = await t.request('admin', {
      method: 'GET',
      url: '/api/integrations/exports/partner-deals?shape=hubspot&format=json&from=2026-01-01&to=2027-01-01',
    });
    expect(json.json().results).toEqual([
      {
        id: '',
        properties: expect.objectContaining({
          dealname: 'Kestrel data platform',
          amount: '60000.00',
          dealstage: 'closedwon',
          trellis_partner_sourced: 'true',
        }),
      },
    ]);
    const empty = await t.request('admin', {
      method: 'GET',
      url: '/api/integrations/exports/partner-deals?shape=hubspot&format=json&to=2026-01-01',
    });
    expect(empty.json().results).toEqual([]);
  });
});
