import { type Actor, isPartnerRole, type Role, VENDOR_ROLES } from './actor.js';
import { AppError } from './errors.js';

const ALL: readonly Role[] = [...VENDOR_ROLES, 'partner_admin', 'partner_rep'];
const VENDOR: readonly Role[] = VENDOR_ROLES;

/**
 * The single authorization table. Every route names one action; a role not listed is refused (403).
 * Object-level scoping is separate: a partner user's queries are always limited to its own partner
 * (see partnerScope), so another partner's record is simply not found.
 */
export const POLICY = {
  'session.self': ALL,
  'partners.read': ALL,
  'partners.create': ['admin', 'partner_manager'],
  'partners.update': ['admin', 'partner_manager', 'partner_admin'],
  'partners.delete': ['admin'],
  'partners.stage': ['admin', 'partner_manager'],
  'partners.fit.read': VENDOR,
  'contacts.read': ALL,
  'contacts.write': ['admin', 'partner_manager', 'partner_admin'],
  'accounts.read': VENDOR,
  'accounts.write': ['admin', 'partner_manager', 'sales_rep'],
  'accounts.delete': ['admin'],
  /** Bulk create and update from a CRM export. */
  'accounts.import': ['admin', 'partner_manager'],
  'ipp.read': VENDOR,
  'ipp.write': ['admin'],
  'users.read': ['admin', 'partner_manager', 'partner_admin'],
  'users.write': ['admin', 'partner_admin'],
  'apikeys.read': ALL,
  'apikeys.write': ALL,
  'audit.read': ['admin'],
  'events.read': ['admin'],
  'deals.read': ALL,
  'deals.write': ['admin', 'partner_manager', 'sales_rep'],
  'deals.collaborate': ALL,
  'registrations.read': ALL,
  'registrations.create': ['partner_admin', 'partner_rep'],
  'registrations.update': ['partner_admin', 'partner_rep'],
  'registrations.decide': ['admin', 'partner_manager'],
  'registrations.extend': ['admin', 'partner_manager', 'partner_admin', 'partner_rep'],
  'rulesets.read': VENDOR,
  'rulesets.write': ['admin'],
  'mapping.read': ALL,
  /** Program-wide views across partners (summary, an account's partners): the vendor's only. */
  'mapping.program.read': VENDOR,
  /** A partner's own uploaded list: the vendor sees partner records only through the overlap lists. */
  'mapping.list.read': ['partner_admin', 'partner_rep'],
  'mapping.import': ['admin', 'partner_manager', 'partner_admin'],
  'mapping.share': ['admin', 'partner_manager', 'partner_admin'],
  'mapping.refresh': ['admin', 'partner_manager', 'partner_admin'],
  /** Lifecycle health: the rules, each partner's assessment, and moving partners to and from at_risk. */
  'health.read': VENDOR,
  'health.write': ['admin'],
  'health.evaluate': ['admin', 'partner_manager'],
  'tiers.read': ALL,
  'tiers.write': ['admin'],
  'tiers.evaluate': ['admin', 'partner_manager'],
  'recruiting.read': VENDOR,
  'recruiting.write': ['admin', 'partner_manager'],
  /** A partner's own onboarding checklist (partner users), every partner's (vendor staff). */
  'onboarding.read': ALL,
  'onboarding.templates.read': VENDOR,
  'onboarding.manage': ['admin', 'partner_manager'],
  /** Ticking a manual onboarding step: the partner's admin or its managers at the vendor. */
  'onboarding.complete_step': ['admin', 'partner_manager', 'partner_admin'],
  /** Time to first revenue per partner and cohort. */
  'onboarding.metrics.read': VENDOR,
  /** Course catalogue, learning paths, and progress and certificates (scoped to whose they are). */
  'enablement.read': ALL,
  /** Enroll, complete lessons, take quizzes: partner users, in courses available to them. */
  'enablement.learn': ['partner_admin', 'partner_rep'],
  /** Course builder, quizzes and learning paths with their assignment. */
  'enablement.manage': ['admin', 'partner_manager'],
  /** A quiz's answer key: course authors only, never learners. */
  'enablement.author.read': ['admin', 'partner_manager'],
  /** Certification report and momentum across partners. */
  'enablement.report.read': ['admin', 'partner_manager'],
  /** Uploaded files: a partner user's own partner's, the vendor's for staff. */
  'files.read': ALL,
  'files.upload': ['admin', 'partner_manager', 'finance', 'partner_admin', 'partner_rep'],
  /** Campaign templates (read: those a partner may use) and partners' co-branded campaigns. */
  'marketing.read': ALL,
  'marketing.manage': ['admin', 'partner_manager'],
  /** Personalize and launch a co-branded campaign: the partner's users (or its managers for it). */
  'marketing.campaign.write': ['admin', 'partner_manager', 'partner_admin', 'partner_rep'],
  /** Leads: the vendor's pool and routing; a partner's users see the leads offered to or held by it. */
  'leads.read': ALL,
  'leads.write': ['admin', 'partner_manager', 'sales_rep'],
  'leads.import': ['admin', 'partner_manager'],
  'leads.route': ['admin', 'partner_manager'],
  'leads.routing.write': ['admin'],
  /** Accept, decline, convert a lead offered to one's own partner. */
  'leads.respond': ['partner_admin', 'partner_rep'],
  /** MDF: budgets and allocations are the vendor's; a partner sees its own allocation, requests, claims. */
  'mdf.read': ALL,
  'mdf.budget.write': ['admin', 'finance'],
  'mdf.allocate': ['admin', 'finance', 'partner_manager'],
  'mdf.request': ['partner_admin', 'partner_rep'],
  'mdf.approve': ['admin', 'partner_manager', 'finance'],
  'mdf.claim': ['partner_admin', 'partner_rep'],
  'mdf.claim.decide': ['admin', 'partner_manager', 'finance'],
  'mdf.pay': ['admin', 'finance'],
  /** Incentives: rules and payouts are the vendor's; statements are scoped to whose they are. */
  'incentives.read': ALL,
  'incentives.rules.write': ['admin', 'finance'],
  'incentives.manage': ['admin', 'finance'],
  /** Partner satisfaction surveys and engagement. */
  'surveys.read': ALL,
  'surveys.manage': ['admin', 'partner_manager'],
  'surveys.respond': ['partner_admin', 'partner_rep'],
  'surveys.report.read': VENDOR,
  /** A partner's scorecard: its own for partner users, every partner's for vendor staff. */
  'scorecard.read': ALL,
  /** Program-wide analytics: dashboard, attribution, benchmarks, predictions, forecast, stage. */
  'analytics.read': VENDOR,
  /** Retrain the prediction models and keep their evaluation. */
  'analytics.train': ['admin'],
  /** Co-innovation projects (joint solutions) and the program's saved SWOT. */
  'program.read': VENDOR,
  'program.write': ['admin', 'partner_manager'],
  'program.swot.write': ['admin'],
  /** Webhook subscriptions, their delivery log and redelivery. */
  'webhooks.read': ['admin'],
  'webhooks.write': ['admin'],
  /** CRM imports of accounts, contacts and opportunities, and exports of partner deals. */
  'integrations.import': ['admin', 'partner_manager'],
  'integrations.export': ['admin', 'partner_manager', 'finance'],
  /** Cloud co-sell exchange: export a deal in a provider's format, apply the provider's updates. */
  'cosell.exchange': ['admin', 'partner_manager', 'sales_rep'],
  'jobs.read': ['admin'],
  'jobs.run': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof POLICY;

/** Actions that only read; an API key needs the `write` scope for anything else. */
function isReadAction(action: Action): boolean {
  return action.endsWith('.read') || action === 'session.self';
}

export function can(actor: Actor, action: Action): boolean {
  if (actor.kind === 'system') return true;
  if (!(POLICY[action] as readonly Role[]).includes(actor.role)) return false;
  if (actor.scopes === null) return true;
  return actor.scopes.includes(isReadAction(action) ? 'read' : 'write');
}

/** Every action the actor may perform, so a client can show only what will be allowed. */
export function permittedActions(actor: Actor): Action[] {
  return (Object.keys(POLICY) as Action[]).filter((action) => can(actor, action));
}

export const ACTIONS = Object.keys(POLICY) as [Action, ...Action[]];

export function assertCan(actor: Actor, action: Action): void {
  if (!can(actor, action)) throw new AppError('forbidden', `Your role may not perform ${action}`);
}

/** The partner a user is confined to, or null for vendor users and the system. */
export function partnerScope(actor: Actor): string | null {
  return actor.kind === 'user' && isPartnerRole(actor.role) ? actor.partnerId : null;
}

export function isVendorActor(actor: Actor): boolean {
  return actor.kind === 'system' || !isPartnerRole(actor.role);
}

export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}
