import type { DealPartnerRole, UpdateDealInput } from '../modules/deals/deals.schemas.js';
import type { PartnerType } from '../modules/partners/partners.schemas.js';
import { DEAL_KINDS, LOST_REASONS, localCurrency, PRODUCT_LINES, WON_REASONS } from './deal-words.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import { teamFor } from './demo-team.js';
import { COUNTRIES, type Region } from './geography.js';
import type { AccountPlan } from './plan-accounts.js';
import type { PartnerPlan } from './plan-partners.js';
import { storyDate } from './story-time.js';

/** A stage a deal can be edited to; closing is its own operation. */
export type OpenStage = NonNullable<UpdateDealInput['stage']>;

export interface DealClose {
  day: number;
  minute: number;
  outcome: 'won' | 'lost';
  reason: string;
}

/** A step of a deal's life as its owner edits it: a stage move, or a slipped close date. */
export interface DealEdit {
  day: number;
  minute: number;
  stage?: OpenStage;
  closeDate?: string;
}

/** The vendor's own (direct) opportunity on a demo account. */
export interface DirectDealPlan {
  key: string;
  accountIndex: number;
  /** The sales rep who owns and works it. */
  ownerKey: string;
  name: string;
  amountMinor: number;
  currency: string;
  productLines: string[];
  externalIds: { salesforce?: string };
  day: number;
  minute: number;
  stage: OpenStage;
  closeDate: string;
  edits: DealEdit[];
  close: DealClose | null;
  /** A partner the partner manager brought onto the deal, if any. */
  partner: { partnerIndex: number; role: DealPartnerRole; day: number; minute: number } | null;
}

const OPEN_PATH: OpenStage[] = ['prospecting', 'qualification', 'proposal', 'negotiation'];
const ROLE_BY_TYPE: Record<PartnerType, DealPartnerRole> = {
  si: 'influencing',
  referral: 'influencing',
  reseller: 'fulfilling',
  msp: 'fulfilling',
  cloud_marketplace: 'fulfilling',
  isv: 'technology',
};
const ID_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function regionOf(country: string): Region {
  return COUNTRIES.find((c) => c.code === country)?.region ?? 'NA';
}

/** The day a partner became active, or null if it never did. */
export function activeSince(partner: PartnerPlan): number | null {
  if (partner.finalStage !== 'active' && partner.finalStage !== 'at_risk') return null;
  return partner.moves.find((move) => move.stage === 'active')?.day ?? null;
}

/** A round amount in minor units, between min and max major units on a log scale. */
export function amountMinor(random: DemoRandom, min: number, max: number): number {
  const major = random.logInt(min, max);
  const step = major >= 100_000 ? 5_000 : 1_000;
  return Math.max(step, Math.round(major / step) * step) * 100;
}

export function pickLines(random: DemoRandom, most = 3): string[] {
  const count = random.pickWeighted([1, 2, 3].slice(0, most), (n) => (n === 1 ? 5 : n === 2 ? 3 : 1));
  const picked = new Set(random.sample(PRODUCT_LINES, count));
  return PRODUCT_LINES.filter((line) => picked.has(line));
}

function salesforceOpportunityId(random: DemoRandom): string {
  let id = '006';
  while (id.length < 15) id += ID_CHARS[random.int(0, ID_CHARS.length - 1)];
  return id;
}

/** Stage moves spread over the days between opening and `until`, up to `last`. */
function stageEdits(
  random: DemoRandom,
  from: OpenStage,
  last: OpenStage,
  day: number,
  until: number,
): DealEdit[] {
  const start = OPEN_PATH.indexOf(from);
  const stages = OPEN_PATH.slice(start + 1, OPEN_PATH.indexOf(last) + 1);
  const span = until - day;
  if (span < stages.length + 1) return [];
  return stages.map((stage, i) => ({
    day: day + Math.round(((i + 1) * span) / (stages.length + 1)),
    minute: random.int(60, 540),
    stage,
  }));
}

