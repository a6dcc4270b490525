import {
  APPROVE_REASONS,
  DISPUTE_REASONS,
  EXTEND_REASONS,
  LOST_REASONS,
  OVERTURN_REASONS,
  REJECT_REASONS,
  UPHOLD_REASONS,
  WITHDRAW_REASONS,
  WON_REASONS,
} from './deal-words.js';
import { type DemoRandom, shuffledQuota, spreadQuota } from './demo-random.js';
import { type Kind, placeAny, REVIEW_KINDS, registration } from './registration-customers.js';
import {
  END,
  type Planner,
  type RegisteredDeal,
  type RegistrationFate,
  type RegistrationPlan,
  type RegistrationStep,
  step,
} from './registration-planner.js';
import { storyDate } from './story-time.js';

const FATE_WEIGHTS: Record<RegistrationFate, number> = {
  draft: 6,
  under_review: 8,
  approved: 16,
  rejected: 14,
  expired: 12,
  won: 17,
  lost: 10,
  withdrawn: 7,
  disputed: 4,
};

type Step = RegistrationStep;

const weighted = <K extends string>(random: DemoRandom, weights: Partial<Record<K, number>>): K =>
  random.pickWeighted(Object.keys(weights) as K[], (k) => weights[k]!);

/** Approved automatically or by a manager (now and then only after a dispute), then protected, co-sold and settled. */
function approvedPath(
  planner: Planner,
  fate: 'approved' | 'expired' | 'won' | 'lost',
): RegistrationPlan | null {
  const { random } = planner;
  const kind = weighted<Kind>(random, {
    domain: 40,
    new: 22,
    name: 6,
    big: 8,
    foreign: 12,
    fuzzy: 4,
    'direct-added': 8,
  });
  const review = REVIEW_KINDS.has(kind);
  const overturn = (kind === 'big' || kind === 'foreign') && random.chance(0.15);
  const offsets = review
    ? overturn
      ? [random.int(1, 3), random.int(1, 4), random.int(2, 5)]
      : [random.int(1, 3)]
    : [];
  const delay = offsets.reduce((sum, d) => sum + d, 0);
  const extend = (fate === 'approved' || fate === 'expired') && random.chance(0.25);
  const [aLo, aHi] =
    fate === 'approved'
      ? extend
        ? [END - 88, END - 62]
        : random.chance(0.4)
          ? [END - 59, END - 46]
          : [END - 59, END - 3]
      : fate === 'expired'
        ? [0, extend ? END - 105 : END - 75]
        : [0, END - 20];
  const settles = fate === 'won' || fate === 'lost';
  const fallback: Kind = review ? 'big' : 'new';
  const customer = placeAny(planner, [kind, fallback], aLo - delay, aHi - delay, {
    need: (outcome: RegistrationFate | null) => (settles ? outcome === fate : outcome === null),
    keepOpen: delay + (settles ? 12 : 0),
  });
  if (!customer) return null;
  const s = customer.day;
  const a = s + delay;
  const steps: Step[] = [];
  const reasonKind = customer.kind;
  if (review && !overturn)
    steps.push(
      step(planner, a, { kind: 'decide', outcome: 'approved', reason: APPROVE_REASONS[reasonKind]! }),
    );
  if (review && overturn) {
    const [r, d] = [s + offsets[0]!, s + offsets[0]! + offsets[1]!];
    steps.push(
      step(planner, r, { kind: 'decide', outcome: 'rejected', reason: REJECT_REASONS[reasonKind]! }),
    );
    steps.push(step(planner, d, { kind: 'dispute', reason: random.pick(DISPUTE_REASONS) }));
    steps.push(
      step(planner, a, { kind: 'resolve', outcome: 'overturn', reason: random.pick(OVERTURN_REASONS) }),
    );
  }
  const direct = customer.directDeal;
  const c = direct?.close ? direct.close.day : a + random.int(12, Math.min(150, END - 1 - a));
  let extendDay: number | null = null;
  if (extend) extendDay = a + random.int(50, 57);
  else if (settles && c - a > 58 && random.chance(0.4))
    extendDay = a + random.int(50, Math.min(57, c - a - 1));
  if (extendDay)
    steps.push(step(planner, extendDay, { kind: 'extend', reason: random.pick(EXTEND_REASONS) }));
  const deal: RegisteredDeal = {
    approvedDay: a,
    directKey: direct?.key ?? null,
    ownerKey: direct?.ownerKey ?? customer.ownerKey ?? customer.partner.managerKey,
    close:
      settles && !direct
        ? {
            day: c,
            minute: planner.minute(),
            outcome: fate,
            reason: random.pick(fate === 'won' ? WON_REASONS : LOST_REASONS),
          }
        : null,
    until: settles ? c - 1 : END,
    extendDay,
  };
  return registration(planner, customer, {
    fate,
    expect: review ? 'under_review' : 'approved',
    steps,
    deal,
    expectedClose: settles ? storyDate(c + random.int(-7, 7)) : storyDate(s + random.int(40, 160)),
  });
}

