import { minorDigits } from '../../../platform/money/money.js';
import {
  type CloudDealFacts,
  type CloudExportOptions,
  type CloudPayload,
  customerCountry,
  customerProblem,
  type MissingField,
  splitName,
} from './cloud-deal-facts.js';

/**
 * A Microsoft Partner Center co-sell referral (POST /engagements/referrals): shared with Microsoft's
 * sellers, sales-qualified, with the customer's profile and contact, the deal value and closing date, and
 * the vendor's co-sell solution. Its externalReferenceId is the deal's id, so status updates find the deal.
 */
export function toMicrosoftReferral(facts: CloudDealFacts, options: CloudExportOptions): CloudPayload {
  const contact = splitName(facts.registration?.contactName ?? null);
  const email = facts.registration?.contactEmail ?? null;
  const country = customerCountry(facts);
  const digits = minorDigits(facts.currency);
  const notes = [
    customerProblem(facts),
    facts.partner ? `Partner: ${facts.partner.name} (${facts.partner.role})` : null,
  ]
    .filter(Boolean)
    .join('\n');
  const payload = {
    name: facts.name,
    externalReferenceId: facts.dealId,
    type: 'Shared',
    qualification: 'SalesQualified',
    status: 'New',
    substatus: 'Pending',
    customerProfile: {
      name: facts.account.name,
      address: { country },
      team: email ? [{ firstName: contact.first, lastName: contact.last, email }] : [],
    },
    consent: { consentToShareReferralWithMicrosoftSellers: true, consentToContact: true },
    details: {
      dealValue: facts.amountMinor / 10 ** digits,
      currency: facts.currency,
      closingDateTime: `${facts.closeDate}T00:00:00Z`,
      notes,
      requirements: { solutions: options.solutionId ? [{ id: options.solutionId }] : [] },
    },
  };
  const missing: MissingField[] = [];
  if (!country)
    missing.push({ field: 'customerProfile.address.country', reason: 'the account has no country' });
  if (!email) {
    missing.push({
      field: 'customerProfile.team',
      reason: 'needs a customer contact with an email: the deal has no registration with a contact email',
    });
  }
  if (facts.amountMinor <= 0) missing.push({ field: 'details.dealValue', reason: 'the deal has no amount' });
  if (facts.closeDate < options.today) {
    missing.push({ field: 'details.closingDateTime', reason: `the close date ${facts.closeDate} is past` });
  }
  if (!options.solutionId) {
    missing.push({
      field: 'details.requirements.solutions',
      reason: 'give the vendor’s co-sell solution id (solutionId) from Partner Center',
    });
  }
  if (facts.stage === 'closed_lost') {
    missing.push({ field: 'status', reason: 'the deal is closed lost; share open or won deals only' });
  }
  return { payload, missing };
}
