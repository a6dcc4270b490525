import { z } from 'zod';
import { CLOUD_FORMATS } from './cloud/cloud-deal-facts.js';

export const ZCloudFormat = z.enum(CLOUD_FORMATS);

const ZMissing = z
  .array(z.object({ field: z.string(), reason: z.string() }))
  .describe('Required fields of the format the deal cannot fill yet, each with what to do about it');

export const ZCloudReferral = z
  .object({
    id: z.uuid(),
    dealId: z.uuid(),
    registrationId: z.uuid().nullable(),
    format: ZCloudFormat,
    cloudId: z.string().nullable().describe('The provider’s id, once an update has named it'),
    cloudStatus: z.string().nullable(),
    cloudStage: z.string().nullable(),
    exportedAt: z.iso.datetime().nullable(),
    lastUpdateAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'CloudReferral' });
export type CloudReferralView = z.output<typeof ZCloudReferral>;

export const ZCloudReferralPreview = z
  .object({
    format: ZCloudFormat,
    payload: z.record(z.string(), z.unknown()).describe('The request body in the provider’s own format'),
    missing: ZMissing,
    referral: ZCloudReferral.nullable().describe('The deal’s earlier export in this format, if any'),
  })
  .meta({ id: 'CloudReferralPreview' });
export type CloudReferralPreview = z.output<typeof ZCloudReferralPreview>;

export const ZCloudReferralParams = z.strictObject({ id: z.uuid(), format: ZCloudFormat });

const programIds = {
  spmsId: z.string().trim().min(1).max(40).optional().describe('The vendor’s AWS SPMS id (legacy ACE only)'),
  solutionId: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('The vendor’s co-sell solution id in Microsoft Partner Center (Microsoft only)'),
};
export const ZCloudReferralPreviewQuery = z.strictObject(programIds);
export const ZExportCloudReferral = z.strictObject(programIds).meta({ id: 'ExportCloudReferral' });

const ZAwsLifeCycle = z.looseObject({
  Stage: z.string().max(100).optional(),
  ReviewStatus: z.string().max(100).optional(),
});

export const ZCloudUpdates = z
  .discriminatedUnion('format', [
    z.strictObject({
      format: z.literal('aws_partner_central'),
      opportunities: z
        .array(
          z.looseObject({
            Id: z.string().max(100).optional(),
            PartnerOpportunityIdentifier: z.string().max(100).optional(),
            LifeCycle: ZAwsLifeCycle,
          }),
        )
        .min(1)
        .max(500)
        .describe(
          'GetOpportunity-like records: Id (O…), PartnerOpportunityIdentifier, LifeCycle.Stage/ReviewStatus',
        ),
    }),
    z.strictObject({
      format: z.literal('aws_ace_legacy'),
      version: z.string().max(10).optional(),
      spmsId: z.string().max(40).optional(),
      opportunities: z
        .array(
          z.looseObject({
            apnCrmUniqueIdentifier: z.string().max(100).nullable().optional(),
            partnerCrmUniqueIdentifier: z.string().max(100).nullable().optional(),
            stage: z.string().max(100).nullable().optional(),
            status: z.string().max(100).nullable().optional(),
          }),
        )
        .min(1)
        .max(500)
        .describe('The ACE outbound file’s opportunities'),
    }),
    z.strictObject({
      format: z.literal('microsoft_partner_center'),
      referrals: z
        .array(
          z.looseObject({
            id: z.string().max(100).optional(),
            externalReferenceId: z.string().max(100).optional(),
            status: z.string().max(50).optional(),
            substatus: z.string().max(50).optional(),
          }),
        )
        .min(1)
        .max(500)
        .describe('Referral resources as Partner Center returns them'),
    }),
  ])
  .meta({ id: 'CloudUpdates' });
export type CloudUpdatesInput = z.output<typeof ZCloudUpdates>;

export const ZCloudUpdateResult = z
  .object({
    applied: z.number().int(),
    failed: z.number().int(),
    items: z.array(
      z.object({
        item: z.number().int().describe('Position in the list, from 0'),
        dealId: z.uuid().nullable(),
        cloudStatus: z.string().nullable(),
        cloudStage: z.string().nullable(),
        dealStage: z.string().nullable().describe('The deal’s stage after the update'),
        errors: z.array(z.object({ field: z.string(), message: z.string() })),
      }),
    ),
  })
  .meta({ id: 'CloudUpdateResult' });
export type CloudUpdateResult = z.output<typeof ZCloudUpdateResult>;
