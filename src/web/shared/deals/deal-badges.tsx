import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  DEAL_STAGE_COLORS,
  type Deal,
  type DealStage,
  dealStageLabel,
  OFFER_STATUS_COLORS,
  OFFER_STATUS_LABELS,
  type OfferStatus,
  PARTNER_ROLE_HINTS,
  PARTNER_ROLE_LABELS,
  type PartnerRole,
  SOURCE_LABELS,
} from './deal-format';

export function DealStageBadge({ stage, size = 'sm' }: { stage: string; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge
      color={DEAL_STAGE_COLORS[stage as DealStage] ?? 'gray'}
      variant={stage === 'closed_won' ? 'filled' : 'light'}
      size={size}
      miw="max-content"
      data-testid="deal-stage"
      data-stage={stage}
    >
      {dealStageLabel(stage)}
    </Badge>
  );
}

export function PartnerRoleBadge({ role }: { role: PartnerRole }) {
  return (
    <Badge variant="outline" color="grape" tt="none" miw="max-content" title={PARTNER_ROLE_HINTS[role]}>
      {PARTNER_ROLE_LABELS[role]}
    </Badge>
  );
}

export function DealSourceBadge({ source }: { source: Deal['source'] }) {
  return (
    <Badge variant="dot" color={source === 'partner' ? 'grape' : 'gray'} tt="none" miw="max-content">
      {SOURCE_LABELS[source]}
    </Badge>
  );
}

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  return (
    <Badge color={OFFER_STATUS_COLORS[status]} variant="light" miw="max-content" data-status={status}>
      {OFFER_STATUS_LABELS[status]}
    </Badge>
  );
}

/** One panel of the deal page: a titled section with an optional action and a count. */
export function DealPanel({
  title,
  count,
  actions,
  children,
  testId,
}: {
  title: string;
  count?: number;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const id = `deal-panel-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="nowrap">
          <Title order={4} id={id}>
            {title}
            {count !== undefined && count > 0 ? (
              <Text span c="dimmed" fw={400} ml={6} inherit>
                ({count})
              </Text>
            ) : null}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/** A small "nothing here yet" line for a panel, lighter than a page's empty state. */
export function PanelEmpty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack gap={2} py="xs">
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {children ? (
        <Text size="sm" c="dimmed">
          {children}
        </Text>
      ) : null}
    </Stack>
  );
}
