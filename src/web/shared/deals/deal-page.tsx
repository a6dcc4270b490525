import { Anchor, Grid, Group, Skeleton, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { NotFoundPage } from '../states/not-found-page';
import { ErrorState, isNotFound } from '../states/states';
import { ActivityTimeline } from './activity-timeline';
import { CloudReferralPanel } from './cloud-referral-panel';
import { DealHeader } from './deal-header';
import { DealPartnersPanel } from './deal-partners-panel';
import { dealQuery, useDealViewer } from './deal-queries';
import { NextStepsPanel } from './next-steps-panel';
import { NotesPanel } from './notes-panel';
import { PrivateOffersPanel } from './private-offers-panel';
import { RegistrationsPanel } from './registrations-panel';
import { RepCreditPanel } from './rep-credit-panel';
import { TasksPanel } from './tasks-panel';
import { TouchpointsPanel } from './touchpoints-panel';

function BackLink({ isPartner }: { isPartner: boolean }) {
  const content = (
    <Group gap={4} component="span">
      <IconArrowLeft size={14} /> Deals
    </Group>
  );
  return isPartner ? (
    <Anchor component={Link} to="/portal/deals" size="sm" c="dimmed">
      {content}
    </Anchor>
  ) : (
    <Anchor component={Link} to="/console/deals" size="sm" c="dimmed">
      {content}
    </Anchor>
  );
}

function PageSkeleton() {
  return (
    <Stack gap="sm" mt="sm" aria-busy="true" aria-label="Loading deal">
      <Skeleton height={32} width={360} />
      <Skeleton height={20} width={240} />
      <Skeleton height={90} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Skeleton height={320} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Skeleton height={320} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/**
 * The co-sell deal view, one page for the vendor's rep (console) and the partner's rep (portal): the
 * server decides what each side sees (no internal notes or other partners for a partner), the page
 * decides what each side may change from the permissions the server lists.
 */
export function DealPage() {
  const { dealId } = useParams({ strict: false }) as { dealId: string };
  const viewer = useDealViewer();
  const query = useQuery(dealQuery(dealId));

  if (query.error && isNotFound(query.error)) return <NotFoundPage what="deal" />;
  const view = query.data;

  return (
    <>
      <BackLink isPartner={viewer.isPartner} />
      {query.error ? (
        <Stack mt="md">
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        </Stack>
      ) : !view ? (
        <PageSkeleton />
      ) : (
        <Stack gap="lg" mt={4}>
          <DealHeader view={view} viewer={viewer} />
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="lg">
                <NextStepsPanel deal={view.deal} viewer={viewer} />
                <TasksPanel dealId={view.deal.id} tasks={view.tasks} viewer={viewer} />
                <NotesPanel dealId={view.deal.id} notes={view.notes} viewer={viewer} />
                <TouchpointsPanel deal={view.deal} touchpoints={view.touchpoints} viewer={viewer} />
                <PrivateOffersPanel deal={view.deal} offers={view.privateOffers} viewer={viewer} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack gap="lg">
                <DealPartnersPanel deal={view.deal} viewer={viewer} />
                {viewer.isPartner ? null : <RepCreditPanel view={view} />}
                {viewer.isPartner ? null : <CloudReferralPanel dealId={view.deal.id} />}
                <RegistrationsPanel registrations={view.registrations} viewer={viewer} />
                <ActivityTimeline activities={view.activities} isPartner={viewer.isPartner} />
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </>
  );
}
