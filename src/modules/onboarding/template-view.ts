import type { PartnerType } from '../partners/partners.schemas.js';
import type { Template, TemplateStep } from './onboarding.schemas.js';
import type { onboardingTemplates } from './onboarding.table.js';

export type TemplateRow = typeof onboardingTemplates.$inferSelect;

export function templateSteps(row: TemplateRow): TemplateStep[] {
  return row.steps as TemplateStep[];
}

export function toTemplateView(row: TemplateRow): Template {
  return {
    id: row.id,
    name: row.name,
    partnerType: row.partnerType as PartnerType | null,
    stalledAfterDays: row.stalledAfterDays,
    steps: templateSteps(row).map((step) => ({
      key: step.key,
      title: step.title,
      description: step.description ?? null,
      kind: step.kind,
      eventType: step.kind === 'automatic' ? step.eventType : null,
      required: step.required,
    })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
