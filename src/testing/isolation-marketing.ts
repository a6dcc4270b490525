import { changeCampaignStatus } from '../modules/marketing/change-campaign-status.js';
import { changeTemplateStatus } from '../modules/marketing/change-template-status.js';
import { createCampaign } from '../modules/marketing/create-campaign.js';
import { createTemplate } from '../modules/marketing/create-template.js';
import { recordTouch } from '../modules/marketing/public-campaign.js';
import type { IsolationBuilder } from './isolation-targets.js';

const MISSING_ID = '019bc0e2-0000-7000-8000-00000000dead';

export const marketingIsolation: IsolationBuilder = async (world) => {
  const system = world.t.systemCtx;
  // A template only resellers may use: partner B is a reseller, partner A a systems integrator.
  const templateName = 'Reseller-only bundle campaign';
  const template = await createTemplate(system, {
    name: templateName,
    kind: 'landing_page',
    description: '',
    subject: '{{partner.name}} bundles',
    body: '{{offer}}\n\n{{cta}}',
    ctaUrl: null,
    ctaLabel: 'Ask us',
    defaultOffer: '',
    heroImageFileId: null,
    audience: { partnerTypes: ['reseller'], tiers: [] },
    productLines: [],
  });
  await changeTemplateStatus(system, template.id, 'published');
  const campaignName = 'Beta spring push';
  const offer = 'Beta-only offer: two months free';
  const asRep = world.ctxOf('partner_rep_b');
  const campaign = await createCampaign(asRep, {
    templateId: template.id,
    name: campaignName,
    contactName: 'Bianca Beta',
    contactEmail: 'bianca.campaigns@beta-resellers.com',
    offerText: offer,
  });
  const launched = await changeCampaignStatus(asRep, campaign.id, 'launch');
  await recordTouch(system, launched, {
    kind: 'view',
    visitor: { clientAddress: '203.0.113.77', userAgent: 'isolation' },
  });
  return {
    markers: [
      template.id,
      templateName,
      campaign.id,
      campaign.slug,
      campaignName,
      offer,
      ...launched.links.map((link) => link.code),
    ],
    rules: [
      {
        prefix: '/api/marketing/campaigns/{id}',
        targets: () => [
          { label: "partner B's campaign", params: { id: campaign.id }, missing: { id: MISSING_ID } },
        ],
      },
      {
        prefix: '/api/marketing/templates/{id}',
        targets: () => [
          {
            label: 'a template only resellers may use',
            params: { id: template.id },
            missing: { id: MISSING_ID },
          },
        ],
      },
    ],
  };
};
