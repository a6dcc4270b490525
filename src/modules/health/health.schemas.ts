import { z } from 'zod';
import { ZPartnerStage } from '../partners/partners.schemas.js';

const ZDays = z.number().int().min(1).max(3650);

export const ZHealthRules = z
  .strictObject({
    noActivity: z
      .strictObject({ enabled: z.boolean(), days: ZDays })
      .describe(
        'At risk after this many days without partner activity (registrations, deals, learning, list uploads, portal sign-ins)',
      ),
    fallingRevenue: z
      .strictObject({
        enabled: z.boolean(),
        windowDays: ZDays.describe('The recent window, compared with the same length just before it'),
        dropPercent: z.number().min(1).max(100),
        minPreviousRevenueMinor: z
          .number()
          .int()
          .min(0)
          .describe('The previous window must reach this (tier program currency, minor units) to compare'),
      })
      .describe('At risk when partner revenue (sourced and influenced, closed won) falls by this share'),
    expiredCertifications: z
      .strictObject({
        enabled: z.boolean(),
        withinDays: ZDays,
        minCertifiedPeople: z.number().int().min(1).max(1000),
      })
      .describe(
        'At risk when certificates lapsed without renewal and fewer certified people than this are left',
      ),
    manualOverrideDays: z
      .number()
      .int()
      .min(0)
      .max(365)
      .describe('After a manager moves a partner out of at_risk, the rules leave it alone this many days'),
  })
  .meta({ id: 'HealthRules' });
export type HealthRulesInput = z.output<typeof ZHealthRules>;

export const ZHealthSettings = ZHealthRules.extend({
  updatedAt: z.iso.datetime().nullable().describe('Null while the defaults are in force'),
}).meta({ id: 'HealthSettings' });
export type HealthSettings = z.output<typeof ZHealthSettings>;

export const ZHealthFinding = z
  .object({
    rule: z.enum(['noActivity', 'fallingRevenue', 'expiredCertifications']),
    fired: z.boolean(),
    detail: z.string(),
  })
  .meta({ id: 'HealthFinding' });

export const ZHealthAssessment = z
  .object({
    partnerId: z.uuid(),
    partnerName: z.string(),
    stage: ZPartnerStage,
    atRisk: z.boolean().describe('Whether any enabled rule fires now'),
    stageAfter: ZPartnerStage.describe('The stage the evaluation leaves the partner in'),
    moves: z.boolean(),
    reason: z.string(),
    findings: z.array(ZHealthFinding),
    lastActivityAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'HealthAssessment' });
export type HealthAssessmentView = z.output<typeof ZHealthAssessment>;

export const ZHealthEvaluationRun = z
  .object({
    dryRun: z.boolean(),
    evaluatedAt: z.iso.datetime(),
    moved: z.number().int(),
    assessments: z.array(ZHealthAssessment),
  })
  .meta({ id: 'HealthEvaluationRun' });
export type HealthEvaluationRun = z.output<typeof ZHealthEvaluationRun>;

export const ZPartnerHealth = z
  .object({
    partnerId: z.uuid(),
    stage: ZPartnerStage,
    evaluatedAt: z.iso.datetime().nullable().describe('Null until the first evaluation'),
    atRiskByRules: z.boolean().describe('At risk because the health rules moved it there'),
    findings: z.array(ZHealthFinding),
    lastActivityAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PartnerHealth' });
export type PartnerHealthView = z.output<typeof ZPartnerHealth>;