/** Rejected by the direct-pipeline rule or by a manager; some disputed, the dispute declined. */
function rejectedPath(planner: Planner): RegistrationPlan | null {
  const { random } = planner;
  const kind = weighted<Kind>(random, {
    'direct-same': 50,
    big: 10,
    foreign: 10,
    fuzzy: 10,
    'direct-added': 10,
  });
  const uphold = random.chance(0.2);
  const customer = placeAny(planner, [kind, 'big'], 0, END - 1 - (uphold ? 14 : 3));
  if (!customer) return null;
  const s = customer.day;
  const r = customer.kind === 'direct-same' ? 0 : random.int(1, 3);
  const d = r + random.int(1, 5);
  const u = d + random.int(2, 6);
  const steps: Step[] = [];
  if (customer.kind !== 'direct-same')
    steps.push(
      step(planner, s + r, { kind: 'decide', outcome: 'rejected', reason: REJECT_REASONS[customer.kind]! }),
    );
  if (uphold) {
    steps.push(step(planner, s + d, { kind: 'dispute', reason: random.pick(DISPUTE_REASONS) }));
    steps.push(
      step(planner, s + u, { kind: 'resolve', outcome: 'uphold', reason: random.pick(UPHOLD_REASONS) }),
    );
  }
  const expect = customer.kind === 'direct-same' ? 'rejected' : 'under_review';
  return registration(planner, customer, { fate: 'rejected', expect, steps, deal: null });
}

/** Disputed lately and not yet resolved: after a rejection, or while waiting for review. */
function disputedPath(planner: Planner): RegistrationPlan | null {
  const { random } = planner;
  const kind = weighted<Kind>(random, { 'direct-same': 50, big: 15, foreign: 15, 'direct-added': 20 });
  const customer = placeAny(planner, [kind, 'big'], END - 45, END - 9);
  if (!customer) return null;
  const s = customer.day;
  const rejectFirst = customer.kind === 'direct-same' || random.chance(0.5);
  const r = customer.kind === 'direct-same' ? 0 : random.int(1, 3);
  const d = rejectFirst ? r + random.int(1, 5) : random.int(3, 7);
  const steps: Step[] = [];
  if (rejectFirst && customer.kind !== 'direct-same')
    steps.push(
      step(planner, s + r, { kind: 'decide', outcome: 'rejected', reason: REJECT_REASONS[customer.kind]! }),
    );
  steps.push(step(planner, s + d, { kind: 'dispute', reason: random.pick(DISPUTE_REASONS) }));
  const expect = customer.kind === 'direct-same' ? 'rejected' : 'under_review';
  return registration(planner, customer, { fate: 'disputed', expect, steps, deal: null });
}

