import type { DealStage } from '../../deals/deals.schemas.js';
import type { CloudUpdatesInput } from '../cloud-referrals.schemas.js';
import { TRELLIS_STAGE_OF_AWS } from './aws-vocabulary.js';

/** One provider update, read out of its own format. */
export interface CloudUpdate {
  cloudId: string | null;
  /** Our id as the provider echoes it back (the deal id sent as the partner's identifier). */
  partnerReference: string | null;
  cloudStatus: string | null;
  cloudStage: string | null;
  /** The deal stage the cloud stage means; null when it means none (status-only updates). */
  dealStage: DealStage | null;
  errors: { field: string; message: string }[];
  /** The field names of this format, for messages. */
  idField: string;
  referenceField: string;
}

const MICROSOFT_STATUSES = ['New', 'Active', 'Closed'];
const MICROSOFT_SUBSTATUSES = [
  'Pending',
  'Received',
  'Accepted',
  'Engaged',
  'Declined',
  'Lost',
  'Won',
  'Expired',
  'Error',
];

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

function awsStage(stage: string | null, field: string, errors: CloudUpdate['errors']): DealStage | null {
  if (!stage) return null;
  const mapped = TRELLIS_STAGE_OF_AWS[stage.toLowerCase()];
  if (!mapped) {
    errors.push({
      field,
      message: `"${stage}" is not an AWS opportunity stage (Prospect, Qualified, Technical Validation, Business Validation, Committed, Launched, Closed Lost)`,
    });
  }
  return mapped ?? null;
}

function microsoftStage(status: string | null, substatus: string | null, errors: CloudUpdate['errors']) {
  if (status && !MICROSOFT_STATUSES.includes(status)) {
    errors.push({
      field: 'status',
      message: `"${status}" is not a referral status (${MICROSOFT_STATUSES.join(', ')})`,
    });
  }
  if (substatus && !MICROSOFT_SUBSTATUSES.includes(substatus)) {
    errors.push({
      field: 'substatus',
      message: `"${substatus}" is not a referral substatus (${MICROSOFT_SUBSTATUSES.join(', ')})`,
    });
  }
  if (status !== 'Closed') return null;
  if (substatus === 'Won') return 'closed_won' as const;
  if (substatus === 'Lost') return 'closed_lost' as const;
  return null;
}

/** Every item of an update body, each read on its own so one bad item never blocks the others. */
export function readCloudUpdates(input: CloudUpdatesInput): CloudUpdate[] {
  if (input.format === 'aws_partner_central') {
    return input.opportunities.map((item) => {
      const errors: CloudUpdate['errors'] = [];
      const stage = text(item.LifeCycle.Stage);
      return {
        cloudId: text(item.Id),
        partnerReference: text(item.PartnerOpportunityIdentifier),
        cloudStatus: text(item.LifeCycle.ReviewStatus),
        cloudStage: stage,
        dealStage: awsStage(stage, 'LifeCycle.Stage', errors),
        errors,
        idField: 'Id',
        referenceField: 'PartnerOpportunityIdentifier',
      };
    });
  }
  if (input.format === 'aws_ace_legacy') {
    return input.opportunities.map((item) => {
      const errors: CloudUpdate['errors'] = [];
      const stage = text(item.stage);
      return {
        cloudId: text(item.apnCrmUniqueIdentifier),
        partnerReference: text(item.partnerCrmUniqueIdentifier),
        cloudStatus: text(item.status),
        cloudStage: stage,
        dealStage: awsStage(stage, 'stage', errors),
        errors,
        idField: 'apnCrmUniqueIdentifier',
        referenceField: 'partnerCrmUniqueIdentifier',
      };
    });
  }
  return input.referrals.map((item) => {
    const errors: CloudUpdate['errors'] = [];
    const status = text(item.status);
    const substatus = text(item.substatus);
    return {
      cloudId: text(item.id),
      partnerReference: text(item.externalReferenceId),
      cloudStatus: status,
      cloudStage: substatus,
      dealStage: microsoftStage(status, substatus, errors),
      errors,
      idField: 'id',
      referenceField: 'externalReferenceId',
    };
  });
}
