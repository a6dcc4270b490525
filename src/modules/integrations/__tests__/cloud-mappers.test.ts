import { describe, expect, it } from 'vitest';
import { toAwsAceLegacy } from '../cloud/aws-ace-legacy.js';
import { toAwsPartnerCentral } from '../cloud/aws-partner-central.js';
import type { CloudDealFacts } from '../cloud/cloud-deal-facts.js';
import { toMicrosoftReferral } from '../cloud/microsoft-referral.js';
import { readCloudUpdates } from '../cloud/read-cloud-update.js';

const DEAL_ID = '0190a5c2-1111-7000-8000-000000000001';

const facts: CloudDealFacts = {
  dealId: DEAL_ID,
  name: 'Kestrel data platform',
  amountMinor: 12_000_000,
  currency: 'USD',
  stage: 'proposal',
  closeDate: '2026-06-30',
  nextSteps: 'Security review with the CISO next week',
  productLines: ['Analytics'],
  account: {
    name: 'Kestrel Analytics Inc',
    domains: ['kestrel-analytics.com'],
    country: 'US',
    industry: 'Software',
  },
  partner: { name: 'Alpha Integrators Ltd', role: 'sourcing' },
  registration: {
    id: '0190a5c2-2222-7000-8000-000000000002',
    customerWebsite: null,
    customerCountry: 'US',
    contactName: 'Ada Okafor',
    contactEmail: 'ada@kestrel-analytics.com',
    contactTitle: 'CTO',
    notes: 'Consolidate three reporting stacks into one governed data platform',
  },
};
const options = { today: '2026-01-15', spmsId: '1234567', solutionId: 'SOL-42' };

describe('AWS Partner Central CreateOpportunity', () => {
  it('maps the deal field by field', () => {
    const { payload, missing } = toAwsPartnerCentral(facts, options);
    expect(missing).toEqual([]);
    expect(payload).toEqual({
      Catalog: 'AWS',
      ClientToken: `trellis-${DEAL_ID}`,
      Origin: 'Partner Referral',
      OpportunityType: 'Net New Business',
      PartnerOpportunityIdentifier: DEAL_ID,
      NationalSecurity: 'No',
      PrimaryNeedsFromAws: ['Co-Sell - Deal Support'],
      Customer: {
        Account: {
          CompanyName: 'Kestrel Analytics Inc',
          WebsiteUrl: 'https://kestrel-analytics.com',
          Industry: 'Software and Internet',
          Address: { CountryCode: 'US' },
        },
        Contacts: [
          { Email: 'ada@kestrel-analytics.com', FirstName: 'Ada', LastName: 'Okafor', BusinessTitle: 'CTO' },
        ],
      },
      Project: {
        Title: 'Kestrel data platform',
        CustomerBusinessProblem: 'Consolidate three reporting stacks into one governed data platform',
        ExpectedCustomerSpend: [
          { Amount: '10000.00', CurrencyCode: 'USD', Frequency: 'Monthly', TargetCompany: 'AWS' },
        ],
        DeliveryModels: ['SaaS or PaaS'],
        SalesActivities: ['Conducted POC / Demo'],
        AdditionalComments: 'Partner: Alpha Integrators Ltd (sourcing)',
      },
      LifeCycle: {
        Stage: 'Technical Validation',
        TargetCloseDate: '2026-06-30',
        NextSteps: 'Security review with the CISO next week',
      },
    });
  });

  it('lists every required field the deal lacks', () => {
    const bare: CloudDealFacts = {
      ...facts,
      closeDate: '2025-12-31',
      nextSteps: null,
      account: { name: 'Nameless', domains: [], country: null, industry: 'Basket weaving' },
      registration: null,
    };
    const { payload, missing } = toAwsPartnerCentral(bare, options);
    expect(missing.map((m) => m.field)).toEqual([
      'Customer.Account.WebsiteUrl',
      'Customer.Account.Address.CountryCode',
      'Project.CustomerBusinessProblem',
      'LifeCycle.TargetCloseDate',
    ]);
    // An industry AWS does not list goes as Other with the text kept, as AWS asks.
    expect((payload.Customer as { Account: unknown }).Account).toMatchObject({
      Industry: 'Other',
      OtherIndustry: 'Basket weaving',
    });
  });
});

