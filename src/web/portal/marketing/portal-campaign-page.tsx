import { Alert, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { CopyValue } from '../../shared/form/copy-value';
import { formatDateTime } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { AssetPreview } from '../../shared/marketing/asset-preview';
import { CampaignStatusBadge, KindBadge } from '../../shared/marketing/campaign-badges';
import { FigureTiles } from '../../shared/marketing/figure-tiles';
import {
  fetchCampaign,
  fetchCampaignPreview,
  fetchPerformance,
  MARKETING_KEY,
} from '../../shared/marketing/marketing-api';
import { PerformanceChart } from '../../shared/marketing/performance-chart';
import { LinkAnchor } from '../../shared/router-links';
import { ErrorState, LoadingState } from '../../shared/states/states';
import { CampaignActions } from './campaign-actions';
import { CampaignLinks } from './campaign-links';
import { PersonalizeForm } from './personalize-form';

function actionMessage(error: unknown): string | null {
  if (!error) return null;
  if (error instanceof ApiError && error.fieldErrors.length) {
    return `${error.message}: ${error.fieldErrors.map((e) => `${e.field} ${e.message}`).join('; ')}`;
  }
  return error instanceof Error ? error.message : 'Something went wrong';
}

/** One campaign: personalize it, preview it safely, launch it, share its links and watch its figures. */
export function PortalCampaignPage() {
  const { campaignId } = useParams({ strict: false }) as { campaignId: string };
  const can = useCan();
  const [actionError, setActionError] = useState<unknown>(null);
  const campaign = useQuery({
    queryKey: [MARKETING_KEY, 'campaign', campaignId],
    queryFn: () => fetchCampaign(campaignId),
  });
  const preview = useQuery({
    queryKey: [MARKETING_KEY, 'campaign', campaignId, 'preview', campaign.data?.updatedAt],
    queryFn: () => fetchCampaignPreview(campaignId),
    enabled: Boolean(campaign.data),
  });
  const performance = useQuery({
    queryKey: [MARKETING_KEY, 'performance', 'campaign', campaignId],
    queryFn: () => fetchPerformance({ groupBy: 'campaign', campaignId }),
    enabled: campaign.data?.status !== 'draft',
  });
  if (campaign.error) return <ErrorState error={campaign.error} onRetry={() => campaign.refetch()} />;
  if (!campaign.data) return <LoadingState />;
  const c = campaign.data;
  const editable = can('marketing.campaign.write') && c.status !== 'ended';
  return (
    <>
      <PageHeader
        title={
          <Group gap="sm">
            {c.name}
            <KindBadge kind={c.kind} />
            <CampaignStatusBadge status={c.status} />
          </Group>
        }
        description={
          <>
            <LinkAnchor to="/portal/campaigns">All campaigns</LinkAnchor> · from “{c.templateName}”
            {c.launchedAt ? ` · launched ${formatDateTime(c.launchedAt)}` : ''}
          </>
        }
        actions={<CampaignActions campaign={c} onError={setActionError} />}
      />
      <Stack gap="lg">
        {actionError ? (
          <Alert color="red" role="alert" withCloseButton onClose={() => setActionError(null)}>
            {actionMessage(actionError)}
          </Alert>
        ) : null}
        {c.status !== 'draft' ? (
          <>
            <FigureTiles figures={c.figures} />
            <PerformanceChart
              performance={performance.data}
              loading={performance.isLoading}
              title="Activity, last 90 days"
            />
          </>
        ) : null}
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack>
              <Paper withBorder radius="md" p="md" component="section" aria-label="Personalize">
                <Title order={4} mb="sm">
                  Personalize
                </Title>
                <PersonalizeForm campaign={c} editable={editable} />
              </Paper>
              <Paper withBorder radius="md" p="md" component="section" aria-label="Links to share">
                <Title order={4} mb="sm">
                  Links to share
                </Title>
                <CampaignLinks campaign={c} />
              </Paper>
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Paper withBorder radius="md" p="md" component="section" aria-label="Preview">
              <Title order={4} mb="sm">
                Preview
              </Title>
              {preview.error ? (
                <ErrorState error={preview.error} onRetry={() => preview.refetch()} />
              ) : preview.data ? (
                <Stack>
                  <AssetPreview asset={preview.data} title="Campaign preview" />
                  {preview.data.sendableHtml && c.kind !== 'landing_page' ? (
                    <CopyValue
                      label={c.kind === 'email' ? 'Email HTML to send' : 'Post card HTML'}
                      value={preview.data.sendableHtml}
                    >
                      Paste this into your email or social tool: its links are tracked.
                    </CopyValue>
                  ) : null}
                </Stack>
              ) : (
                <LoadingState label="Rendering…" />
              )}
            </Paper>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
