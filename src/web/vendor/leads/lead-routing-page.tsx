import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../shared/layout/page-header';
import { routingRulesQuery } from '../../shared/leads/leads-api';
import { LinkAnchor } from '../../shared/router-links';
import { ErrorState, LoadingState } from '../../shared/states/states';
import { AcceptanceRatesPanel } from './acceptance-rates-panel';
import { RoutingRulesForm } from './routing-rules-form';

/** How leads are distributed: the rules editor and how partners answer their offers. */
export function LeadRoutingPage() {
  const settings = useQuery(routingRulesQuery());
  return (
    <Stack>
      <Text size="sm">
        <LinkAnchor to="/console/leads">Leads</LinkAnchor> / Routing
      </Text>
      <PageHeader
        title="Lead routing"
        description="Which partners receive leads, how they are scored, and how long they have to answer."
      />
      {settings.isLoading ? <LoadingState label="Loading the routing rules…" /> : null}
      {settings.error ? <ErrorState error={settings.error} onRetry={() => settings.refetch()} /> : null}
      {settings.data ? (
        <RoutingRulesForm key={settings.data.updatedAt ?? 'default'} settings={settings.data} />
      ) : null}
      <AcceptanceRatesPanel />
    </Stack>
  );
}
