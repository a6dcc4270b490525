import type { PartnerType } from '../modules/partners/partners.schemas.js';
import type { ApplicationSource, ApplicationStatus } from '../modules/recruiting/recruiting.schemas.js';
import type { NameMaker } from './company-names.js';
import { PARTNER_EMPLOYEES, SPECIALIZATION_AFFINITY } from './company-words.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import { type DemoRandom, shuffledQuota, spreadQuota } from './demo-random.js';
import { teamFor } from './demo-team.js';
import { countriesIn, type Region } from './geography.js';
import type { LifecyclePartner } from './lifecycle-partners.js';
import { CONTACT_TITLES } from './people-words.js';
import type { PartnerPlan } from './plan-partners.js';
import { applicant, duplicateOf, fromPartner } from './recruiting-applicants.js';
import {
  AGREEMENT_REASONS,
  APPLICATION_MESSAGES,
  HANDOVER_REASONS,
  QUALIFY_REASONS,
  REJECTION_REASONS,
  type RejectionCause,
  SIGNED_REASONS,
} from './recruiting-words.js';

export interface ApplicationMove {
  status: Exclude<ApplicationStatus, 'applied'>;
  day: number;
  minute: number;
  reason: string;
}

export interface ApplicationPlan {
  key: string;
  source: ApplicationSource;
  day: number;
  minute: number;
  /** The partner manager of the applicant's region, who works the application. */
  managerKey: string;
  /** Where a public-form application came from (documentation addresses, RFC 5737). */
  clientAddress: string;
  input: {
    companyName: string;
    website?: string;
    country: string;
    type: PartnerType;
    regions: Region[];
    specializations: string[];
    employees: number;
    contactName: string;
    contactEmail: string;
    message?: string;
  };
  /** The day the manager takes a public-form application on as its owner; null when nobody has yet. */
  claimDay: number | null;
  moves: ApplicationMove[];
  /** The story index of the partner it becomes when signed. */
  partnerIndex: number | null;
}

export interface RecruitingStory {
  applications: ApplicationPlan[];
  /** Partners the signed applications became, in story index order. */
  partners: LifecyclePartner[];
}

type Fate =
  | 'applied'
  | 'qualified'
  | 'agreement_sent'
  | 'signed'
  | 'onboarding'
  | 'active'
  | 'rejected'
  | 'duplicate'
  | 'existing';

const FATE_WEIGHTS: Record<Fate, number> = {
  applied: 5,
  qualified: 4,
  agreement_sent: 3,
  signed: 2,
  onboarding: 3,
  active: 1,
  rejected: 4,
  duplicate: 1,
  existing: 1,
};
const REGION_WEIGHTS: Record<Region, number> = { NA: 20, EMEA: 20, APAC: 12, LATAM: 8 };
const GOOD_FIT: PartnerType[] = ['si', 'msp', 'cloud_marketplace', 'reseller', 'isv'];
const FIRST_APPLICATION_DAY = DEMO_LAST_DAY - 165;

/** Days between moves, by the status moved to. */
const GAPS: Record<string, readonly [number, number]> = {
  qualified: [3, 12],
  agreement_sent: [5, 18],
  signed: [4, 20],
  onboarding: [1, 6],
  rejected: [2, 15],
  active: [25, 45],
};

function statusesTo(fate: Fate, cause: RejectionCause): ApplicationMove['status'][] {
  const signed: ApplicationMove['status'][] = ['qualified', 'agreement_sent', 'signed'];
  switch (fate) {
    case 'applied':
    case 'duplicate':
    case 'existing':
      return [];
    case 'qualified':
      return ['qualified'];
    case 'agreement_sent':
      return ['qualified', 'agreement_sent'];
    case 'signed':
      return signed;
    case 'onboarding':
    case 'active':
      return [...signed, 'onboarding'];
    case 'rejected':
      if (cause === 'stalled') return ['qualified', 'agreement_sent'];
      return cause === 'competitor' ? ['qualified'] : [];
  }
}

const REASONS: Record<ApplicationMove['status'], readonly string[]> = {
  qualified: QUALIFY_REASONS,
  agreement_sent: AGREEMENT_REASONS,
  signed: SIGNED_REASONS,
  onboarding: HANDOVER_REASONS,
  rejected: [],
};

/** A manager takes a public-form application on when first moving it, or some a day or two after it came in. */
function claimDay(moves: readonly ApplicationMove[], day: number, random: DemoRandom): number | null {
  const claimed = moves[0]?.day ?? (random.chance(0.5) ? day + random.int(1, 2) : null);
  return claimed !== null && claimed < DEMO_LAST_DAY ? claimed : null;
}

/**
 * The last months' recruiting pipeline: applications through the public form and added by managers,
 * in every stage, some rejected with a reason, one sent twice by the same company, one from a company
 * that already is a partner; the signed ones become partners and start onboarding.
 */
