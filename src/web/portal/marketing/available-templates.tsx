import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { KindBadge } from '../../shared/marketing/campaign-badges';
import { fetchTemplates, invalidateMarketing, MARKETING_KEY } from '../../shared/marketing/marketing-api';
import { EmptyState, ErrorState, LoadingState } from '../../shared/states/states';

/** The vendor's published templates this partner may use, each one click from a draft campaign. */
export function AvailableTemplates() {
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const templates = useQuery({
    queryKey: [MARKETING_KEY, 'available-templates'],
    queryFn: () => fetchTemplates({ status: 'published', sort: 'name', limit: 100 }),
  });
  const start = useMutation({
    mutationFn: (templateId: string) =>
      unwrap(api.POST('/api/marketing/campaigns', { body: { templateId } })),
    onSuccess: async (campaign) => {
      await invalidateMarketing(queryClient);
      void navigate({ to: '/portal/campaigns/$campaignId', params: { campaignId: campaign.id } });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Could not start the campaign', message: error.message }),
  });
  if (templates.error) return <ErrorState error={templates.error} onRetry={() => templates.refetch()} />;
  if (!templates.data) return <LoadingState />;
  const items = templates.data.items;
  return (
    <Stack gap="sm" component="section" aria-label="Templates you can use">
      <Title order={3}>Templates you can use</Title>
      {items.length === 0 ? (
        <EmptyState title="No templates for you yet">
          Your vendor has not published campaign templates for partners like you yet.
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {items.map((t) => (
            <Card key={t.id} withBorder radius="md" padding="md">
              <Stack gap="xs" h="100%" justify="space-between">
                <Stack gap={6}>
                  <Group justify="space-between" wrap="nowrap">
                    <Text fw={600}>{t.name}</Text>
                    <KindBadge kind={t.kind} />
                  </Group>
                  {t.description ? (
                    <Text size="sm" c="dimmed" lineClamp={3}>
                      {t.description}
                    </Text>
                  ) : null}
                  {t.defaultOffer ? (
                    <Text size="sm" lineClamp={2}>
                      Suggested offer: {t.defaultOffer}
                    </Text>
                  ) : null}
                </Stack>
                {can('marketing.campaign.write') ? (
                  <Button
                    variant="light"
                    onClick={() => start.mutate(t.id)}
                    loading={start.isPending && start.variables === t.id}
                    aria-label={`Use the template ${t.name}`}
                  >
                    Use this template
                  </Button>
                ) : null}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
