import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { tierProgramQuery, tierProgressQuery } from './tier-queries';

/**
 * The program and a partner's progress in it. A partner outside the tiered stages (onboarding, active,
 * at risk) has no progress: the API refuses with a conflict, which is a state here, not an error.
 */
export function useTierStanding(partnerId: string) {
  const program = useQuery(tierProgramQuery);
  const progress = useQuery(tierProgressQuery(partnerId));
  const untiered = progress.error instanceof ApiError && progress.error.status === 409;
  return {
    program,
    progress,
    /** Why the partner holds no tier, when that is the case. */
    untieredReason: untiered ? (progress.error as ApiError).message : null,
    error: program.error ?? (untiered ? null : progress.error),
    isLoading: program.isLoading || progress.isLoading,
    refetch: () => {
      void program.refetch();
      void progress.refetch();
    },
  };
}
