import type { ApplicationStatus } from './recruiting.schemas.js';

/**
 * The recruiting pipeline, the one place the allowed moves are written down: forward one step at a
 * time, or rejected (with a reason) from any stage before the agreement is signed. Signing makes the
 * application a partner; onboarding hands it to the partner's onboarding checklist.
 */
export const APPLICATION_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  applied: ['qualified', 'rejected'],
  qualified: ['agreement_sent', 'rejected'],
  agreement_sent: ['signed', 'rejected'],
  signed: ['onboarding'],
  onboarding: [],
  rejected: [],
};

/** Stages in which an application is still being decided (duplicates are looked for among these). */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['applied', 'qualified', 'agreement_sent'];

export function canMoveApplication(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return APPLICATION_TRANSITIONS[from].includes(to);
}
