import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { IconFileImport, IconWebhook } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useCan } from '../../shared/auth/permissions';
import { PageHeader } from '../../shared/layout/page-header';
import { PartnerDealsExport } from './crm/partner-deals-export';
import { RecentImports } from './crm/recent-imports';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={3}>{title}</Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** CRM import and export, and the way to webhooks: where the program's data meets other systems. */
export function IntegrationsPage() {
  const can = useCan();
  return (
    <>
      <PageHeader
        title="Integrations"
        description="Bring accounts, contacts and deals in from your CRM, send partner deals back, and notify other systems."
        actions={
          <>
            {can('integrations.import') ? (
              <Button
                component={Link}
                to="/console/integrations/import"
                leftSection={<IconFileImport size={16} />}
              >
                Import from CRM
              </Button>
            ) : null}
            <Button
              component={Link}
              to="/console/webhooks"
              variant="light"
              leftSection={<IconWebhook size={16} />}
            >
              Webhooks
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        {can('integrations.import') ? (
          <Section title="Recent imports">
            <RecentImports />
          </Section>
        ) : null}
        {can('integrations.export') ? (
          <Section title="Partner deals export">
            <PartnerDealsExport />
          </Section>
        ) : null}
        {!can('integrations.import') && !can('integrations.export') ? (
          <Group>Your role has no CRM import or export.</Group>
        ) : null}
      </Stack>
    </>
  );
}
