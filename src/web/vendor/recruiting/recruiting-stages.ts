import type { Schemas } from '../../shared/api/client';

export type Application = Schemas['PartnerApplication'];
export type ApplicationStatus = Application['status'];

/** The board's columns, in pipeline order; rejected applications are listed apart. */
export const BOARD_STAGES = ['applied', 'qualified', 'agreement_sent', 'signed', 'onboarding'] as const;
export type BoardStage = (typeof BOARD_STAGES)[number];

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [...BOARD_STAGES, 'rejected'];

const LABELS: Record<ApplicationStatus, string> = {
  applied: 'Applied',
  qualified: 'Qualified',
  agreement_sent: 'Agreement sent',
  signed: 'Signed',
  onboarding: 'Onboarding',
  rejected: 'Rejected',
};

export const APPLICATION_STATUS_COLORS: Record<ApplicationStatus, string> = {
  applied: 'gray',
  qualified: 'blue',
  agreement_sent: 'violet',
  signed: 'teal',
  onboarding: 'cyan',
  rejected: 'red',
};

/** What each stage means, for column headers and move buttons. */
export const STAGE_HINTS: Record<ApplicationStatus, string> = {
  applied: 'New applications and prospects added by hand',
  qualified: 'Worth pursuing: fit and intent confirmed',
  agreement_sent: 'Partner agreement out for signature',
  signed: 'Agreement signed: now a partner (recruited)',
  onboarding: 'Onboarding checklist under way',
  rejected: 'Not a fit, with the reason kept',
};

export const applicationStatusLabel = (status: string) => LABELS[status as ApplicationStatus] ?? status;

/** A stage an application can be moved forward to. */
export type ForwardStage = Exclude<ApplicationStatus, 'applied' | 'rejected'>;

/** The next stage forward from here, if any (rejecting is offered apart). */
export function forwardStage(application: Pick<Application, 'nextStatuses'>): ForwardStage | null {
  const next = application.nextStatuses.find((s) => s !== 'rejected' && s !== 'applied');
  return (next as ForwardStage | undefined) ?? null;
}

export const canReject = (application: Pick<Application, 'nextStatuses'>) =>
  application.nextStatuses.includes('rejected');

/** Moves that need a second look: signing creates a partner, onboarding starts its checklist. */
export function moveConsequence(to: ApplicationStatus, companyName: string): string | null {
  if (to === 'signed')
    return `Signing makes ${companyName} a partner (stage recruited), with the applicant as its primary contact.`;
  if (to === 'onboarding')
    return `${companyName} enters onboarding: its partner stage changes and its onboarding checklist starts.`;
  return null;
}

const DAY_MS = 86_400_000;

/** Whole days from an instant to now (never negative). */
export function daysSince(iso: string, now: number = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / DAY_MS));
}

/** A card's age line: how long ago it was added, and how long it has been in its stage. */
export function ageText(addedDays: number, inStageDays: number): string {
  const added = addedDays < 1 ? 'Added today' : `Added ${ageLabel(addedDays)} ago`;
  const inStage = inStageDays < 1 ? 'moved today' : `${ageLabel(inStageDays)} in stage`;
  return addedDays < 1 ? added : `${added} · ${inStage}`;
}

/** A short age such as "today", "3d", "5w" or "4mo". */
export function ageLabel(days: number): string {
  if (days < 1) return 'today';
  if (days < 14) return `${days}d`;
  if (days < 60) return `${Math.floor(days / 7)}w`;
  if (days < 730) return `${Math.floor(days / 30)}mo`;
  return `${Math.floor(days / 365)}y`;
}
