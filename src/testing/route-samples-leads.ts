import { createLead } from '../modules/leads/create-lead.js';
import type { CreateLeadInput } from '../modules/leads/leads.schemas.js';
import { offerLead } from '../modules/leads/offer-lead.js';
import { acceptLead } from '../modules/leads/respond-to-offer.js';
import { DEFAULT_ROUTING_RULES } from '../modules/leads/routing-rules.js';
import type { Caller, Sample, SampleWorld } from './route-samples.js';
import type { TestUserKey } from './test-app.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.

function leadBody(w: SampleWorld): CreateLeadInput {
  const slug = w.unique('sample-lead');
  return {
    companyName: `Sample Lead ${slug} Corp`,
    website: `https://${slug}.example.com`,
    contactName: 'Pat Sample',
    contactEmail: `pat@${slug}.example.com`,
    contactPhone: '+49 30 1234567',
    contactTitle: 'CISO',
    country: 'DE',
    interests: ['security'],
    productLines: ['Platform'],
    estimatedAmountMinor: 2_500_000,
    currency: 'EUR',
    score: 65,
    message: 'Looking for a partner to roll out the platform',
  };
}

const manager = (w: SampleWorld) => w.ctxOf('partner_manager');

async function freshLead(w: SampleWorld): Promise<string> {
  return (await createLead(w.ctxOf('sales_rep'), leadBody(w))).id;
}

/** A fresh lead offered to the caller's partner (partner A for vendor staff). */
async function freshOffer(w: SampleWorld, caller: Caller): Promise<string> {
  const id = await freshLead(w);
  await offerLead(manager(w), id, { partnerId: w.partnerOf(caller) });
  return id;
}

/** The partner user answering for the caller's partner. */
function responderOf(w: SampleWorld, caller: Caller): TestUserKey {
  return caller && w.partnerIdOf(caller) ? caller : 'partner_rep_a';
}

const offered = new WeakMap<SampleWorld, Map<string, Promise<string>>>();
/** One lead offered to each partner, shared by the read samples. */
function sharedOffer(w: SampleWorld, caller: Caller): Promise<string> {
  let byPartner = offered.get(w);
  if (!byPartner) {
    byPartner = new Map();
    offered.set(w, byPartner);
  }
  const partnerId = w.partnerOf(caller);
  let found = byPartner.get(partnerId);
  if (!found) {
    found = freshOffer(w, caller);
    byPartner.set(partnerId, found);
  }
  return found;
}

function leadCsv(w: SampleWorld): string {
  const slug = w.unique('import-lead');
  return [
    'external_id,company,website,contact_name,contact_email,contact_phone,contact_title,country,interests,product_lines,estimated_amount,currency,score',
    `${slug},Imported ${slug} GmbH,${slug}.example.com,Ida Import,ida@${slug}.example.com,+49 89 555,CTO,Germany,security;devops,Platform,15000,EUR,70`,
  ].join('\n');
}

export const LEADS_SAMPLES: Record<string, Sample> = {
  listLeads: (w, caller) => ({
    query: {
      status: 'offered,accepted',
      source: 'manual',
      partnerId: w.partnerOf(caller),
      region: 'EMEA',
      q: 'Sample',
      sort: '-createdAt',
      limit: '20',
    },
  }),
  createLead: (w) => ({ body: leadBody(w) }),
  importLeads: (w) => ({
    query: { skipInvalid: 'true', dryRun: 'false' },
    headers: { 'content-type': 'text/csv' },
    body: leadCsv(w),
  }),
  routeLeads: async (w) => ({ body: { leadIds: [await freshLead(w)], dryRun: false } }),
  getLeadRoutingRules: () => ({}),
  replaceLeadRoutingRules: () => ({ body: DEFAULT_ROUTING_RULES }),
  listLeadAcceptanceRates: () => ({}),
  getLead: async (w, caller) => ({ params: { id: await sharedOffer(w, caller) } }),
  updateLead: async (w) => ({ params: { id: await freshLead(w) }, body: leadBody(w) }),
  disqualifyLead: async (w) => ({ params: { id: await freshLead(w) }, body: { reason: 'Not a real buyer' } }),
  offerLead: async (w, caller) => ({
    params: { id: await freshLead(w) },
    body: { partnerId: w.partnerOf(caller) },
  }),
  withdrawLeadOffer: async (w, caller) => ({ params: { id: await freshOffer(w, caller) } }),
  acceptLead: async (w, caller) => ({ params: { id: await freshOffer(w, caller) } }),
  declineLead: async (w, caller) => ({
    params: { id: await freshOffer(w, caller) },
    body: { reason: 'No capacity this quarter' },
  }),
  convertLead: async (w, caller) => {
    const id = await freshOffer(w, caller);
    await acceptLead(w.ctxOf(responderOf(w, caller)), id);
    return {
      params: { id },
      body: {
        amountMinor: 3_000_000,
        currency: 'EUR',
        expectedClose: '2026-09-30',
        productLines: ['Platform'],
        submit: false,
      },
    };
  },
};
