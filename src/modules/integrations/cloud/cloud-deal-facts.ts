import type { Ctx } from '../../../platform/context.js';
import { getAccount } from '../../accounts/get-account.js';
import { getDeal } from '../../deals/get-deal.js';
import { getRegistration } from '../../deals/get-registration.js';

export const CLOUD_FORMATS = ['aws_partner_central', 'aws_ace_legacy', 'microsoft_partner_center'] as const;
export type CloudFormat = (typeof CLOUD_FORMATS)[number];

export const CLOUD_FORMAT_NAMES: Record<CloudFormat, string> = {
  aws_partner_central: 'AWS Partner Central',
  aws_ace_legacy: 'AWS ACE (legacy)',
  microsoft_partner_center: 'Microsoft Partner Center',
};

/** Everything a cloud co-sell payload is built from: the deal, its account, partner and registration. */
export interface CloudDealFacts {
  dealId: string;
  name: string;
  amountMinor: number;
  currency: string;
  stage: string;
  closeDate: string;
  nextSteps: string | null;
  productLines: string[];
  account: { name: string; domains: string[]; country: string | null; industry: string | null };
  partner: { name: string; role: string } | null;
  registration: {
    id: string;
    customerWebsite: string | null;
    customerCountry: string | null;
    contactName: string | null;
    contactEmail: string | null;
    contactTitle: string | null;
    notes: string | null;
  } | null;
}

/** Options a format needs that no deal holds: the vendor's ids in the provider's programs. */
export interface CloudExportOptions {
  /** Today (UTC date), for checks on the target close date. */
  today: string;
  /** The vendor's AWS SPMS id (legacy ACE files carry it). */
  spmsId?: string | undefined;
  /** The vendor's solution id in Microsoft's co-sell catalog. */
  solutionId?: string | undefined;
}

export interface MissingField {
  field: string;
  reason: string;
}

export interface CloudPayload {
  payload: Record<string, unknown>;
  missing: MissingField[];
}

const ROLE_ORDER = ['sourcing', 'influencing', 'fulfilling', 'technology'];

/** Reads the facts through the deals and accounts modules (vendor staff: whole deal, every partner). */
export async function loadCloudDealFacts(ctx: Ctx, dealId: string): Promise<CloudDealFacts> {
  const view = await getDeal(ctx, dealId);
  const { deal } = view;
  const account = await getAccount(ctx, deal.accountId);
  const partner = [...deal.partners].sort(
    (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role),
  )[0];
  const linked = view.registrations.find((r) => r.status === 'approved') ?? view.registrations[0];
  const registration = linked ? (await getRegistration(ctx, linked.id)).registration : null;
  return {
    dealId: deal.id,
    name: deal.name,
    amountMinor: deal.amountMinor,
    currency: deal.currency,
    stage: deal.stage,
    closeDate: deal.closeDate,
    nextSteps: deal.nextSteps,
    productLines: deal.productLines,
    account: {
      name: account.name,
      domains: account.domains,
      country: account.country,
      industry: account.industry,
    },
    partner: partner ? { name: partner.partnerName, role: partner.role } : null,
    registration: registration
      ? {
          id: registration.id,
          customerWebsite: registration.customerWebsite,
          customerCountry: registration.customerCountry,
          contactName: registration.contactName,
          contactEmail: registration.contactEmail,
          contactTitle: registration.contactTitle,
          notes: registration.notes,
        }
      : null,
  };
}

/** The customer's website as a URL: the registration's, else the account's first domain. */
export function customerWebsite(facts: CloudDealFacts): string | null {
  const site = facts.registration?.customerWebsite ?? facts.account.domains[0] ?? null;
  if (!site) return null;
  return /^https?:\/\//i.test(site) ? site : `https://${site}`;
}

/** The customer's country as an ISO alpha-2 code: the account's, else the registration's. */
export function customerCountry(facts: CloudDealFacts): string | null {
  return facts.account.country ?? facts.registration?.customerCountry ?? null;
}

/** "Dana Q. Smith" → { first: "Dana Q.", last: "Smith" }; a single word is the last name. */
export function splitName(name: string | null): { first: string | null; last: string | null } {
  const parts = (name ?? '').trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { first: null, last: null };
  if (parts.length === 1) return { first: null, last: parts[0]! };
  return { first: parts.slice(0, -1).join(' '), last: parts[parts.length - 1]! };
}

/** The business problem text: the registration's notes, else the deal's next steps. */
export function customerProblem(facts: CloudDealFacts): string | null {
  return facts.registration?.notes?.trim() || facts.nextSteps?.trim() || null;
}

/** Major units as a decimal string, e.g. 1250000 minor USD → "12500.00". */
export function majorAmount(amountMinor: number, digits: number): string {
  return digits === 0 ? String(amountMinor) : (amountMinor / 10 ** digits).toFixed(digits);
}
