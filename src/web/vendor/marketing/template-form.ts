import type { Schemas } from '../../shared/api/client';
import type { CampaignTemplate } from '../../shared/marketing/marketing-api';

type PartnerType = Schemas['CampaignTemplateAudience']['partnerTypes'][number];

export interface TemplateForm {
  name: string;
  description: string;
  subject: string;
  body: string;
  ctaUrl: string;
  ctaLabel: string;
  defaultOffer: string;
  heroImageFileId: string | null;
  partnerTypes: PartnerType[];
  tiers: string[];
  productLines: string[];
}

export function formOf(t: CampaignTemplate): TemplateForm {
  return {
    name: t.name,
    description: t.description,
    subject: t.subject,
    body: t.body,
    ctaUrl: t.ctaUrl ?? '',
    ctaLabel: t.ctaLabel,
    defaultOffer: t.defaultOffer,
    heroImageFileId: t.heroImageFileId,
    partnerTypes: t.audience.partnerTypes as PartnerType[],
    tiers: t.audience.tiers,
    productLines: t.productLines,
  };
}

/** The PATCH body: every field, with an empty destination as none. */
export function bodyOf(form: TemplateForm) {
  return {
    name: form.name,
    description: form.description,
    subject: form.subject,
    body: form.body,
    ctaUrl: form.ctaUrl.trim() || null,
    ctaLabel: form.ctaLabel,
    defaultOffer: form.defaultOffer,
    heroImageFileId: form.heroImageFileId,
    audience: {
      partnerTypes: form.partnerTypes,
      tiers: form.tiers,
    },
    productLines: form.productLines,
  };
}

/** The slots, as authors insert them. */
export const SLOT_HELP: Array<{ slot: string; help: string }> = [
  { slot: '{{partner.name}}', help: "The partner's company name" },
  { slot: '{{partner.logo}}', help: "The partner's logo image" },
  { slot: '{{partner.website}}', help: "The partner's website, as a link" },
  { slot: '{{contact.name}}', help: 'The contact person the partner names' },
  { slot: '{{contact.email}}', help: 'Their email, as a mailto link' },
  { slot: '{{contact.phone}}', help: 'Their phone, as a tel link' },
  { slot: '{{offer}}', help: "The partner's offer text" },
  { slot: '{{cta}}', help: 'The tracked call-to-action button; or [label]({{cta}})' },
];
