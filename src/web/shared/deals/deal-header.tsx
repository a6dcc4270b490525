import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconThumbDown, IconTrophy } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { UserName } from '../../vendor/badges';
import { api, unwrap } from '../api/client';
import { formatDay, todayIso } from '../dates';
import { formatDateTime } from '../format';
import { formatMoney } from '../money';
import { CloseDealDialog } from './close-deal-dialog';
import { DealSourceBadge, DealStageBadge, PartnerRoleBadge } from './deal-badges';
import { DealEditDialog } from './deal-edit-dialog';
import { type DealView, isClosed, type OpenStage, openStageOptions } from './deal-format';
import { type DealViewer, useRefreshDeals } from './deal-queries';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

function OwnerName({ ownerId, viewer }: { ownerId: string | null; viewer: DealViewer }) {
  if (!ownerId)
    return (
      <Text span c="dimmed" size="sm">
        Nobody yet
      </Text>
    );
  if (ownerId === viewer.userId) return <>You ({viewer.userName})</>;
  if (!viewer.isPartner && viewer.canReadUsers) return <UserName id={ownerId} fallback="A sales rep" />;
  return <>{viewer.isPartner ? 'The vendor’s sales rep' : 'Another sales rep'}</>;
}

/** Changes the stage at once; closing goes through Close won / Close lost so the reason is kept. */
function StageSelect({ view }: { view: DealView }) {
  const refresh = useRefreshDeals();
  const [busy, setBusy] = useState(false);
  async function change(stage: string | null) {
    if (!stage || stage === view.deal.stage) return;
    setBusy(true);
    try {
      await unwrap(
        api.PATCH('/api/deals/{id}', {
          params: { path: { id: view.deal.id } },
          body: { stage: stage as OpenStage },
        }),
      );
      await refresh();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'The stage was not changed',
        message: error instanceof Error ? error.message : 'Something went wrong',
      });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Select
      label="Stage"
      data={openStageOptions}
      value={view.deal.stage}
      onChange={change}
      allowDeselect={false}
      disabled={busy}
      w={180}
      size="sm"
    />
  );
}

/** The deal at a glance: name, stage, amount, close date, owner, account; the vendor's sales actions. */
export function DealHeader({ view, viewer }: { view: DealView; viewer: DealViewer }) {
  const { deal } = view;
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState<'won' | 'lost' | null>(null);
  const closed = isClosed(deal.stage);
  const manage = viewer.canWrite && !viewer.isPartner && !closed;
  const late = !closed && deal.closeDate < todayIso();
  const ownRole = viewer.partnerId
    ? deal.partners.find((p) => p.partnerId === viewer.partnerId)?.role
    : undefined;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={6}>
          <Title order={2} data-testid="deal-name">
            {deal.name}
          </Title>
          <Group gap="xs">
            <DealStageBadge stage={deal.stage} size="md" />
            <DealSourceBadge source={deal.source} />
            {ownRole ? (
              <Group gap={4}>
                <Text size="sm" c="dimmed">
                  Your role:
                </Text>
                <PartnerRoleBadge role={ownRole} />
              </Group>
            ) : null}
            {deal.productLines.map((line) => (
              <Badge key={line} variant="outline" color="gray" tt="none">
                {line}
              </Badge>
            ))}
          </Group>
        </Stack>
        {manage ? (
          <Group gap="sm" align="flex-end">
            <StageSelect view={view} />
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              Edit deal
            </Button>
            <Button color="green" leftSection={<IconTrophy size={16} />} onClick={() => setClosing('won')}>
              Close won
            </Button>
            <Button
              variant="default"
              color="red"
              leftSection={<IconThumbDown size={16} />}
              onClick={() => setClosing('lost')}
            >
              Close lost
            </Button>
          </Group>
        ) : null}
      </Group>
      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="lg" verticalSpacing="md">
          <Fact label="Amount">
            <Text fw={700} size="lg" data-testid="deal-amount">
              {formatMoney(deal.amountMinor, deal.currency)}
            </Text>
          </Fact>
          <Fact label={closed ? 'Closed' : 'Expected close'}>
            {closed ? (
              formatDateTime(deal.closedAt)
            ) : (
              <Group gap={6}>
                <span>{formatDay(deal.closeDate)}</span>
                {late ? (
                  <Badge color="orange" variant="light" size="sm">
                    Past due
                  </Badge>
                ) : null}
              </Group>
            )}
          </Fact>
          <Fact label="Owner">
            <OwnerName ownerId={deal.ownerId} viewer={viewer} />
          </Fact>
          <Fact label="Account">
            {viewer.isPartner ? (
              deal.accountName
            ) : (
              <Link
                to="/console/accounts/$accountId"
                params={{ accountId: deal.accountId }}
                className="table-link"
              >
                {deal.accountName}
              </Link>
            )}
          </Fact>
          <Fact label="Last changed">{formatDateTime(deal.updatedAt)}</Fact>
        </SimpleGrid>
      </Paper>
      {manage ? (
        <>
          <DealEditDialog deal={deal} opened={editing} onClose={() => setEditing(false)} />
          <CloseDealDialog deal={deal} outcome={closing} onClose={() => setClosing(null)} />
        </>
      ) : null}
    </Stack>
  );
}
