import { createAccount } from '../modules/accounts/create-account.js';
import { addDealPartner } from '../modules/deals/add-deal-partner.js';
import { createDeal } from '../modules/deals/create-deal.js';
import { uploadCrmImport } from '../modules/integrations/upload-crm-import.js';
import type { Sample, SampleWorld } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.

export const SAMPLE_CRM_CSV = Buffer.from(
  ['Id,Name,Website,BillingCountry,Industry', '001S1,Sample Kestrel Inc,sample-kestrel.com,US,Software'].join(
    '\n',
  ),
);

interface IntegrationFixtures {
  crmImport?: Promise<string>;
  cloudDeal?: Promise<{ dealId: string; accountId: string }>;
}

const fixtures = new WeakMap<SampleWorld, IntegrationFixtures>();

function fixturesOf(w: SampleWorld): IntegrationFixtures {
  let found = fixtures.get(w);
  if (!found) {
    found = {};
    fixtures.set(w, found);
  }
  return found;
}

/** One uploaded Salesforce accounts import per sample world. */
export function sampleCrmImport(w: SampleWorld): Promise<string> {
  const f = fixturesOf(w);
  f.crmImport ??= uploadCrmImport(w.ctxOf('admin'), {
    source: 'salesforce',
    object: 'accounts',
    fileName: 'accounts.csv',
    bytes: SAMPLE_CRM_CSV,
  }).then((detail) => detail.id);
  return f.crmImport;
}

/** An open partner deal with everything AWS Partner Central requires, shared once per sample world. */
export function sampleCloudDeal(w: SampleWorld): Promise<{ dealId: string; accountId: string }> {
  const f = fixturesOf(w);
  f.cloudDeal ??= (async () => {
    const slug = w.unique('cloud');
    const account = await createAccount(w.t.systemCtx, {
      name: `Cloud Customer ${slug}`,
      domains: [`${slug}.example.com`],
      country: 'US',
      industry: 'Healthcare',
      status: 'prospect',
      externalIds: {},
    });
    const deal = await createDeal(w.t.systemCtx, {
      accountId: account.id,
      name: `Cloud co-sell ${slug}`,
      amountMinor: 2_400_000,
      currency: 'USD',
      stage: 'qualification',
      closeDate: '2026-09-30',
      ownerId: w.t.fixtures.users.sales_rep.id,
      productLines: ['Analytics'],
      nextSteps: 'Replace the nightly batch reports with a governed analytics platform',
      externalIds: {},
    });
    await addDealPartner(w.t.systemCtx, deal.id, { partnerId: w.t.fixtures.partnerA, role: 'sourcing' });
    return { dealId: deal.id, accountId: account.id };
  })();
  return f.cloudDeal;
}

export const INTEGRATIONS_SAMPLES: Record<string, Sample> = {
  uploadCrmImport: () => ({
    query: { source: 'salesforce', object: 'accounts', fileName: 'accounts.csv' },
    headers: { 'content-type': 'text/csv' },
    body: SAMPLE_CRM_CSV,
  }),
  listCrmImports: () => ({
    query: { limit: '10', sort: '-createdAt', source: 'salesforce', object: 'accounts' },
  }),
  getCrmImport: async (w) => ({ params: { id: await sampleCrmImport(w) } }),
  setCrmImportMapping: async (w) => ({
    params: { id: await sampleCrmImport(w) },
    body: {
      mapping: { id: 'Id', name: 'Name', domain: 'Website', country: 'BillingCountry', industry: 'Industry' },
    },
  }),
  previewCrmImport: async (w) => ({ params: { id: await sampleCrmImport(w) } }),
  applyCrmImport: async (w) => ({ params: { id: await sampleCrmImport(w) } }),
  exportPartnerDeals: () => ({
    query: { shape: 'salesforce', format: 'csv', from: '2026-01-01', to: '2027-01-01' },
  }),
  listAccountContacts: async (w) => ({
    params: { id: (await sampleCloudDeal(w)).accountId },
    query: { limit: '20', sort: 'lastName' },
  }),
  listCloudReferrals: async (w) => ({ params: { id: (await sampleCloudDeal(w)).dealId } }),
  previewCloudReferral: async (w) => ({
    params: { id: (await sampleCloudDeal(w)).dealId, format: 'aws_ace_legacy' },
    query: { spmsId: '1234567', solutionId: 'SOL-1' },
  }),
  exportCloudReferral: async (w) => ({
    params: { id: (await sampleCloudDeal(w)).dealId, format: 'aws_partner_central' },
    body: {},
  }),
  applyCloudUpdates: async (w) => ({
    body: {
      format: 'aws_partner_central',
      opportunities: [
        {
          Id: 'O1234567',
          PartnerOpportunityIdentifier: (await sampleCloudDeal(w)).dealId,
          LifeCycle: { Stage: 'Qualified', ReviewStatus: 'Submitted' },
        },
      ],
    },
  }),
};
