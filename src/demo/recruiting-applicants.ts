import type { DemoRandom } from './demo-random.js';
import { teamFor } from './demo-team.js';
import type { Region } from './geography.js';
import { emailLocalPart, FIRST_NAMES, LAST_NAMES } from './people-words.js';
import type { PartnerPlan } from './plan-partners.js';
import type { ApplicationPlan } from './plan-recruiting.js';
import { DUPLICATE_APPLICATION_REASON, EXISTING_PARTNER_REASON } from './recruiting-words.js';

/** The person filling in the form: a name of the region, an address on the company's domain. */
export function applicant(random: DemoRandom, region: Region, domain: string) {
  const first = random.pick(FIRST_NAMES[region]);
  const last = random.pick(LAST_NAMES[region]);
  return { contactName: `${first} ${last}`, contactEmail: `${emailLocalPart(first, last)}@${domain}` };
}

/** A colleague at the same company fills in the form again a few days later; the manager rejects the copy. */
export function duplicateOf(original: ApplicationPlan, index: number, random: DemoRandom): ApplicationPlan {
  const region = original.input.regions[0]!;
  const domain = original.input.contactEmail.split('@')[1]!;
  const day = original.day + random.int(3, 9);
  return {
    ...original,
    key: `application:${index}`,
    source: 'public_form',
    day,
    minute: random.int(0, 600),
    clientAddress: `203.0.113.${random.int(2, 250)}`,
    input: {
      ...original.input,
      website: domain,
      ...applicant(random, region, domain),
      message: 'Following up on our earlier enquiry: we would like to become a Larkspur partner.',
    },
    claimDay: null,
    moves: [
      {
        status: 'rejected',
        day: day + random.int(1, 4),
        minute: random.int(60, 480),
        reason: DUPLICATE_APPLICATION_REASON,
      },
    ],
    partnerIndex: null,
  };
}

/** Someone at an existing partner, unaware of the agreement, applies through the public form. */
export function fromPartner(
  partner: PartnerPlan,
  day: number,
  index: number,
  random: DemoRandom,
): ApplicationPlan {
  const region = partner.regions[0]!;
  return {
    key: `application:${index}`,
    source: 'public_form',
    day,
    minute: random.int(0, 600),
    managerKey: partner.ownerKey ?? teamFor('partner_manager', region)[0]!.key,
    clientAddress: `192.0.2.${random.int(2, 250)}`,
    input: {
      companyName: partner.name,
      website: `https://${partner.domain}`,
      country: partner.country.code,
      type: partner.type,
      regions: partner.regions,
      specializations: partner.specializations,
      employees: partner.employees,
      ...applicant(random, region, partner.domain),
      message: 'Our new practice lead would like access to partner resources and deal registration.',
    },
    claimDay: null,
    moves: [
      {
        status: 'rejected',
        day: day + random.int(1, 3),
        minute: random.int(60, 480),
        reason: EXISTING_PARTNER_REASON,
      },
    ],
    partnerIndex: null,
  };
}
