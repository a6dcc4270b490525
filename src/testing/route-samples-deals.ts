import { createAccount } from '../modules/accounts/create-account.js';
import { addDealPartner } from '../modules/deals/add-deal-partner.js';
import { addDealTask } from '../modules/deals/add-deal-task.js';
import { createDeal } from '../modules/deals/create-deal.js';
import { createPrivateOffer } from '../modules/deals/create-private-offer.js';
import { can } from '../platform/policy.js';
import type { Caller, Sample, SampleWorld } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.

interface DealFixtures {
  /** One long-lived open deal per partner, with that partner on it. */
  deals: Map<string, Promise<string>>;
  importAccount?: Promise<{ domain: string; name: string }>;
}

const fixtures = new WeakMap<SampleWorld, DealFixtures>();

function fixturesOf(w: SampleWorld): DealFixtures {
  let found = fixtures.get(w);
  if (!found) {
    found = { deals: new Map() };
    fixtures.set(w, found);
  }
  return found;
}

/** A fresh open deal owned by the sales rep, with the partner on it as sourcing partner if given. */
async function freshDeal(w: SampleWorld, partnerId?: string): Promise<string> {
  const deal = await createDeal(w.t.systemCtx, {
    accountId: await w.account(),
    name: `Sample deal ${w.unique('deal')}`,
    amountMinor: 2_500_000,
    currency: 'USD',
    stage: 'qualification',
    closeDate: '2026-06-30',
    ownerId: w.t.fixtures.users.sales_rep.id,
    productLines: ['Analytics'],
    externalIds: {},
  });
  if (partnerId) await addDealPartner(w.t.systemCtx, deal.id, { partnerId, role: 'sourcing' });
  return deal.id;
}

/** The caller's own partner's deal (partner A's for vendor staff and anonymous callers). */
function dealFor(w: SampleWorld, caller: Caller): Promise<string> {
  const partnerId = w.partnerOf(caller);
  const { deals } = fixturesOf(w);
  let deal = deals.get(partnerId);
  if (!deal) {
    deal = freshDeal(w, partnerId);
    deals.set(partnerId, deal);
  }
  return deal;
}

function importAccount(w: SampleWorld): Promise<{ domain: string; name: string }> {
  const f = fixturesOf(w);
  f.importAccount ??= (async () => {
    const slug = w.unique('import');
    const account = await createAccount(w.t.systemCtx, {
      name: `Import Target ${slug}`,
      domains: [`${slug}-target.com`],
      status: 'customer',
      externalIds: {},
    });
    return { domain: account.domains[0]!, name: account.name };
  })();
  return f.importAccount;
}

/** Whether the caller may change every deal field, or only the next steps. */
function writesDeals(w: SampleWorld, caller: Caller): boolean {
  if (!caller) return true;
  const user = w.t.fixtures.users[caller];
  return can(
    {
      kind: 'user',
      userId: user.id,
      role: user.role,
      partnerId: w.partnerIdOf(caller),
      scopes: null,
      apiKeyId: null,
    },
    'deals.write',
  );
}

const isVendor = (w: SampleWorld, caller: Caller) => !caller || w.partnerIdOf(caller) === null;

