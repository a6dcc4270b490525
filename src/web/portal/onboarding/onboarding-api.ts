import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api/client';

export const onboardingQuery = (partnerId: string) =>
  queryOptions({
    queryKey: ['portal', 'onboarding', partnerId],
    queryFn: () => unwrap(api.GET('/api/partners/{id}/onboarding', { params: { path: { id: partnerId } } })),
  });

export const completeStep = (partnerId: string, stepId: string, note: string | undefined) =>
  unwrap(
    api.POST('/api/partners/{id}/onboarding/steps/{stepId}/complete', {
      params: { path: { id: partnerId, stepId } },
      body: note ? { note } : {},
    }),
  );
