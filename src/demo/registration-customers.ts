import type { PartnerRole } from '../platform/actor.js';
import { localCurrency, PRODUCT_LINES, REGISTRATION_NOTES } from './deal-words.js';
import { COUNTRIES, countriesIn, type Region } from './geography.js';
import {
  type CustomerDescription,
  describeAccount,
  describeNewCompany,
  newCompany,
} from './plan-customers.js';
import { amountMinor, type DirectDealPlan, openUntil, pickLines } from './plan-deals.js';
import {
  END,
  type Planner,
  type PortalPartner,
  type RegisteredDeal,
  type RegistrationFate,
  type RegistrationPlan,
  type RegistrationStep,
} from './registration-planner.js';
import { storyDate } from './story-time.js';

/**
 * Why a registration is decided the way it is: the customer is an account described by domain, by name
 * (free-mail contact) or by a misspelt name; a company new to the vendor; too big for automatic
 * approval; quoted in a currency other than USD; or on an account where the vendor has a direct deal,
 * for the same product lines or adding one.
 */
export type Kind = 'domain' | 'name' | 'new' | 'big' | 'foreign' | 'fuzzy' | 'direct-same' | 'direct-added';

/** Kinds the rules send to a partner manager rather than deciding on their own. */
export const REVIEW_KINDS: ReadonlySet<Kind> = new Set(['big', 'foreign', 'fuzzy', 'direct-added']);

/** A registration's who, when and what, before its story is planned. */
export interface Customer {
  kind: Kind;
  partner: PortalPartner;
  registrarRole: PartnerRole;
  day: number;
  description: CustomerDescription;
  /** The sales rep owning the account, or null for a company new to the vendor or an unassigned account. */
  ownerKey: string | null;
  money: { amountMinor: number; currency: string };
  productLines: string[];
  directDeal?: DirectDealPlan;
}

const NON_USD = COUNTRIES.filter((c) => localCurrency(c.code) !== 'USD');
/** The shortest look-back of the story's rule sets: a direct deal this recent always counts. */
const LOOK_BACK_DAYS = 365;

function registrarRole(planner: Planner): PartnerRole {
  return planner.random.chance(0.7) ? 'partner_rep' : 'partner_admin';
}

function money(planner: Planner, kind: Kind, country: string | undefined) {
  const { random } = planner;
  if (kind === 'big') return { amountMinor: amountMinor(random, 260_000, 1_500_000), currency: 'USD' };
  if (kind === 'foreign')
    return { amountMinor: amountMinor(random, 15_000, 400_000), currency: localCurrency(country ?? 'DE') };
  return { amountMinor: amountMinor(random, 15_000, 240_000), currency: 'USD' };
}

function newCustomer(planner: Planner, partner: PortalPartner, foreign: boolean) {
  const { random } = planner;
  const home = partner.regions.flatMap((r) => countriesIn(r as Region));
  const countries = foreign ? NON_USD : random.chance(0.6) && home.length ? home : COUNTRIES;
  const company = newCompany(planner.names, countries, planner.book, random);
  return { description: describeNewCompany(company, random), ownerKey: null, country: company.country };
}

/** A customer of the kind for the partner on the day, or null when no unused account fits. */
export function customerFor(
  planner: Planner,
  kind: Kind,
  partner: PortalPartner,
  day: number,
): Customer | null {
  const { random } = planner;
  let found: { description: CustomerDescription; ownerKey: string | null; country: string } | null = null;
  const existing = (style: 'domain' | 'name' | 'fuzzy', foreign = false) => {
    const taken = planner.takeAccount(
      partner,
      day,
      style,
      (a) => !foreign || localCurrency(a.country) !== 'USD',
    );
    if (!taken) return null;
    const account = planner.accounts[taken.accountIndex]!;
    return { description: taken.description, ownerKey: account.ownerKey, country: account.country };
  };
  if (kind === 'domain' || kind === 'name' || kind === 'fuzzy') found = existing(kind);
  else if (kind === 'new') found = newCustomer(planner, partner, false);
  else if (kind === 'big')
    found = (random.chance(0.5) && existing('domain')) || newCustomer(planner, partner, false);
  else if (kind === 'foreign')
    found = (random.chance(0.6) && existing('domain', true)) || newCustomer(planner, partner, true);
  if (!found) return null;
  return {
    kind,
    partner,
    registrarRole: registrarRole(planner),
    day,
    description: found.description,
    ownerKey: found.ownerKey,
    money: money(planner, kind, found.country),
    productLines: pickLines(random, 2),
  };
}