/** A partner, active on that day and working in the account's region if possible, to bring onto the deal. */
function coSellPartner(random: DemoRandom, partners: readonly PartnerPlan[], region: Region, day: number) {
  const active = partners
    .map((partner, partnerIndex) => ({ partner, partnerIndex, since: activeSince(partner) }))
    .filter((p) => p.since !== null && p.since < day && p.partner.ownerKey);
  const local = active.filter((p) => p.partner.regions.includes(region));
  const pool = local.length ? local : active;
  if (!pool.length) return null;
  const { partner, partnerIndex } = random.pick(pool);
  return { partnerIndex, role: ROLE_BY_TYPE[partner.type] };
}

/**
 * The vendor's own pipeline: one direct opportunity on each of a share of the accounts, opened through
 * the story (more of them lately), moved stage by stage, and mostly closed when their close date came.
 */
export function planDirectDeals(
  count: number,
  accounts: readonly AccountPlan[],
  partners: readonly PartnerPlan[],
  random: DemoRandom,
): DirectDealPlan[] {
  const chosen = random.sample(
    accounts.map((_, i) => i).filter((i) => accounts[i]!.day < DEMO_LAST_DAY - 30),
    count,
  );
  const deals = chosen.map((accountIndex): DirectDealPlan => {
    const account = accounts[accountIndex]!;
    const region = regionOf(account.country);
    const ownerKey = account.ownerKey ?? random.pick(teamFor('sales_rep', region)).key;
    const first = Math.max(account.day + 3, 20);
    const day = first + Math.floor((DEMO_LAST_DAY - 10 - first) * Math.sqrt(random.next()));
    const cycle = random.int(45, 200);
    const due = day + cycle;
    const stage: OpenStage = random.chance(0.6) ? 'prospecting' : 'qualification';
    const lines = pickLines(random);
    const edits: DealEdit[] = [];
    let close: DealClose | null = null;
    if (due + 10 < DEMO_LAST_DAY) {
      const won = random.chance(0.55);
      const closeDay = Math.min(DEMO_LAST_DAY - 1, due + random.int(-10, 12));
      const last = won ? 'negotiation' : random.pick(OPEN_PATH.slice(OPEN_PATH.indexOf(stage)));
      edits.push(...stageEdits(random, stage, last, day, closeDay));
      close = {
        day: closeDay,
        minute: random.int(120, 600),
        outcome: won ? 'won' : 'lost',
        reason: random.pick(won ? WON_REASONS : LOST_REASONS),
      };
    } else {
      const progress = (DEMO_LAST_DAY - day) / cycle;
      const reached = OPEN_PATH[Math.min(3, Math.max(OPEN_PATH.indexOf(stage), Math.floor(progress * 4)))]!;
      edits.push(...stageEdits(random, stage, reached, day, DEMO_LAST_DAY - 1));
      if (due < DEMO_LAST_DAY + 5 && random.chance(0.5)) {
        // A slipping deal: the rep pushes the close date out.
        edits.push({
          day: DEMO_LAST_DAY - random.int(1, 8),
          minute: 30,
          closeDate: storyDate(due + random.int(30, 75)),
        });
      }
    }
    const kind = random.pick(DEAL_KINDS);
    const partnerDay = day + random.int(5, 30);
    const partner =
      random.chance(0.25) && partnerDay < (close?.day ?? DEMO_LAST_DAY) - 3
        ? coSellPartner(random, partners, region, partnerDay)
        : null;
    return {
      key: '',
      accountIndex,
      ownerKey,
      name: `${account.name} — ${lines[0]} ${kind}`,
      amountMinor: amountMinor(random, 12_000, 900_000),
      currency:
        localCurrency(account.country) === 'USD' || random.chance(0.4)
          ? 'USD'
          : localCurrency(account.country),
      productLines: lines,
      externalIds: random.chance(0.5) ? { salesforce: salesforceOpportunityId(random) } : {},
      day,
      minute: random.int(60, 600),
      stage,
      closeDate: storyDate(due),
      edits: edits.sort((a, b) => a.day - b.day || a.minute - b.minute),
      close,
      partner: partner ? { ...partner, day: partnerDay, minute: random.int(60, 600) } : null,
    };
  });
  deals.sort((a, b) => a.day - b.day || a.minute - b.minute);
  return deals.map((deal, i) => ({ ...deal, key: `direct:${i}` }));
}

/** The last day a deal is open: the day before it closes, or the end of the story. */
export function openUntil(deal: { close: DealClose | null }): number {
  return deal.close ? deal.close.day - 1 : DEMO_LAST_DAY;
}
