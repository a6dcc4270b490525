import type { Schemas } from '../../shared/api/client';

export type OnboardingDetail = Schemas['PartnerOnboardingDetail'];
export type OnboardingStep = Schemas['PartnerOnboardingStep'];

/** The portal pages a step can send the partner to. */
export type GuidancePath =
  | '/portal/users'
  | '/portal/learning'
  | '/portal/registrations/new'
  | '/portal/deals'
  | '/portal/organization';

export interface StepGuidance {
  /** What to do, in a sentence. */
  text: string;
  link?: { label: string; to: GuidancePath };
}

/** What the signed-in user may do, as far as the guidance needs to know. */
export interface GuidanceAbilities {
  isPartnerAdmin: boolean;
  canRegisterDeals: boolean;
  canLearn: boolean;
  canTickSteps: boolean;
}

const EVENT_LABELS: Record<string, string> = {
  'recruiting.signed': 'the partner agreement was signed',
  'user.invited': 'the first portal user was invited',
  'enablement.enrolled': 'someone enrolled in a course',
  'enablement.course_completed': 'someone completed a course',
  'enablement.certified': 'someone earned a certification',
  'registration.registered': 'the first deal registration was submitted',
  'registration.approved': 'a deal registration was approved',
  'campaign.launched': 'the first co-branded campaign was launched',
  'deal.won': 'a partner deal closed won',
};

/** An event type as words: "registration.registered" → "the first deal registration was submitted". */
export function eventLabel(eventType: string): string {
  return EVENT_LABELS[eventType] ?? `“${eventType.replace(/[._]/g, ' ')}” happened`;
}

/** How a done step was completed: automatically from an event, or ticked by someone. */
export function completionText(step: OnboardingStep): string | null {
  if (!step.done) return null;
  if (step.source?.kind === 'event') return `Done automatically when ${eventLabel(step.source.eventType)}`;
  if (step.source?.kind === 'user') return `Ticked by ${step.source.name ?? 'a former user'}`;
  return 'Done';
}

/** What the partner can do about an open step, and where in the portal to do it. */
export function guidanceFor(step: OnboardingStep, can: GuidanceAbilities): StepGuidance {
  if (step.kind === 'manual') {
    return can.canTickSteps
      ? { text: 'Mark it as done once it has happened.' }
      : { text: 'Your partner admin or partner manager ticks this step once it has happened.' };
  }
  switch (step.eventType) {
    case 'user.invited':
      return can.isPartnerAdmin
        ? {
            text: 'Invite the colleagues who will work with the vendor to the portal.',
            link: { label: 'Invite your team', to: '/portal/users' },
          }
        : { text: 'Ask your partner admin to invite your colleagues to the portal.' };
    case 'enablement.enrolled':
    case 'enablement.course_completed':
    case 'enablement.certified':
      return can.canLearn
        ? {
            text: 'Take a course from your learning paths and complete it.',
            link: { label: 'Open My learning', to: '/portal/learning' },
          }
        : { text: 'Someone at your organization completes a course in My learning.' };
    case 'registration.registered':
    case 'registration.approved':
      return can.canRegisterDeals
        ? {
            text: 'Register an opportunity you are working on with the vendor.',
            link: { label: 'Register a deal', to: '/portal/registrations/new' },
          }
        : { text: 'Someone at your organization registers a deal.' };
    case 'deal.won':
      return {
        text: 'Close your first deal together with the vendor.',
        link: { label: 'See your deals', to: '/portal/deals' },
      };
    case 'recruiting.signed':
      return { text: 'Your partner manager records the signed partner agreement.' };
    case 'campaign.launched':
      return { text: 'Launch a co-branded campaign with your partner manager.' };
    default:
      return { text: `Done automatically when ${eventLabel(step.eventType ?? '')}.` };
  }
}

/** Whether the user can do something about an open step here: follow its link or tick it. */
export function canActOn(step: OnboardingStep, can: GuidanceAbilities): boolean {
  if (step.done) return false;
  if (step.kind === 'manual') return can.canTickSteps;
  return guidanceFor(step, can).link !== undefined;
}

/**
 * The step to do next: the first open required step the user can act on (the agreement a manager
 * records is no task for the partner), else the first open required step, else the first open one.
 */
export function nextStep(steps: readonly OnboardingStep[], can: GuidanceAbilities): OnboardingStep | null {
  const open = steps.filter((s) => !s.done);
  return open.find((s) => s.required && canActOn(s, can)) ?? open.find((s) => s.required) ?? open[0] ?? null;
}
