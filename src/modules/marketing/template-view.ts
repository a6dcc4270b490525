import type { Audience, Template, TemplateStatus } from './marketing.schemas.js';
import type { campaignTemplates } from './marketing.table.js';
import type { TemplateKind } from './render-campaign.js';

export type TemplateRow = typeof campaignTemplates.$inferSelect;

export function toTemplateView(row: TemplateRow, campaignCount = 0): Template {
  const audience = row.audience as Partial<Audience>;
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as TemplateKind,
    description: row.description,
    subject: row.subject,
    body: row.body,
    ctaUrl: row.ctaUrl,
    ctaLabel: row.ctaLabel,
    defaultOffer: row.defaultOffer,
    heroImageFileId: row.heroImageFileId,
    audience: { partnerTypes: audience.partnerTypes ?? [], tiers: audience.tiers ?? [] },
    productLines: row.productLines,
    status: row.status as TemplateStatus,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    campaignCount,
  };
}
