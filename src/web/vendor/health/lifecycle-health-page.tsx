import { Skeleton, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api/client';
import { PageHeader } from '../../shared/layout/page-header';
import { ErrorState } from '../../shared/states/states';
import { HealthPreview } from './health-preview';
import { HealthRulesForm } from './health-rules-form';

/** /console/health: which partners the lifecycle-health rules would move, and the rules themselves. */
export function LifecycleHealthPage() {
  const settings = useQuery({
    queryKey: ['health-rules'],
    queryFn: () => unwrap(api.GET('/api/partner-health/rules')),
  });
  return (
    <>
      <PageHeader
        title="Lifecycle health"
        description="Active partners move to at risk when a rule fires — no activity, falling revenue, lapsed certifications — and back once none does. Every move keeps its reason."
      />
      <Tabs defaultValue="preview" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="preview">Who would move</Tabs.Tab>
          <Tabs.Tab value="rules">Rules</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="preview">
          <HealthPreview />
        </Tabs.Panel>
        <Tabs.Panel value="rules">
          {settings.error ? (
            <ErrorState error={settings.error} onRetry={() => settings.refetch()} />
          ) : !settings.data ? (
            <Skeleton height={400} />
          ) : (
            <HealthRulesForm key={settings.data.updatedAt ?? 'defaults'} settings={settings.data} />
          )}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
