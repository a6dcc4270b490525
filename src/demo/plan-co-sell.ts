import type { PrivateOfferStatus, TouchpointKind } from '../modules/deals/co-sell.schemas.js';
import type { PartnerRole } from '../platform/actor.js';
import {
  INTERNAL_NOTES,
  LISTINGS,
  NEXT_STEPS,
  OFFER_TERMS,
  PARTNER_NOTES,
  TASK_TITLES,
  TOUCH_NOTES,
  VENDOR_NOTES,
} from './deal-words.js';
import type { DemoRandom } from './demo-random.js';
import { type DirectDealPlan, type OpenStage, openUntil } from './plan-deals.js';
import type { PartnerPlan } from './plan-partners.js';
import type { RegistrationPlan } from './registration-planner.js';
import { storyDate } from './story-time.js';

/** A vendor team member by key, or a partner's portal user. */
export type CoSellActor = { memberKey: string } | { partnerIndex: number; role: PartnerRole };

export type CoSellAction = { day: number; minute: number; dealKey: string } & (
  | { kind: 'stage'; actor: string; stage: OpenStage }
  | { kind: 'close'; actor: string; outcome: 'won' | 'lost'; reason: string }
  | { kind: 'note'; actor: CoSellActor; body: string; internal: boolean }
  | {
      kind: 'task';
      actor: CoSellActor;
      taskKey: string;
      title: string;
      assignee: CoSellActor;
      dueDate: string;
    }
  | { kind: 'task-done'; actor: CoSellActor; taskKey: string }
  | {
      kind: 'touch';
      actor: CoSellActor;
      partnerIndex: number;
      touch: TouchpointKind;
      note: string;
      occurredDay: number;
    }
  | { kind: 'next-steps'; actor: CoSellActor; text: string }
  | {
      kind: 'offer';
      actor: string;
      offerKey: string;
      marketplace: 'aws' | 'azure' | 'gcp';
      listing: string;
      priceMinor: number;
      currency: string;
      terms: string;
      durationMonths: number;
      expiresDay: number;
      channelPartnerIndex: number | null;
    }
  | { kind: 'offer-status'; actor: string; offerKey: string; status: PrivateOfferStatus }
);

type Body = CoSellAction extends infer A
  ? A extends CoSellAction
    ? Omit<A, 'day' | 'minute' | 'dealKey'>
    : never
  : never;

const TOUCH_KINDS: TouchpointKind[] = [
  'meeting',
  'demo',
  'technical_validation',
  'proposal_support',
  'co_sell_call',
];
const OFFER_DAYS = 60;

interface DealStory {
  dealKey: string;
  /** First and last day of co-selling. */
  from: number;
  until: number;
  ownerKey: string;
  productLines: string[];
  amountMinor: number;
  currency: string;
  close: { day: number; outcome: 'won' | 'lost' } | null;
}

