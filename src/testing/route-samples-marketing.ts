import { storeFile } from '../modules/files/store-file.js';
import { changeCampaignStatus } from '../modules/marketing/change-campaign-status.js';
import { changeTemplateStatus } from '../modules/marketing/change-template-status.js';
import { createCampaign } from '../modules/marketing/create-campaign.js';
import { createTemplate } from '../modules/marketing/create-template.js';
import type { CreateTemplateInput } from '../modules/marketing/marketing.schemas.js';
import type { Caller, Sample, SampleWorld } from './route-samples.js';
import { logoOf, ONE_PIXEL_PNG } from './route-samples-files.js';

interface MarketingRows {
  heroImage?: string;
  template?: string;
  campaigns: Map<string, string>;
}

const rows = new WeakMap<SampleWorld, MarketingRows>();

function rowsOf(w: SampleWorld): MarketingRows {
  let found = rows.get(w);
  if (!found) {
    found = { campaigns: new Map() };
    rows.set(w, found);
  }
  return found;
}

async function heroImage(w: SampleWorld): Promise<string> {
  const r = rowsOf(w);
  r.heroImage ??= (
    await storeFile(w.t.systemCtx, { purpose: 'template_image', fileName: 'hero.png', bytes: ONE_PIXEL_PNG })
  ).id;
  return r.heroImage;
}

async function templateInput(w: SampleWorld): Promise<CreateTemplateInput> {
  return {
    name: `Sample ${w.unique('template')}`,
    kind: 'landing_page',
    description: 'A landing page for partners',
    subject: 'Meet {{partner.name}}',
    body: '# {{partner.name}}\n\n{{partner.logo}}\n\n{{offer}}\n\nAsk {{contact.name}} at {{contact.email}}.\n\n{{cta}}',
    ctaUrl: 'https://larkspur.example.com/offer',
    ctaLabel: 'See the offer',
    defaultOffer: 'A free assessment',
    heroImageFileId: await heroImage(w),
    audience: { partnerTypes: [], tiers: [] },
    productLines: ['Analytics'],
  };
}

async function freshTemplate(w: SampleWorld, publish: boolean): Promise<string> {
  const template = await createTemplate(w.t.systemCtx, await templateInput(w));
  if (publish) await changeTemplateStatus(w.t.systemCtx, template.id, 'published');
  return template.id;
}

/** A published template every partner may use. */
async function sharedTemplate(w: SampleWorld): Promise<string> {
  const r = rowsOf(w);
  r.template ??= await freshTemplate(w, true);
  return r.template;
}

async function freshCampaign(w: SampleWorld, caller: Caller, status: 'draft' | 'ready' | 'launched') {
  const campaign = await createCampaign(w.t.systemCtx, {
    templateId: await sharedTemplate(w),
    partnerId: w.partnerOf(caller),
    ...(status === 'draft' ? {} : { contactName: 'Pat Partner', contactEmail: 'pat@partner.example.com' }),
  });
  if (status === 'launched') await changeCampaignStatus(w.t.systemCtx, campaign.id, 'launch');
  return campaign.id;
}

/** A campaign of the caller's own partner (partner A's for vendor staff), launched. */
async function campaignOf(w: SampleWorld, caller: Caller): Promise<string> {
  const r = rowsOf(w);
  const partnerId = w.partnerOf(caller);
  let id = r.campaigns.get(partnerId);
  if (!id) {
    id = await freshCampaign(w, caller, 'launched');
    r.campaigns.set(partnerId, id);
  }
  return id;
}

function isPartnerCaller(w: SampleWorld, caller: Caller): boolean {
  return Boolean(caller && w.partnerIdOf(caller));
}

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.
export const MARKETING_SAMPLES: Record<string, Sample> = {
  listCampaignTemplates: () => ({ query: { status: 'published', sort: 'name' } }),
  createCampaignTemplate: async (w) => ({ body: await templateInput(w) }),
  previewCampaignTemplateDraft: async (w) => {
    const { name: _name, description: _d, audience: _a, productLines: _p, ...body } = await templateInput(w);
    return { body };
  },
  getCampaignTemplate: async (w) => ({ params: { id: await sharedTemplate(w) } }),
  updateCampaignTemplate: async (w) => {
    const { kind: _kind, ...body } = await templateInput(w);
    return { params: { id: await freshTemplate(w, false) }, body };
  },
  publishCampaignTemplate: async (w) => ({ params: { id: await freshTemplate(w, false) } }),
  archiveCampaignTemplate: async (w) => ({ params: { id: await freshTemplate(w, false) } }),
  listPartnerCampaigns: () => ({ query: { sort: '-createdAt' } }),
  createPartnerCampaign: async (w, caller) => ({
    body: {
      templateId: await sharedTemplate(w),
      ...(isPartnerCaller(w, caller) ? {} : { partnerId: w.partnerOf(caller) }),
      name: 'Spring campaign',
      logoFileId: await logoOf(w, caller),
      contactName: 'Pat Partner',
      contactEmail: 'pat@partner.example.com',
      contactPhone: '+1 555 0100',
      offerText: 'Ten percent off the first year',
    },
  }),
  getPartnerCampaign: async (w, caller) => ({ params: { id: await campaignOf(w, caller) } }),
  updatePartnerCampaign: async (w, caller) => ({
    params: { id: await freshCampaign(w, caller, 'draft') },
    body: {
      name: 'Renamed campaign',
      logoFileId: await logoOf(w, caller),
      contactName: 'Pat Partner',
      contactEmail: 'pat@partner.example.com',
      contactPhone: '+1 555 0100',
      offerText: 'A new offer',
    },
  }),
  previewPartnerCampaign: async (w, caller) => ({ params: { id: await campaignOf(w, caller) } }),
  launchPartnerCampaign: async (w, caller) => ({ params: { id: await freshCampaign(w, caller, 'ready') } }),
  pausePartnerCampaign: async (w, caller) => ({ params: { id: await freshCampaign(w, caller, 'launched') } }),
  endPartnerCampaign: async (w, caller) => ({ params: { id: await freshCampaign(w, caller, 'launched') } }),
  getMarketingPerformance: () => ({ query: { groupBy: 'partner' } }),
};
