import { addDealNote } from '../modules/deals/add-deal-note.js';
import { addDealPartner } from '../modules/deals/add-deal-partner.js';
import { addDealTask } from '../modules/deals/add-deal-task.js';
import { addTouchpoint } from '../modules/deals/add-touchpoint.js';
import { closeDeal } from '../modules/deals/close-deal.js';
import { completeDealTask } from '../modules/deals/complete-deal-task.js';
import { createDeal } from '../modules/deals/create-deal.js';
import { createPrivateOffer } from '../modules/deals/create-private-offer.js';
import { expireRegistrations } from '../modules/deals/expire-registrations.js';
import { createRuleSet } from '../modules/deals/rules/create-rule-set.js';
import { DEFAULT_RULE_SET_CONFIG, type RuleSetConfig } from '../modules/deals/rules/rule-set-config.js';
import { updateDeal } from '../modules/deals/update-deal.js';
import { updatePrivateOffer } from '../modules/deals/update-private-offer.js';
import type { Ctx } from '../platform/context.js';
import { DEMO_LAST_DAY, storyInstant } from './demo-clock.js';
import type { DemoEvent, DemoWorld } from './demo-world.js';
import type { CoSellAction, CoSellActor } from './plan-co-sell.js';
import type { DirectDealPlan } from './plan-deals.js';
import type { PartnerPlan } from './plan-partners.js';

/** The vendor's direct deals: opened by their rep, moved stage by stage, a partner brought in, closed. */
export function directDealEvents(
  deals: readonly DirectDealPlan[],
  partners: readonly PartnerPlan[],
): DemoEvent[] {
  return deals.flatMap((deal): DemoEvent[] => {
    const owner = (world: DemoWorld) => world.as(deal.ownerKey);
    const id = (world: DemoWorld) => world.dealId(deal.key);
    const events: DemoEvent[] = [
      {
        day: deal.day,
        minute: deal.minute,
        async run(world) {
          const created = await createDeal(owner(world), {
            accountId: world.accountId(deal.accountIndex),
            name: deal.name,
            amountMinor: deal.amountMinor,
            currency: deal.currency,
            stage: deal.stage,
            closeDate: deal.closeDate,
            ownerId: world.userId(deal.ownerKey),
            productLines: deal.productLines,
            externalIds: deal.externalIds,
          });
          world.rememberDeal(deal.key, created.id);
        },
      },
      ...deal.edits.map((edit) => ({
        day: edit.day,
        minute: edit.minute,
        run: (world: DemoWorld) =>
          updateDeal(owner(world), id(world), {
            ...(edit.stage ? { stage: edit.stage } : {}),
            ...(edit.closeDate ? { closeDate: edit.closeDate } : {}),
          }),
      })),
    ];
    const { partner, close } = deal;
    if (partner) {
      const managerKey = partners[partner.partnerIndex]!.ownerKey ?? 'admin';
      events.push({
        day: partner.day,
        minute: partner.minute,
        run: (world) =>
          addDealPartner(world.as(managerKey), id(world), {
            partnerId: world.partnerId(partner.partnerIndex),
            role: partner.role,
          }),
      });
    }
    if (close)
      events.push({
        day: close.day,
        minute: close.minute,
        run: (world) => closeDeal(owner(world), id(world), { outcome: close.outcome, reason: close.reason }),
      });
    return events;
  });
}

function actorCtx(world: DemoWorld, actor: CoSellActor): Ctx {
  return 'memberKey' in actor
    ? world.as(actor.memberKey)
    : world.asPartnerUser(actor.partnerIndex, actor.role);
}

function actorUserId(world: DemoWorld, actor: CoSellActor): string {
  return 'memberKey' in actor
    ? world.userId(actor.memberKey)
    : world.partnerUserId(actor.partnerIndex, actor.role);
}

