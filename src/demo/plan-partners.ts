import type { PartnerStage, PartnerType } from '../modules/partners/partners.schemas.js';
import type { CompanyIdentity, NameMaker } from './company-names.js';
import {
  PARTNER_EMPLOYEES,
  PARTNER_TYPE_LABELS,
  SPECIALIZATION_AFFINITY,
  SPECIALIZATION_LABELS,
  SPECIALIZATIONS,
} from './company-words.js';
import { type DemoRandom, shuffledQuota, spreadQuota } from './demo-random.js';
import { teamFor } from './demo-team.js';
import { type Country, countriesIn, type Region } from './geography.js';
import { type ContactPlan, planContacts } from './plan-contacts.js';
import { planStagePath, type StageMove } from './plan-stage-path.js';

export interface PartnerPlan extends CompanyIdentity {
  domain: string;
  type: PartnerType;
  finalStage: PartnerStage;
  country: Country;
  regions: Region[];
  specializations: string[];
  employees: number;
  description: string;
  /** Key of the partner manager who owns it (see DEMO_TEAM); null for an unassigned prospect. */
  ownerKey: string | null;
  createdDay: number;
  createdMinute: number;
  moves: (StageMove & { minute: number })[];
  contacts: ContactPlan[];
}

const TYPE_WEIGHTS: Record<PartnerType, number> = {
  reseller: 14,
  si: 14,
  msp: 10,
  isv: 10,
  referral: 6,
  cloud_marketplace: 6,
};
const REGION_WEIGHTS: Record<Region, number> = { NA: 22, EMEA: 18, APAC: 11, LATAM: 9 };
const STAGE_WEIGHTS: Record<PartnerStage, number> = {
  active: 32,
  onboarding: 7,
  at_risk: 6,
  churned: 6,
  prospect: 5,
  recruited: 4,
};

function planSpecializations(type: PartnerType, random: DemoRandom): string[] {
  const picked = new Set(random.sample(SPECIALIZATION_AFFINITY[type], random.int(1, 2)));
  if (random.chance(0.35)) picked.add(random.pick(SPECIALIZATIONS));
  return SPECIALIZATIONS.filter((s) => picked.has(s));
}

function planRegions(home: Region, employees: number, random: DemoRandom): Region[] {
  const others = (Object.keys(REGION_WEIGHTS) as Region[]).filter((r) => r !== home);
  return employees >= 500 && random.chance(0.5) ? [home, random.pick(others)] : [home];
}

function describe(type: PartnerType, country: Country, specializations: string[]): string {
  const practices = specializations.map((s) => SPECIALIZATION_LABELS[s] ?? s).join(', ');
  return `${PARTNER_TYPE_LABELS[type]} based in ${country.name}, with practices in ${practices}.`;
}

/** The partner roster: exact shares of types, regions and final stages, dealt out in random order. */
export function planPartners(count: number, random: DemoRandom, names: NameMaker): PartnerPlan[] {
  const types = shuffledQuota(random, spreadQuota(TYPE_WEIGHTS, count));
  const regions = shuffledQuota(random, spreadQuota(REGION_WEIGHTS, count));
  const stages = shuffledQuota(random, spreadQuota(STAGE_WEIGHTS, count));
  return types.map((type, i) => {
    const home = regions[i]!;
    const finalStage = stages[i]!;
    const country = random.pickWeighted(countriesIn(home), (c) => c.weight);
    const identity = names.partner(type, country);
    const employees = random.logInt(...PARTNER_EMPLOYEES[type]);
    const specializations = planSpecializations(type, random);
    const manager = teamFor('partner_manager', home)[0];
    const path = planStagePath(finalStage, random);
    const engaged = finalStage === 'active' || finalStage === 'at_risk';
    return {
      ...identity,
      type,
      finalStage,
      country,
      regions: planRegions(home, employees, random),
      specializations,
      employees,
      description: describe(type, country, specializations),
      ownerKey: finalStage === 'prospect' && random.chance(0.4) ? null : (manager?.key ?? null),
      createdDay: path.createdDay,
      createdMinute: random.int(0, 480),
      moves: path.moves.map((move) => ({ ...move, minute: random.int(0, 480) })),
      contacts: planContacts(
        engaged ? random.int(2, 3) : random.int(1, 3),
        home,
        country,
        identity.domain,
        random,
      ),
    };
  });
}
