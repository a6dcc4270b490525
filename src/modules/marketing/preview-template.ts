import type { Ctx } from '../../platform/context.js';
import { inlineImage } from './campaign-rendering.js';
import type { PreviewTemplateInput, Rendered } from './marketing.schemas.js';
import { type Personalization, renderEmail, renderLandingPage, renderSocialPost } from './render-campaign.js';
import { assertValidTemplate } from './template-rules.js';

/** The sample partner a template preview is filled with. */
const SAMPLE: Omit<Personalization, 'offerText'> = {
  partnerName: 'Example Partner Ltd',
  partnerWebsite: 'https://partner.example.com',
  contactName: 'Alex Example',
  contactEmail: 'alex@partner.example.com',
  contactPhone: '+1 555 0100',
};

/** Renders an unsaved template with a sample partner, for the editor's live preview. Writes nothing. */
export async function previewTemplate(ctx: Ctx, input: PreviewTemplateInput): Promise<Rendered> {
  await assertValidTemplate(ctx, input);
  const personalization = { ...SAMPLE, offerText: input.defaultOffer || 'Your offer text appears here.' };
  const targets = {
    ctaHref: input.ctaUrl ?? (input.kind === 'landing_page' ? '#lead-form' : null),
    shareHref: input.ctaUrl,
    logoSrc: null,
    heroSrc: await inlineImage(ctx, input.heroImageFileId),
  };
  const template = { ...input, name: 'Preview' };
  const asset =
    input.kind === 'email'
      ? renderEmail(template, personalization, targets)
      : input.kind === 'social_post'
        ? renderSocialPost(template, personalization, targets)
        : renderLandingPage(template, personalization, targets, {
            action: '#',
            values: {},
            errors: {},
            notice: null,
            ended: false,
          });
  return { ...asset, sendableHtml: null };
}