describe('legacy ACE opportunity', () => {
  it('uses the ACE field names, a country name and the SPMS id', () => {
    const { payload, missing } = toAwsAceLegacy(facts, options);
    expect(missing).toEqual([]);
    expect(payload.version).toBe('2.0');
    expect(payload.spmsId).toBe('1234567');
    const [opportunity] = payload.opportunities as Record<string, unknown>[];
    expect(opportunity).toMatchObject({
      partnerCrmUniqueIdentifier: DEAL_ID,
      customerCompanyName: 'Kestrel Analytics Inc',
      customerWebsite: 'https://kestrel-analytics.com',
      industry: 'Software and Internet',
      country: 'United States',
      partnerProjectTitle: 'Kestrel data platform',
      projectDescription: 'Consolidate three reporting stacks into one governed data platform',
      expectedMonthlyAwsRevenue: 10000,
      targetCloseDate: '2026-06-30',
      stage: 'Technical Validation',
      deliveryModel: 'SaaS or PaaS',
      customerFirstName: 'Ada',
      customerLastName: 'Okafor',
      customerEmail: 'ada@kestrel-analytics.com',
    });
  });

  it('reports a missing SPMS id and a non-USD deal', () => {
    const { missing } = toAwsAceLegacy({ ...facts, currency: 'EUR' }, { today: options.today });
    expect(missing.map((m) => m.field)).toEqual(['expectedMonthlyAwsRevenue', 'spmsId']);
  });
});

describe('Microsoft Partner Center referral', () => {
  it('builds a shared, sales-qualified referral', () => {
    const { payload, missing } = toMicrosoftReferral(facts, options);
    expect(missing).toEqual([]);
    expect(payload).toEqual({
      name: 'Kestrel data platform',
      externalReferenceId: DEAL_ID,
      type: 'Shared',
      qualification: 'SalesQualified',
      status: 'New',
      substatus: 'Pending',
      customerProfile: {
        name: 'Kestrel Analytics Inc',
        address: { country: 'US' },
        team: [{ firstName: 'Ada', lastName: 'Okafor', email: 'ada@kestrel-analytics.com' }],
      },
      consent: { consentToShareReferralWithMicrosoftSellers: true, consentToContact: true },
      details: {
        dealValue: 120000,
        currency: 'USD',
        closingDateTime: '2026-06-30T00:00:00Z',
        notes:
          'Consolidate three reporting stacks into one governed data platform\nPartner: Alpha Integrators Ltd (sourcing)',
        requirements: { solutions: [{ id: 'SOL-42' }] },
      },
    });
  });

  it('needs a customer contact and the solution id', () => {
    const { missing } = toMicrosoftReferral({ ...facts, registration: null }, { today: options.today });
    expect(missing.map((m) => m.field)).toEqual(['customerProfile.team', 'details.requirements.solutions']);
  });
});

describe('cloud updates', () => {
  it('maps known stages and reports unknown ones instead of guessing', () => {
    const [known, unknown] = readCloudUpdates({
      format: 'aws_partner_central',
      opportunities: [
        {
          Id: 'O123',
          PartnerOpportunityIdentifier: DEAL_ID,
          LifeCycle: { Stage: 'Committed', ReviewStatus: 'Approved' },
        },
        { Id: 'O124', LifeCycle: { Stage: 'Almost there' } },
      ],
    });
    expect(known).toMatchObject({
      cloudId: 'O123',
      dealStage: 'negotiation',
      cloudStatus: 'Approved',
      errors: [],
    });
    expect(unknown!.dealStage).toBeNull();
    expect(unknown!.errors[0]!.field).toBe('LifeCycle.Stage');
    const [won, odd] = readCloudUpdates({
      format: 'microsoft_partner_center',
      referrals: [
        { id: 'r1', status: 'Closed', substatus: 'Won' },
        { id: 'r2', status: 'Paused' },
      ],
    });
    expect(won!.dealStage).toBe('closed_won');
    expect(odd!.errors[0]!.field).toBe('status');
  });
});