function planner(random: DemoRandom, actions: CoSellAction[]) {
  let serial = 0;
  const add = (dealKey: string, day: number, body: Body) =>
    actions.push({ day, minute: random.int(60, 600), dealKey, ...body } as CoSellAction);
  const dayIn = (story: DealStory, lo = story.from, hi = story.until) =>
    random.int(Math.max(lo, story.from), Math.min(hi, story.until));
  const touch = (story: DealStory, actor: CoSellActor, partnerIndex: number, day: number) => {
    const kind = random.pick(TOUCH_KINDS);
    add(story.dealKey, day, {
      kind: 'touch',
      actor,
      partnerIndex,
      touch: kind,
      note: random.pick(TOUCH_NOTES[kind]!),
      occurredDay: Math.max(story.from, day - random.int(0, 2)),
    });
  };
  /** A marketplace private offer drafted by the owner and moved along as the deal goes. */
  const offer = (story: DealStory, channelPartnerIndex: number | null) => {
    const o = dayIn(story, story.from + 3, story.until - 4);
    const offerKey = `offer:${serial++}`;
    const share = random.int(85, 100) / 100;
    add(story.dealKey, o, {
      kind: 'offer',
      actor: story.ownerKey,
      offerKey,
      marketplace: random.pickWeighted(['aws', 'azure', 'gcp'] as const, (m) =>
        m === 'aws' ? 5 : m === 'azure' ? 3 : 2,
      ),
      listing: LISTINGS[story.productLines[0]!]!,
      priceMinor: Math.round((story.amountMinor * share) / 100) * 100,
      currency: story.currency,
      terms: random.pick(OFFER_TERMS),
      durationMonths: random.pick([12, 24, 36]),
      expiresDay: o + OFFER_DAYS,
      channelPartnerIndex,
    });
    const status = (day: number, to: PrivateOfferStatus) =>
      add(story.dealKey, day, { kind: 'offer-status', actor: story.ownerKey, offerKey, status: to });
    if (random.chance(0.15)) return; // still a draft
    status(o + 2, 'sent');
    const end = story.close ? story.close.day - 1 : story.until;
    if (story.close?.outcome === 'won' && end > o + 2 && end < o + OFFER_DAYS) status(end, 'accepted');
    else if (story.close?.outcome === 'lost' && end > o + 2) status(end, 'cancelled');
    else if (!story.close && o + OFFER_DAYS + 1 <= story.until) status(o + OFFER_DAYS + 1, 'expired');
  };
  const task = (story: DealStory, creator: CoSellActor, assignee: CoSellActor, doneBy: CoSellActor) => {
    const day = dayIn(story, story.from, story.until - 2);
    const taskKey = `task:${serial++}`;
    add(story.dealKey, day, {
      kind: 'task',
      actor: creator,
      taskKey,
      title: random.pick(TASK_TITLES),
      assignee,
      dueDate: storyDate(day + 14),
    });
    const done = day + random.int(3, 12);
    if (done <= story.until && random.chance(0.6))
      add(story.dealKey, done, { kind: 'task-done', actor: doneBy, taskKey });
  };
  return { add, dayIn, touch, offer, task };
}

/** Co-selling on the deal an approved registration opened or joined: touches, notes, tasks, offers, stages, close. */
function registrationDeal(
  plan: RegistrationPlan,
  partners: readonly PartnerPlan[],
  p: ReturnType<typeof planner>,
  random: DemoRandom,
) {
  const deal = plan.deal!;
  const story: DealStory = {
    dealKey: `registration:${plan.key}`,
    from: deal.approvedDay + 1,
    until: deal.until,
    ownerKey: deal.ownerKey,
    productLines: plan.input.productLines,
    amountMinor: plan.input.amountMinor,
    currency: plan.input.currency,
    close: deal.close,
  };
  const rep: CoSellActor = { partnerIndex: plan.partnerIndex, role: 'partner_rep' };
  const admin: CoSellActor = { partnerIndex: plan.partnerIndex, role: 'partner_admin' };
  const owner: CoSellActor = { memberKey: deal.ownerKey };
  const span = story.until - story.from;
  if (!deal.directKey && span >= 20) {
    p.add(story.dealKey, story.from + Math.round(span * 0.35), {
      kind: 'stage',
      actor: deal.ownerKey,
      stage: 'proposal',
    });
    if (deal.close?.outcome === 'won' || (span >= 60 && random.chance(0.5)))
      p.add(story.dealKey, story.from + Math.round(span * 0.75), {
        kind: 'stage',
        actor: deal.ownerKey,
        stage: 'negotiation',
      });
  }
  if (deal.close)
    p.add(story.dealKey, deal.close.day, {
      kind: 'close',
      actor: deal.ownerKey,
      outcome: deal.close.outcome,
      reason: deal.close.reason,
    });
  if (deal.extendDay) p.touch(story, rep, plan.partnerIndex, deal.extendDay - random.int(1, 3));
  if (span < 3) return;
  for (let i = span >= 10 ? random.int(1, 3) : 1; i > 0; i--)
    p.touch(story, rep, plan.partnerIndex, p.dayIn(story));
  if (random.chance(0.6))
    p.add(story.dealKey, p.dayIn(story), {
      kind: 'note',
      actor: rep,
      body: random.pick(PARTNER_NOTES),
      internal: false,
    });
  if (random.chance(0.3))
    p.add(story.dealKey, p.dayIn(story), {
      kind: 'note',
      actor: owner,
      body: random.pick(VENDOR_NOTES),
      internal: false,
    });
  if (random.chance(0.25))
    p.add(story.dealKey, p.dayIn(story), {
      kind: 'note',
      actor: owner,
      body: random.pick(INTERNAL_NOTES),
      internal: true,
    });
  if (span >= 10 && random.chance(0.45)) p.task(story, owner, rep, rep);
  if (random.chance(0.3))
    p.add(story.dealKey, p.dayIn(story), { kind: 'next-steps', actor: admin, text: random.pick(NEXT_STEPS) });
  if (!deal.directKey && span >= 20 && random.chance(0.15)) {
    const type = partners[plan.partnerIndex]!.type;
    const channel = (type === 'cloud_marketplace' || type === 'reseller') && random.chance(0.7);
    p.offer(story, channel ? plan.partnerIndex : null);
  }
}

