import { z } from 'zod';
import { ZPartnerStage, ZPartnerType } from '../partners/partners.schemas.js';

export const ONBOARDING_STATUSES = ['in_progress', 'completed'] as const;
export type OnboardingStatus = (typeof ONBOARDING_STATUSES)[number];

const ZStepKey = z
  .string()
  .trim()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, - or _');

export const ZEventType = z
  .string()
  .trim()
  .max(100)
  .regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, 'must be an event type such as registration.registered')
  .describe(
    'The event that completes the step, e.g. recruiting.signed, user.invited, enablement.course_completed, ' +
      'registration.registered, campaign.launched, deal.won',
  );

const stepCommon = {
  key: ZStepKey,
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000).nullable().optional(),
  required: z
    .boolean()
    .default(true)
    .describe('Whether the onboarding is complete only once this step is done'),
};

export const ZTemplateStep = z
  .discriminatedUnion('kind', [
    z.strictObject({ ...stepCommon, kind: z.literal('automatic'), eventType: ZEventType }),
    z.strictObject({ ...stepCommon, kind: z.literal('manual') }),
  ])
  .meta({ id: 'OnboardingTemplateStep' });
export type TemplateStep = z.output<typeof ZTemplateStep>;

export const ZTemplateInput = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    partnerType: ZPartnerType.nullable().describe(
      'The partner type it is for; null for the default checklist',
    ),
    stalledAfterDays: z.number().int().min(1).max(365),
    steps: z
      .array(ZTemplateStep)
      .min(1)
      .max(40)
      .superRefine((steps, issue) => {
        const seen = new Set<string>();
        steps.forEach((step, index) => {
          if (seen.has(step.key))
            issue.addIssue({ code: 'custom', path: [index, 'key'], message: 'is used by an earlier step' });
          seen.add(step.key);
        });
      }),
  })
  .meta({ id: 'OnboardingTemplateBody' });
export type TemplateInput = z.output<typeof ZTemplateInput>;

export const ZTemplate = z
  .object({
    id: z.uuid(),
    name: z.string(),
    partnerType: ZPartnerType.nullable(),
    stalledAfterDays: z.number().int(),
    steps: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        description: z.string().nullable(),
        kind: z.enum(['automatic', 'manual']),
        eventType: z.string().nullable(),
        required: z.boolean(),
      }),
    ),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'OnboardingTemplate' });
export type Template = z.output<typeof ZTemplate>;

export const ZOnboarding = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    partnerName: z.string(),
    partnerType: ZPartnerType,
    partnerStage: ZPartnerStage,
    managerId: z.uuid().nullable().describe("The partner's owner at the vendor"),
    templateName: z.string(),
    status: z.enum(ONBOARDING_STATUSES),
    done: z.number().int(),
    total: z.number().int(),
    percent: z.number().int(),
    stalled: z.boolean(),
    stalledAt: z.iso.datetime().nullable(),
    stalledAfterDays: z.number().int(),
    startedAt: z.iso.datetime(),
    lastProgressAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
    nextStep: z
      .object({ id: z.uuid(), title: z.string(), kind: z.enum(['automatic', 'manual']) })
      .nullable()
      .describe('The first step not done yet, in checklist order; null when every step is done'),
  })
  .meta({ id: 'PartnerOnboarding' });
export type Onboarding = z.output<typeof ZOnboarding>;

export const ZOnboardingStep = z
  .object({
    id: z.uuid(),
    key: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    kind: z.enum(['automatic', 'manual']),
    eventType: z.string().nullable(),
    required: z.boolean(),
    done: z.boolean(),
    completedAt: z.iso.datetime().nullable(),
    source: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('event'), eventId: z.number().int(), eventType: z.string() }),
        z.object({ kind: z.literal('user'), userId: z.uuid(), name: z.string().nullable() }),
      ])
      .nullable()
      .describe('What completed the step: an event, or a person who ticked it'),
    note: z.string().nullable(),
  })
  .meta({ id: 'PartnerOnboardingStep' });
export type OnboardingStep = z.output<typeof ZOnboardingStep>;

export const ZOnboardingDetail = z
  .object({ onboarding: ZOnboarding, steps: z.array(ZOnboardingStep) })
  .meta({ id: 'PartnerOnboardingDetail' });
export type OnboardingDetail = z.output<typeof ZOnboardingDetail>;

export const ZCompleteStep = z
  .strictObject({ note: z.string().trim().max(2000).optional() })
  .meta({ id: 'CompleteOnboardingStep' });
export type CompleteStepInput = z.output<typeof ZCompleteStep>;

export const ZFirstRevenue = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    activatedAt: z.iso.datetime().nullable().describe('When the partner first entered active'),
    cohort: z.string().nullable().describe('The activation quarter, e.g. 2026-Q1'),
    firstRevenueAt: z.iso.datetime().nullable().describe("When the partner's first partner deal closed won"),
    firstRevenueDealId: z.uuid().nullable(),
    daysToFirstRevenue: z
      .number()
      .int()
      .nullable()
      .describe(
        'Days from the activation date to the first win’s date (UTC); negative when the win came first',
      ),
  })
  .meta({ id: 'PartnerFirstRevenue' });
export type FirstRevenue = z.output<typeof ZFirstRevenue>;

export const ZFirstRevenueCohort = z
  .object({
    cohort: z.string().describe('Activation quarter, e.g. 2026-Q1'),
    activated: z.number().int().describe('Partners activated in the quarter'),
    withRevenue: z.number().int().describe('Of those, partners with a first win'),
    medianDays: z.number().nullable().describe('Median days to first revenue of those with a win'),
  })
  .meta({ id: 'FirstRevenueCohort' });
export type FirstRevenueCohort = z.output<typeof ZFirstRevenueCohort>;

export const ZOnboardingSummary = z
  .object({
    inProgress: z.number().int().describe('Onboardings under way'),
    stalled: z.number().int().describe('Of those, flagged as stalled'),
    completed: z.number().int(),
    medianDaysToComplete: z
      .number()
      .nullable()
      .describe('Median days from start to completion of the completed onboardings; null when none'),
  })
  .meta({ id: 'OnboardingSummary' });
export type OnboardingSummary = z.output<typeof ZOnboardingSummary>;
