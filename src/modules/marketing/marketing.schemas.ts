import { z } from 'zod';
import { ZPartnerType } from '../partners/partners.schemas.js';

export const TEMPLATE_KINDS = ['email', 'landing_page', 'social_post'] as const;
export const ZTemplateKind = z
  .enum(TEMPLATE_KINDS)
  .describe(
    'email (HTML and text), landing_page (a public page with a lead form), social_post (text and a card)',
  );
export const TEMPLATE_STATUSES = ['draft', 'published', 'archived'] as const;
export const ZTemplateStatus = z.enum(TEMPLATE_STATUSES);
export type TemplateStatus = z.infer<typeof ZTemplateStatus>;
export const CAMPAIGN_STATUSES = ['draft', 'launched', 'paused', 'ended'] as const;
export const ZCampaignStatus = z.enum(CAMPAIGN_STATUSES);
export type CampaignStatus = z.infer<typeof ZCampaignStatus>;

const unique = <T>(values: T[]) => [...new Set(values)];

export const ZAudience = z
  .strictObject({
    partnerTypes: z.array(ZPartnerType).max(10).overwrite(unique).default([]),
    tiers: z
      .array(z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/, 'must be a tier key such as gold'))
      .max(20)
      .overwrite(unique)
      .default([]),
  })
  .describe('Who may use the template: partner types and tier keys; an empty list means all')
  .meta({ id: 'CampaignTemplateAudience' });
export type Audience = z.output<typeof ZAudience>;

const ZHttpUrl = z
  .string()
  .trim()
  .max(1000)
  .regex(/^https?:\/\/\S+$/i, 'must be an http(s) URL');

const templateFields = {
  name: z.string().trim().min(1).max(120),
  kind: ZTemplateKind,
  description: z.string().trim().max(2000),
  subject: z.string().trim().max(300).describe('Email subject or social headline; may hold slots'),
  body: z
    .string()
    .max(20_000)
    .describe(
      'Markdown-ish text with slots: {{partner.name}}, {{partner.logo}}, {{partner.website}}, {{contact.name}}, {{contact.email}}, {{contact.phone}}, {{offer}}, {{cta}}',
    ),
  ctaUrl: ZHttpUrl.nullable().describe('Where the call to action leads; tracked per partner campaign'),
  ctaLabel: z.string().trim().max(80),
  defaultOffer: z.string().trim().max(2000),
  heroImageFileId: z.uuid().nullable().describe('A template_image file shown at the top'),
  audience: ZAudience,
  productLines: z.array(z.string().trim().min(1).max(80)).max(20).overwrite(unique),
};

export const ZCreateTemplate = z
  .strictObject({
    name: templateFields.name,
    kind: templateFields.kind,
    description: templateFields.description.default(''),
    subject: templateFields.subject.default(''),
    body: templateFields.body.min(1),
    ctaUrl: templateFields.ctaUrl.default(null),
    ctaLabel: templateFields.ctaLabel.default(''),
    defaultOffer: templateFields.defaultOffer.default(''),
    heroImageFileId: templateFields.heroImageFileId.default(null),
    audience: ZAudience.default({ partnerTypes: [], tiers: [] }),
    productLines: templateFields.productLines.default([]),
  })
  .meta({ id: 'CreateCampaignTemplate' });
export type CreateTemplateInput = z.output<typeof ZCreateTemplate>;

export const ZUpdateTemplate = z
  .strictObject({
    name: templateFields.name.optional(),
    description: templateFields.description.optional(),
    subject: templateFields.subject.optional(),
    body: templateFields.body.min(1).optional(),
    ctaUrl: templateFields.ctaUrl.optional(),
    ctaLabel: templateFields.ctaLabel.optional(),
    defaultOffer: templateFields.defaultOffer.optional(),
    heroImageFileId: templateFields.heroImageFileId.optional(),
    audience: ZAudience.optional(),
    productLines: templateFields.productLines.optional(),
  })
  .meta({ id: 'UpdateCampaignTemplate' });
export type UpdateTemplateInput = z.output<typeof ZUpdateTemplate>;

export const ZPreviewTemplate = z
  .strictObject({
    kind: templateFields.kind,
    subject: templateFields.subject.default(''),
    body: templateFields.body,
    ctaUrl: templateFields.ctaUrl.default(null),
    ctaLabel: templateFields.ctaLabel.default(''),
    defaultOffer: templateFields.defaultOffer.default(''),
    heroImageFileId: templateFields.heroImageFileId.default(null),
  })
  .meta({ id: 'PreviewCampaignTemplate' });
export type PreviewTemplateInput = z.output<typeof ZPreviewTemplate>;