/** Lines a registration on a direct deal names: some of the deal's own, or one the deal lacks. */
function linesOnDeal(planner: Planner, kind: Kind, deal: DirectDealPlan): string[] | null {
  const { random } = planner;
  if (kind === 'direct-same') {
    const picked = new Set(random.sample(deal.productLines, random.int(1, deal.productLines.length)));
    return deal.productLines.filter((line) => picked.has(line));
  }
  const missing = PRODUCT_LINES.filter((line) => !deal.productLines.includes(line));
  if (!missing.length) return null;
  const picked = new Set([
    random.pick(missing),
    ...(random.chance(0.5) ? [random.pick(deal.productLines)] : []),
  ]);
  return PRODUCT_LINES.filter((line) => picked.has(line));
}

/**
 * A registration of an account where the vendor already sells directly: `window` gives the days a deal
 * allows (open, created before, within the rules' look-back), or null for a deal that does not fit.
 */
export function directCustomer(
  planner: Planner,
  kind: Kind,
  lo: number,
  hi: number,
  window: (deal: DirectDealPlan) => [number, number] | null,
): Customer | null {
  const first = Math.min(...planner.portal.map((p) => p.start));
  const taken = planner.takeDirectDeal((deal) => {
    if (kind === 'direct-added' && deal.productLines.length === PRODUCT_LINES.length) return null;
    const days = window(deal);
    return days ? [Math.max(days[0], first, lo), Math.min(days[1], hi)] : null;
  });
  if (!taken) return null;
  const { deal } = taken;
  const spot = planner.partnerDay(
    taken.window[0],
    taken.window[1],
    deal.partner ? [deal.partner.partnerIndex] : [],
  );
  const account = planner.accounts[deal.accountIndex]!;
  const style = account.domain ? 'domain' : 'name';
  const description =
    spot && describeAccount(account, deal.accountIndex, style, planner.book, planner.random);
  const productLines = linesOnDeal(planner, kind, deal);
  if (!spot || !description || !productLines) return null;
  return {
    kind,
    partner: spot.partner,
    registrarRole: registrarRole(planner),
    day: spot.day,
    description,
    ownerKey: deal.ownerKey,
    money: money(planner, kind, account.country),
    productLines,
    directDeal: deal,
  };
}

/** The registration plan for a placed customer and its story. */
export function registration(
  planner: Planner,
  customer: Customer,
  story: {
    fate: RegistrationFate;
    expect: RegistrationPlan['expect'];
    steps: RegistrationStep[];
    deal: RegisteredDeal | null;
    expectedClose?: string;
  },
): RegistrationPlan {
  const { random } = planner;
  const { partner, day } = customer;
  return {
    key: 0,
    partnerIndex: partner.partnerIndex,
    registrarRole: customer.registrarRole,
    managerKey: partner.managerKey,
    day,
    minute: planner.minute(),
    input: {
      ...customer.description,
      productLines: customer.productLines,
      ...customer.money,
      expectedClose: story.expectedClose ?? storyDate(Math.min(day + random.int(40, 160), END + 200)),
      ...(random.chance(0.6) ? { notes: random.pick(REGISTRATION_NOTES) } : {}),
    },
    expect: story.expect,
    steps: story.steps.sort((a, b) => a.day - b.day || a.minute - b.minute),
    fate: story.fate,
    deal: story.deal,
  };
}

/** A customer of the kind with its partner and submission day in [lo, hi]; direct-deal kinds also need the deal open `keepOpen` days after. */
function place(
  planner: Planner,
  kind: Kind,
  lo: number,
  hi: number,
  direct: { need?: (close: RegistrationFate | null) => boolean; keepOpen?: number },
): Customer | null {
  if (kind === 'direct-same' || kind === 'direct-added') {
    return directCustomer(planner, kind, lo, hi, (deal) => {
      if (direct.need && !direct.need(deal.close?.outcome ?? null)) return null;
      const lastDay = Math.min(hi, openUntil(deal) - (direct.keepOpen ?? 0), deal.day + LOOK_BACK_DAYS);
      return [Math.max(lo, deal.day + 1), lastDay];
    });
  }
  const spot = planner.partnerDay(lo, hi);
  return spot ? customerFor(planner, kind, spot.partner, spot.day) : null;
}

/** Places the first of the kinds that fits (the later ones are fallbacks). */
export function placeAny(
  planner: Planner,
  kinds: Kind[],
  lo: number,
  hi: number,
  direct: { need?: (close: RegistrationFate | null) => boolean; keepOpen?: number } = {},
): Customer | null {
  for (const kind of kinds) {
    const customer = place(planner, kind, lo, hi, direct);
    if (customer) return customer;
  }
  return null;
}
