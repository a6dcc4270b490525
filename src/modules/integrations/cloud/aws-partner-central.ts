import { minorDigits } from '../../../platform/money/money.js';
import type { DealStage } from '../../deals/deals.schemas.js';
import { AWS_SALES_ACTIVITIES, AWS_STAGE_OF, awsIndustry } from './aws-vocabulary.js';
import {
  type CloudDealFacts,
  type CloudExportOptions,
  type CloudPayload,
  customerCountry,
  customerProblem,
  customerWebsite,
  type MissingField,
  majorAmount,
  splitName,
} from './cloud-deal-facts.js';

/** The deal amount is taken as a year of spend; AWS takes expected spend per month. */
export function monthlySpendMinor(amountMinor: number): number {
  return Math.round(amountMinor / 12);
}

/** Checks AWS applies to a new opportunity that the deal's own data can fail; shared by both AWS formats. */
export function awsMissing(
  facts: CloudDealFacts,
  today: string,
  names: Record<string, string>,
): MissingField[] {
  const missing: MissingField[] = [];
  const need = (key: string, ok: boolean, reason: string) => {
    if (!ok) missing.push({ field: names[key]!, reason });
  };
  need('company', facts.account.name.length <= 120, 'is longer than AWS’s 120 characters');
  need('industry', Boolean(facts.account.industry), 'the account has no industry; set it on the account');
  need(
    'website',
    Boolean(customerWebsite(facts)),
    'the account has no domain and the registration no website',
  );
  need('country', Boolean(customerCountry(facts)), 'the account has no country; set it on the account');
  const problem = customerProblem(facts);
  need(
    'problem',
    Boolean(problem && problem.length >= 20 && problem.length <= 2000),
    'needs 20–2,000 characters: write the customer’s business problem in the registration notes or the deal’s next steps',
  );
  need('spend', monthlySpendMinor(facts.amountMinor) > 0, 'the deal has no amount');
  need(
    'closeDate',
    facts.closeDate >= today,
    `the close date ${facts.closeDate} is past; AWS takes a future date`,
  );
  need('stage', facts.stage !== 'closed_lost', 'the deal is closed lost; share open or won deals only');
  return missing;
}

const NAMES = {
  company: 'Customer.Account.CompanyName',
  industry: 'Customer.Account.Industry',
  website: 'Customer.Account.WebsiteUrl',
  country: 'Customer.Account.Address.CountryCode',
  problem: 'Project.CustomerBusinessProblem',
  spend: 'Project.ExpectedCustomerSpend',
  closeDate: 'LifeCycle.TargetCloseDate',
  stage: 'LifeCycle.Stage',
};

/**
 * The AWS Partner Central Selling API CreateOpportunity request for a deal: a partner-referred,
 * net-new opportunity whose PartnerOpportunityIdentifier and ClientToken are the deal's id, so sending it
 * twice creates one opportunity and updates find the deal again.
 */
export function toAwsPartnerCentral(facts: CloudDealFacts, options: CloudExportOptions): CloudPayload {
  const stage = facts.stage as DealStage;
  const industry = facts.account.industry ? awsIndustry(facts.account.industry) : null;
  const contact = splitName(facts.registration?.contactName ?? null);
  const contacts =
    facts.registration?.contactEmail && contact.last
      ? [
          {
            Email: facts.registration.contactEmail,
            FirstName: contact.first ?? contact.last,
            LastName: contact.last,
            ...(facts.registration.contactTitle ? { BusinessTitle: facts.registration.contactTitle } : {}),
          },
        ]
      : [];
  const payload = {
    Catalog: 'AWS',
    ClientToken: `trellis-${facts.dealId}`,
    Origin: 'Partner Referral',
    OpportunityType: 'Net New Business',
    PartnerOpportunityIdentifier: facts.dealId,
    NationalSecurity: 'No',
    PrimaryNeedsFromAws: ['Co-Sell - Deal Support'],
    Customer: {
      Account: {
        CompanyName: facts.account.name,
        WebsiteUrl: customerWebsite(facts),
        Industry: industry?.industry ?? null,
        ...(industry?.other ? { OtherIndustry: industry.other } : {}),
        Address: { CountryCode: customerCountry(facts) },
      },
      Contacts: contacts,
    },
    Project: {
      Title: facts.name,
      CustomerBusinessProblem: customerProblem(facts),
      ExpectedCustomerSpend: [
        {
          Amount: majorAmount(monthlySpendMinor(facts.amountMinor), minorDigits(facts.currency)),
          CurrencyCode: facts.currency,
          Frequency: 'Monthly',
          TargetCompany: 'AWS',
        },
      ],
      DeliveryModels: ['SaaS or PaaS'],
      SalesActivities: AWS_SALES_ACTIVITIES[stage] ?? [],
      ...(facts.partner
        ? { AdditionalComments: `Partner: ${facts.partner.name} (${facts.partner.role})` }
        : {}),
    },
    LifeCycle: {
      Stage: AWS_STAGE_OF[stage] ?? null,
      TargetCloseDate: facts.closeDate,
      ...(facts.nextSteps ? { NextSteps: facts.nextSteps } : {}),
    },
  };
  return { payload, missing: awsMissing(facts, options.today, NAMES) };
}