/** The vendor's own deals: the rep's notes and tasks, a partner's touches when one was brought in, and offers. */
function directDeal(
  deal: DirectDealPlan,
  partners: readonly PartnerPlan[],
  p: ReturnType<typeof planner>,
  random: DemoRandom,
) {
  const story: DealStory = {
    dealKey: deal.key,
    from: deal.day + 1,
    until: openUntil(deal) - 1,
    ownerKey: deal.ownerKey,
    productLines: deal.productLines,
    amountMinor: deal.amountMinor,
    currency: deal.currency,
    close: deal.close,
  };
  const owner: CoSellActor = { memberKey: deal.ownerKey };
  if (story.until - story.from < 8) return;
  if (deal.partner) {
    const partnerStory = { ...story, from: deal.partner.day + 1 };
    if (partnerStory.until - partnerStory.from < 4) return;
    for (let i = random.int(1, 2); i > 0; i--)
      p.touch(partnerStory, owner, deal.partner.partnerIndex, p.dayIn(partnerStory));
    if (random.chance(0.5))
      p.add(story.dealKey, p.dayIn(partnerStory), {
        kind: 'note',
        actor: owner,
        body: random.pick(VENDOR_NOTES),
        internal: false,
      });
    const type = partners[deal.partner.partnerIndex]!.type;
    if (partnerStory.until - partnerStory.from >= 12 && (type === 'cloud_marketplace' || random.chance(0.2)))
      p.offer(
        partnerStory,
        type === 'cloud_marketplace' || type === 'reseller' ? deal.partner.partnerIndex : null,
      );
    return;
  }
  if (random.chance(0.25))
    p.add(story.dealKey, p.dayIn(story), {
      kind: 'note',
      actor: owner,
      body: random.pick(VENDOR_NOTES),
      internal: random.chance(0.4),
    });
  if (story.until - story.from >= 10 && random.chance(0.2)) p.task(story, owner, owner, owner);
  if (story.until - story.from >= 12 && random.chance(0.08)) p.offer(story, null);
}

/** Everything that happens on co-sell deals besides the registrations themselves, in story order. */
export function planCoSell(
  registrations: readonly RegistrationPlan[],
  directDeals: readonly DirectDealPlan[],
  partners: readonly PartnerPlan[],
  random: DemoRandom,
): CoSellAction[] {
  const actions: CoSellAction[] = [];
  const p = planner(random, actions);
  for (const plan of registrations) if (plan.deal) registrationDeal(plan, partners, p, random);
  for (const deal of directDeals) directDeal(deal, partners, p, random);
  return actions;
}