/** Notes, tasks, touches, offers, stage moves and closes on the co-sell deals. */
export function coSellEvents(actions: readonly CoSellAction[]): DemoEvent[] {
  // Tasks and offers by their story key; filled as the story runs.
  const ids = new Map<string, string>();
  const idOf = (key: string) => {
    const id = ids.get(key);
    if (!id) throw new Error(`The demo story used ${key} before creating it`);
    return id;
  };
  const run = async (world: DemoWorld, action: CoSellAction): Promise<unknown> => {
    const dealId = world.dealId(action.dealKey);
    switch (action.kind) {
      case 'stage':
        return updateDeal(world.as(action.actor), dealId, { stage: action.stage });
      case 'close':
        return closeDeal(world.as(action.actor), dealId, { outcome: action.outcome, reason: action.reason });
      case 'note':
        return addDealNote(actorCtx(world, action.actor), dealId, {
          body: action.body,
          internal: action.internal,
        });
      case 'next-steps':
        return updateDeal(actorCtx(world, action.actor), dealId, { nextSteps: action.text });
      case 'touch':
        return addTouchpoint(actorCtx(world, action.actor), dealId, {
          ...('memberKey' in action.actor ? { partnerId: world.partnerId(action.partnerIndex) } : {}),
          kind: action.touch,
          note: action.note,
          occurredAt: storyInstant(action.occurredDay, 30).toISOString(),
        });
      case 'task': {
        const task = await addDealTask(actorCtx(world, action.actor), dealId, {
          title: action.title,
          assigneeId: actorUserId(world, action.assignee),
          dueDate: action.dueDate,
        });
        return ids.set(action.taskKey, task.id);
      }
      case 'task-done':
        return completeDealTask(actorCtx(world, action.actor), dealId, idOf(action.taskKey), { done: true });
      case 'offer': {
        const offer = await createPrivateOffer(world.as(action.actor), dealId, {
          marketplace: action.marketplace,
          listing: action.listing,
          priceMinor: action.priceMinor,
          currency: action.currency,
          terms: action.terms,
          durationMonths: action.durationMonths,
          expiresAt: storyInstant(action.expiresDay).toISOString(),
          ...(action.channelPartnerIndex !== null
            ? { channelPartnerId: world.partnerId(action.channelPartnerIndex) }
            : {}),
        });
        return ids.set(action.offerKey, offer.id);
      }
      case 'offer-status':
        return updatePrivateOffer(world.as(action.actor), dealId, idOf(action.offerKey), {
          status: action.status,
        });
    }
  };
  return actions.map((action) => ({
    day: action.day,
    minute: action.minute,
    run: (world) => run(world, action),
  }));
}

const TUNED_CONFIG: RuleSetConfig = {
  ...DEFAULT_RULE_SET_CONFIG,
  rules: DEFAULT_RULE_SET_CONFIG.rules.map((rule) =>
    rule.id === 'direct-opportunity' ? { ...rule, lookbackDays: 540 } : rule,
  ),
};

const PROPOSED_CONFIG: RuleSetConfig = {
  ...TUNED_CONFIG,
  rules: TUNED_CONFIG.rules.map((rule) => (rule.id === 'new-account' ? { ...rule, enabled: true } : rule)),
};

/** The program owner tunes the rules of engagement once, and later saves a proposal without switching to it. */
export function ruleSetEvents(): DemoEvent[] {
  return [
    {
      day: DEMO_LAST_DAY - 310,
      minute: 120,
      run: (world) =>
        createRuleSet(world.as('admin'), {
          name: 'Enterprise look-back',
          note: 'Enterprise sales cycles run 12 to 18 months: direct opportunities now count for 540 days instead of 365.',
          config: TUNED_CONFIG,
          activate: true,
        }),
    },
    {
      day: DEMO_LAST_DAY - 28,
      minute: 120,
      run: (world) =>
        createRuleSet(world.as('admin'), {
          name: 'Review new customers (proposal)',
          note: 'Proposal for next quarter: customers not yet in the CRM go to a partner manager. Not active yet.',
          config: PROPOSED_CONFIG,
          activate: false,
        }),
    },
  ];
}

/** The scheduled expiry sweep, run every two weeks of the story and once more at its very end. */
export function expirySweepEvents(firstDay: number): DemoEvent[] {
  const days: number[] = [];
  for (let day = Math.ceil(firstDay / 14) * 14; day < DEMO_LAST_DAY; day += 14) days.push(day);
  return [...days, DEMO_LAST_DAY].map((day) => ({
    day,
    minute: day === DEMO_LAST_DAY ? 840 : 700,
    run: (world) => expireRegistrations(world.as(null)),
  }));
}