/** Withdrawn by the partner: a draft it gave up, one waiting for review, or an approved one. */
function withdrawnPath(planner: Planner): RegistrationPlan | null {
  const { random } = planner;
  const from = weighted(random, { draft: 30, under_review: 30, approved: 40 });
  const wait =
    from === 'approved' ? random.int(5, 45) : from === 'draft' ? random.int(2, 30) : random.int(2, 10);
  const kinds: Kind[] =
    from === 'under_review' ? ['big', 'foreign'] : [random.pick(['domain', 'new'] as const), 'new'];
  const customer = placeAny(planner, random.shuffle(kinds), 0, END - 1 - wait);
  if (!customer) return null;
  const s = customer.day;
  const w = s + wait;
  const reason = random.pick(WITHDRAW_REASONS);
  const steps = [step(planner, w, { kind: 'withdraw', reason })];
  let deal: RegisteredDeal | null = null;
  if (from === 'approved') {
    const closeDay = w + random.int(3, 20);
    deal = {
      approvedDay: s,
      directKey: null,
      ownerKey: customer.ownerKey ?? customer.partner.managerKey,
      close:
        closeDay < END && random.chance(0.5)
          ? {
              day: closeDay,
              minute: planner.minute(),
              outcome: 'lost',
              reason: `The partner withdrew its registration: ${reason}`,
            }
          : null,
      until: w - 1,
      extendDay: null,
    };
  }
  const expect = from === 'draft' ? 'draft' : from;
  return registration(planner, customer, { fate: 'withdrawn', expect, steps, deal });
}

/** Saved but not submitted: mostly recent, some abandoned long ago; some edited since. */
function draftPath(planner: Planner): RegistrationPlan | null {
  const { random } = planner;
  const kind = weighted<Kind>(random, { domain: 50, new: 35, name: 15 });
  const [lo, hi] = random.chance(0.8) ? [END - 80, END - 1] : [0, END - 81];
  const customer = placeAny(planner, [kind, 'new'], lo, hi);
  if (!customer) return null;
  const s = customer.day;
  const steps: Step[] = [];
  const e = s + random.int(1, 10);
  if (e < END && random.chance(0.5)) {
    const changes = random.pick([
      { expectedClose: storyDate(e + random.int(60, 150)) },
      { amountMinor: customer.money.amountMinor + 1_000_000 },
      { notes: 'Updated after the second meeting: the customer added a second business unit.' },
    ]);
    steps.push(step(planner, e, { kind: 'edit', changes }));
  }
  return registration(planner, customer, { fate: 'draft', expect: 'draft', steps, deal: null });
}

/** Waiting in the partner managers' review queue at the end of the story. */
function underReviewPath(planner: Planner): RegistrationPlan | null {
  const kind = weighted<Kind>(planner.random, { big: 35, foreign: 35, fuzzy: 10, 'direct-added': 20 });
  const customer = placeAny(planner, [kind, 'big'], END - 22, END - 1);
  if (!customer) return null;
  return registration(planner, customer, {
    fate: 'under_review',
    expect: 'under_review',
    steps: [],
    deal: null,
  });
}

const PATHS: Record<RegistrationFate, (planner: Planner) => RegistrationPlan | null> = {
  draft: draftPath,
  under_review: underReviewPath,
  approved: (p) => approvedPath(p, 'approved'),
  expired: (p) => approvedPath(p, 'expired'),
  won: (p) => approvedPath(p, 'won'),
  lost: (p) => approvedPath(p, 'lost'),
  rejected: rejectedPath,
  withdrawn: withdrawnPath,
  disputed: disputedPath,
};

/** Registrations whose story ends in each status, in shares of the count (each at least once). */
export function planRegistrationFates(planner: Planner, count: number): RegistrationPlan[] {
  if (count <= 0) return [];
  const fates = shuffledQuota(planner.random, spreadQuota(FATE_WEIGHTS, count));
  return fates.flatMap((fate) => PATHS[fate](planner) ?? []);
}