export const DEAL_SAMPLES: Record<string, Sample> = {
  listDeals: () => ({}),
  createDeal: async (w) => ({
    body: {
      accountId: await w.account(),
      name: `Sample opportunity ${w.unique('deal')}`,
      amountMinor: 1_200_000,
      currency: 'EUR',
      stage: 'proposal',
      closeDate: '2026-09-30',
      ownerId: w.t.fixtures.users.sales_rep.id,
      productLines: ['Analytics', 'Security'],
      nextSteps: 'Send the proposal',
      externalIds: { salesforce: '0065g00000AbCdE' },
    },
  }),
  importDeals: async (w) => {
    const account = await importAccount(w);
    return {
      body: {
        rows: [
          {
            accountDomain: account.domain,
            accountName: account.name,
            name: 'Imported renewal',
            amountMinor: 990_000,
            currency: 'USD',
            stage: 'negotiation',
            closeDate: '2026-05-31',
            ownerEmail: w.t.fixtures.users.sales_rep.email,
            productLines: ['Analytics'],
            nextSteps: 'Legal review',
            externalId: 'CRM-0001',
            externalSystem: 'salesforce',
          },
        ],
        dryRun: false,
        sourceName: 'Salesforce export',
      },
    };
  },
  getDeal: async (w, caller) => ({ params: { id: await dealFor(w, caller) } }),
  updateDeal: async (w, caller) => ({
    params: { id: await dealFor(w, caller) },
    body: writesDeals(w, caller)
      ? {
          name: `Renamed deal ${w.unique('deal')}`,
          amountMinor: 3_000_000,
          currency: 'USD',
          stage: 'negotiation',
          closeDate: '2026-07-31',
          ownerId: w.t.fixtures.users.sales_rep.id,
          productLines: ['Analytics', 'Platform'],
          nextSteps: 'Executive sponsor call',
          externalIds: { hubspot: '98765' },
        }
      : { nextSteps: `Partner follow-up ${w.unique('step')}` },
  }),
  closeDeal: async (w, caller) => ({
    params: { id: await freshDeal(w, w.partnerOf(caller)) },
    body: { outcome: 'won', reason: 'Signed order form' },
  }),
  addDealPartner: async (w, caller) => ({
    params: { id: await freshDeal(w) },
    body: { partnerId: w.partnerOf(caller), role: 'influencing' },
  }),
  removeDealPartner: async (w, caller) => {
    const partnerId = w.partnerOf(caller);
    return { params: { id: await freshDeal(w, partnerId), partnerId } };
  },
  addDealNote: async (w, caller) => ({
    params: { id: await dealFor(w, caller) },
    body: { body: 'Customer asked for a security review', internal: isVendor(w, caller) },
  }),
  addDealTask: async (w, caller) => ({
    params: { id: await dealFor(w, caller) },
    body: { title: 'Book the technical workshop', assigneeId: w.userOf(caller), dueDate: '2026-02-15' },
  }),
  updateDealTask: async (w, caller) => {
    const id = await dealFor(w, caller);
    const task = await addDealTask(w.t.systemCtx, id, { title: `Sample task ${w.unique('task')}` });
    return { params: { id, taskId: task.id }, body: { done: true, note: 'Workshop booked for 3 February' } };
  },
  addTouchpoint: async (w, caller) => ({
    params: { id: await dealFor(w, caller) },
    body: {
      partnerId: w.partnerOf(caller),
      kind: 'demo',
      note: 'Ran the product demo with the customer',
      occurredAt: '2026-01-10T15:00:00.000Z',
    },
  }),
  createPrivateOffer: async (w, caller) => ({
    params: { id: await dealFor(w, caller) },
    body: {
      marketplace: 'aws',
      listing: 'Trellis Analytics Enterprise',
      priceMinor: 12_000_000,
      currency: 'USD',
      terms: 'Annual upfront, standard EULA',
      durationMonths: 12,
      expiresAt: '2026-12-31T00:00:00.000Z',
      channelPartnerId: w.partnerOf(caller),
    },
  }),
  updatePrivateOffer: async (w, caller) => {
    const id = await dealFor(w, caller);
    const offer = await createPrivateOffer(w.t.systemCtx, id, {
      marketplace: 'azure',
      listing: 'Trellis Platform',
      priceMinor: 5_000_000,
      currency: 'USD',
      terms: 'Monthly billing',
      durationMonths: 24,
      expiresAt: '2026-11-30T00:00:00.000Z',
    });
    return {
      params: { id, offerId: offer.id },
      body: {
        listing: 'Trellis Platform Plus',
        priceMinor: 5_500_000,
        currency: 'USD',
        terms: 'Monthly billing, 30-day termination',
        durationMonths: 36,
        expiresAt: '2026-12-15T00:00:00.000Z',
        channelPartnerId: w.partnerOf(caller),
        status: 'sent',
      },
    };
  },
};
