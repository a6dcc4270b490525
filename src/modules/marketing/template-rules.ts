import type { Ctx } from '../../platform/context.js';
import { AppError, type FieldError, invalidFields } from '../../platform/errors.js';
import { getFile } from '../files/get-file.js';
import type { TemplateKind } from './render-campaign.js';
import { templateProblems } from './template-language.js';

export interface TemplateContent {
  kind: TemplateKind;
  subject: string;
  body: string;
  ctaUrl: string | null;
  heroImageFileId: string | null;
}

/** Checked on every save: slots must be known ones, and a hero image must be a vendor template image. */
export async function assertValidTemplate(ctx: Ctx, content: TemplateContent): Promise<void> {
  const problems: FieldError[] = [
    ...templateProblems('body', content.body),
    ...templateProblems('subject', content.subject),
  ];
  if (content.heroImageFileId) {
    const file = await getFile(ctx, content.heroImageFileId).catch(() => null);
    if (file?.purpose !== 'template_image' || file.partnerId !== null) {
      problems.push({
        field: 'heroImageFileId',
        message: 'must be a template_image file uploaded by vendor staff',
      });
    }
  }
  if (problems.length) throw invalidFields(problems);
}

/** What a published template needs beyond a valid save: somewhere for an email or post to lead. */
export function publishProblems(content: TemplateContent): FieldError[] {
  const problems: FieldError[] = [];
  if (!content.body.trim()) problems.push({ field: 'body', message: 'is empty' });
  if (content.kind !== 'landing_page' && !content.ctaUrl) {
    problems.push({
      field: 'ctaUrl',
      message: `is required to publish a ${content.kind.replace('_', ' ')} template`,
    });
  }
  if (content.kind === 'email' && !content.subject.trim()) {
    problems.push({ field: 'subject', message: 'is required to publish an email template' });
  }
  return problems;
}

export function assertPublishable(content: TemplateContent): void {
  const problems = publishProblems(content);
  if (problems.length) {
    throw new AppError('validation_failed', 'The template is not ready to publish', { errors: problems });
  }
}