export const ZTemplate = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: ZTemplateKind,
    description: z.string(),
    subject: z.string(),
    body: z.string(),
    ctaUrl: z.string().nullable(),
    ctaLabel: z.string(),
    defaultOffer: z.string(),
    heroImageFileId: z.uuid().nullable(),
    audience: z.object({ partnerTypes: z.array(ZPartnerType), tiers: z.array(z.string()) }),
    productLines: z.array(z.string()),
    status: ZTemplateStatus,
    publishedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    campaignCount: z
      .number()
      .int()
      .describe('Partner campaigns made from it (vendor staff only; 0 for partners)'),
  })
  .meta({ id: 'CampaignTemplate' });
export type Template = z.output<typeof ZTemplate>;

export const ZRendered = z
  .object({
    kind: ZTemplateKind,
    subject: z.string(),
    html: z.string().describe('For display in a sandboxed frame: images inline'),
    text: z.string().describe('The plain-text version (email text part, social post text)'),
    sendableHtml: z
      .string()
      .nullable()
      .describe('The HTML to send or post, with absolute image URLs and tracked links; null until launched'),
  })
  .meta({ id: 'RenderedCampaignAsset' });
export type Rendered = z.output<typeof ZRendered>;

const contactPhone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+\d\s().-]*$/, 'may hold digits, spaces, + ( ) . and - only');

const personalization = {
  name: z.string().trim().min(1).max(120),
  logoFileId: z.uuid().nullable().describe("A campaign_logo file of the campaign's partner"),
  contactName: z.string().trim().max(120),
  contactEmail: z.union([z.literal(''), z.email().max(254)]),
  contactPhone,
  offerText: z
    .string()
    .trim()
    .max(2000)
    .describe('Shown as text: markup and slots in it are not interpreted'),
};

export const ZCreateCampaign = z
  .strictObject({
    templateId: z.uuid(),
    partnerId: z.uuid().optional().describe('Vendor staff: the partner the campaign is for'),
    name: personalization.name.optional(),
    logoFileId: personalization.logoFileId.optional(),
    contactName: personalization.contactName.optional(),
    contactEmail: personalization.contactEmail.optional(),
    contactPhone: personalization.contactPhone.optional(),
    offerText: personalization.offerText.optional().describe("Defaults to the template's offer"),
  })
  .meta({ id: 'CreatePartnerCampaign' });
export type CreateCampaignInput = z.output<typeof ZCreateCampaign>;

export const ZUpdateCampaign = z
  .strictObject({
    name: personalization.name.optional(),
    logoFileId: personalization.logoFileId.optional(),
    contactName: personalization.contactName.optional(),
    contactEmail: personalization.contactEmail.optional(),
    contactPhone: personalization.contactPhone.optional(),
    offerText: personalization.offerText.optional(),
  })
  .meta({ id: 'UpdatePartnerCampaign' });
export type UpdateCampaignInput = z.output<typeof ZUpdateCampaign>;

export const ZFigures = z
  .object({
    views: z.number().int(),
    uniqueVisitors: z.number().int().describe('Distinct visitors per day (visitor keys change daily)'),
    clicks: z.number().int(),
    formFills: z.number().int(),
    leads: z.number().int().describe('Distinct leads the form fills created or matched'),
    conversionRate: z.number().describe('Form fills / unique visitors, 0..1 (0 without visitors)'),
  })
  .meta({ id: 'CampaignFigures' });
export type Figures = z.output<typeof ZFigures>;

export const ZCampaignLink = z
  .object({
    code: z.string(),
    purpose: z.string(),
    path: z.string().describe('The tracked link on this server to share: /t/<code>'),
    destinationUrl: z.string(),
  })
  .meta({ id: 'CampaignLink' });

export const ZCampaign = z
  .object({
    id: z.uuid(),
    templateId: z.uuid(),
    templateName: z.string(),
    kind: ZTemplateKind,
    partnerId: z.uuid(),
    partnerName: z.string(),
    name: z.string(),
    slug: z.string(),
    publicPath: z
      .string()
      .nullable()
      .describe('The landing page path on this server (landing_page campaigns once launched): /c/<slug>'),
    logoFileId: z.uuid().nullable(),
    contactName: z.string(),
    contactEmail: z.string(),
    contactPhone: z.string(),
    offerText: z.string(),
    status: ZCampaignStatus,
    launchedAt: z.iso.datetime().nullable(),
    endedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    figures: ZFigures,
  })
  .meta({ id: 'PartnerCampaign' });
export type Campaign = z.output<typeof ZCampaign>;

export const ZCampaignDetail = ZCampaign.extend({ links: z.array(ZCampaignLink) }).meta({
  id: 'PartnerCampaignDetail',
});
export type CampaignDetail = z.output<typeof ZCampaignDetail>;

export const PERFORMANCE_GROUPS = ['campaign', 'partner', 'template'] as const;

export const ZPerformance = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    totals: ZFigures,
    groups: z.array(
      ZFigures.extend({ key: z.uuid(), label: z.string(), partnerName: z.string().nullable() }),
    ),
    series: z.array(
      z.object({
        date: z.iso.date(),
        views: z.number().int(),
        clicks: z.number().int(),
        formFills: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'MarketingPerformance' });
export type Performance = z.output<typeof ZPerformance>;