export function planRecruiting(
  roster: readonly PartnerPlan[],
  count: number,
  random: DemoRandom,
  names: NameMaker,
): RecruitingStory {
  const fates = shuffledQuota(random, spreadQuota(FATE_WEIGHTS, count));
  const causes: RejectionCause[] = random.shuffle(['size', 'practice', 'competitor', 'stalled']);
  const applications: ApplicationPlan[] = [];
  const partners: LifecyclePartner[] = [];
  let address = 10;
  let rejections = 0;
  const plan = (fate: Fate): ApplicationPlan => {
    const cause = fate === 'rejected' ? causes[rejections++ % causes.length]! : 'practice';
    const home = random.pickWeighted(Object.keys(REGION_WEIGHTS) as Region[], (r) => REGION_WEIGHTS[r]);
    const country = random.pickWeighted(countriesIn(home), (c) => c.weight);
    const tiny = fate === 'rejected' && cause === 'size';
    const type: PartnerType = tiny ? 'referral' : random.pick(GOOD_FIT);
    const identity = names.partner(type, country);
    const [lo, hi] = PARTNER_EMPLOYEES[type];
    const statuses = statusesTo(fate, cause);
    if (fate === 'rejected') statuses.push('rejected');
    const gaps = statuses.map((status) => random.int(...GAPS[status]!));
    const activation = fate === 'active' ? random.int(...GAPS.active!) : 0;
    const total = gaps.reduce((sum, gap) => sum + gap, 0) + activation;
    const [first, last] =
      fate === 'applied'
        ? [DEMO_LAST_DAY - 21, DEMO_LAST_DAY - 2]
        : [FIRST_APPLICATION_DAY, DEMO_LAST_DAY - 3];
    const day = random.int(first, Math.max(first, last - total));
    const managerKey = teamFor('partner_manager', home)[0]!.key;
    const source: ApplicationSource =
      fate !== 'duplicate' && fate !== 'existing' && random.chance(0.4) ? 'manual' : 'public_form';
    const withSite = source === 'public_form' || random.chance(0.6);
    let moveDay = day;
    const moves = statuses.map((status, i): ApplicationMove => {
      moveDay += gaps[i]!;
      return {
        status,
        day: moveDay,
        minute: random.int(60, 480),
        reason: status === 'rejected' ? REJECTION_REASONS[cause] : random.pick(REASONS[status]),
      };
    });
    address += random.int(1, 9);
    const signed = moves.some((move) => move.status === 'signed');
    const application: ApplicationPlan = {
      key: `application:${applications.length}`,
      source,
      day,
      minute: random.int(0, 600),
      managerKey,
      clientAddress: `198.51.100.${address % 250}`,
      input: {
        companyName: identity.name,
        ...(withSite ? { website: `https://www.${identity.domain}` } : {}),
        country: country.code,
        type,
        regions: [home],
        specializations: random.sample(SPECIALIZATION_AFFINITY[type], tiny ? 1 : random.int(1, 2)),
        employees: tiny ? random.int(1, 3) : random.logInt(Math.max(lo, 10), Math.min(hi, 3000)),
        ...applicant(random, home, identity.domain),
        ...(random.chance(0.8) ? { message: random.pick(APPLICATION_MESSAGES) } : {}),
      },
      claimDay: source === 'manual' ? null : claimDay(moves, day, random),
      moves,
      partnerIndex: signed ? roster.length + partners.length : null,
    };
    if (signed) partners.push(convertedPartner(application, country, random, activation));
    return application;
  };
  for (const fate of fates) {
    if (fate === 'duplicate' || fate === 'existing') continue;
    applications.push(plan(fate));
  }
  // A company applying twice, and a partner's employee applying, need the earlier records to exist.
  if (fates.includes('duplicate')) {
    const open = applications.filter(
      (a) =>
        (a.moves.find((m) => m.status === 'signed' || m.status === 'rejected')?.day ?? DEMO_LAST_DAY) -
          a.day >
        12,
    );
    const original = open.length ? random.pick(open) : null;
    if (original) applications.push(duplicateOf(original, applications.length, random));
  }
  if (fates.includes('existing')) {
    const day = random.int(FIRST_APPLICATION_DAY, DEMO_LAST_DAY - 5);
    const known = roster.filter((p) => p.createdDay < day - 30 && p.finalStage !== 'prospect');
    if (known.length) applications.push(fromPartner(random.pick(known), day, applications.length, random));
  }
  applications.sort((a, b) => a.day - b.day || a.minute - b.minute);
  return { applications, partners };
}

function convertedPartner(
  application: ApplicationPlan,
  country: LifecyclePartner['country'],
  random: DemoRandom,
  activation: number,
): LifecyclePartner {
  const moveDay = (status: string) => application.moves.find((m) => m.status === status)?.day ?? null;
  const onboardingDay = moveDay('onboarding');
  const activeDay = onboardingDay !== null && activation ? onboardingDay + activation : null;
  const { input } = application;
  return {
    index: application.partnerIndex!,
    name: input.companyName,
    type: input.type,
    domain: input.contactEmail.split('@')[1]!,
    regions: input.regions,
    country,
    employees: input.employees,
    ownerKey: application.managerKey,
    contacts: [
      {
        name: input.contactName,
        email: input.contactEmail,
        phone: null,
        title: random.pick(CONTACT_TITLES),
        isPrimary: true,
      },
    ],
    finalStage: activeDay !== null ? 'active' : onboardingDay !== null ? 'onboarding' : 'recruited',
    onboardingDay,
    onboardingMinute: application.moves.find((m) => m.status === 'onboarding')?.minute ?? 0,
    activeDay,
    atRiskDay: null,
    recovered: false,
    churnDay: null,
    portalDay: null,
    fromApplication: true,
  };
}
