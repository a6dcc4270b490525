import type { DealStage } from '../../deals/deals.schemas.js';
import { awsMissing, monthlySpendMinor } from './aws-partner-central.js';
import { AWS_SALES_ACTIVITIES, AWS_STAGE_OF, awsIndustry } from './aws-vocabulary.js';
import {
  type CloudDealFacts,
  type CloudExportOptions,
  type CloudPayload,
  customerCountry,
  customerProblem,
  customerWebsite,
  splitName,
} from './cloud-deal-facts.js';

const NAMES = {
  company: 'customerCompanyName',
  industry: 'industry',
  website: 'customerWebsite',
  country: 'country',
  problem: 'projectDescription',
  spend: 'expectedMonthlyAwsRevenue',
  closeDate: 'targetCloseDate',
  stage: 'stage',
};

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * The legacy ACE CRM integration's opportunity file (version 2.0, flat fields, an opportunities list):
 * the partner's CRM id is the deal's id, country is a name, lists are ";"-joined as ACE expects.
 */
export function toAwsAceLegacy(facts: CloudDealFacts, options: CloudExportOptions): CloudPayload {
  const stage = facts.stage as DealStage;
  const industry = facts.account.industry ? awsIndustry(facts.account.industry) : null;
  const contact = splitName(facts.registration?.contactName ?? null);
  const country = customerCountry(facts);
  const opportunity = {
    partnerCrmUniqueIdentifier: facts.dealId,
    customerCompanyName: facts.account.name,
    customerWebsite: customerWebsite(facts),
    industry: industry?.industry ?? null,
    industryOther: industry?.other ?? null,
    country: country ? (countryNames.of(country) ?? country) : null,
    partnerProjectTitle: facts.name,
    projectDescription: customerProblem(facts),
    expectedMonthlyAwsRevenue: monthlySpendMinor(facts.amountMinor) / 100,
    targetCloseDate: facts.closeDate,
    stage: AWS_STAGE_OF[stage] ?? null,
    deliveryModel: 'SaaS or PaaS',
    opportunityType: 'Net New Business',
    partnerPrimaryNeedFromAws: 'Co-Sell - Deal Support',
    salesActivities: (AWS_SALES_ACTIVITIES[stage] ?? []).join(';'),
    isMarketingDevelopmentFunded: 'No',
    doesOppBelongToNatSec: 'No',
    customerFirstName: contact.first,
    customerLastName: contact.last,
    customerEmail: facts.registration?.contactEmail ?? null,
    customerTitle: facts.registration?.contactTitle ?? null,
    nextStep: facts.nextSteps,
    additionalComments: facts.partner ? `Partner: ${facts.partner.name} (${facts.partner.role})` : null,
  };
  const missing = awsMissing(facts, options.today, NAMES);
  if (facts.currency !== 'USD') {
    missing.push({
      field: 'expectedMonthlyAwsRevenue',
      reason: `ACE takes expected revenue in USD; the deal is in ${facts.currency} (use the Partner Central format)`,
    });
  }
  if (!options.spmsId) {
    missing.push({ field: 'spmsId', reason: 'give the vendor’s AWS SPMS id (spmsId) for the ACE file' });
  }
  return {
    payload: { version: '2.0', spmsId: options.spmsId ?? null, opportunities: [opportunity] },
    missing,
  };
}
