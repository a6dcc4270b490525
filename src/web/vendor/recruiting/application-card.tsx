import { ActionIcon, Anchor, Badge, Button, Card, Group, Menu, Stack, Text, Tooltip } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowRight,
  IconBuildingStore,
  IconDots,
  IconExternalLink,
  IconEye,
  IconX,
} from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { typeLabel } from '../../shared/format';
import { LinkAnchor } from '../../shared/router-links';
import { FitBadge } from './fit-badge';
import {
  type Application,
  ageText,
  applicationStatusLabel,
  canReject,
  daysSince,
  forwardStage,
} from './recruiting-stages';
import type { ApplicationActions } from './use-application-actions';

/** One prospect on the board: who, how well it fits, how long it has waited, and the move to make next. */
export function ApplicationCard({
  application,
  canWrite,
  actions,
  onOpen,
}: {
  application: Application;
  canWrite: boolean;
  actions: ApplicationActions;
  onOpen: (id: string) => void;
}) {
  const a = application;
  const navigate = useNavigate();
  const next = forwardStage(a);
  const age = daysSince(a.createdAt);
  const inStage = daysSince(a.statusChangedAt);
  return (
    <Card
      withBorder
      padding="sm"
      radius="md"
      component="article"
      aria-label={a.companyName}
      data-testid="application-card"
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Anchor
            component="button"
            type="button"
            fw={600}
            size="sm"
            ta="left"
            onClick={() => onOpen(a.id)}
            style={{ wordBreak: 'break-word' }}
          >
            {a.companyName}
          </Anchor>
          <FitBadge score={a.fitScore} />
        </Group>
        <Text size="xs" c="dimmed">
          {typeLabel(a.type)}
          {a.regions.length ? ` · ${a.regions.join(', ')}` : ''}
        </Text>
        <Group gap={6}>
          <Tooltip
            label={`Added ${age} days ago; ${inStage} days in ${applicationStatusLabel(a.status).toLowerCase()}`}
            withArrow
          >
            <Text size="xs" c="dimmed">
              {ageText(age, inStage)}
            </Text>
          </Tooltip>
          {a.source === 'public_form' ? (
            <Badge size="xs" variant="outline" color="gray">
              Web form
            </Badge>
          ) : null}
          {a.duplicateOf ? (
            <Tooltip label={`Same domain as the ${a.duplicateOf.kind} ${a.duplicateOf.name}`} withArrow>
              <Badge size="xs" color="orange" variant="light" leftSection={<IconAlertTriangle size={10} />}>
                Possible duplicate
              </Badge>
            </Tooltip>
          ) : null}
        </Group>
        {a.partnerId ? (
          <LinkAnchor to="/console/partners/$partnerId" params={{ partnerId: a.partnerId }} size="xs">
            <Group gap={4} wrap="nowrap">
              <IconBuildingStore size={12} />
              Partner page
            </Group>
          </LinkAnchor>
        ) : null}
        <Group gap="xs" justify="space-between" wrap="nowrap" mt={2}>
          {canWrite && next ? (
            <Button
              size="compact-xs"
              variant="light"
              rightSection={<IconArrowRight size={12} />}
              loading={actions.busyId === a.id}
              onClick={() => void actions.advance(a, next)}
              aria-label={`Move ${a.companyName} to ${applicationStatusLabel(next).toLowerCase()}`}
            >
              {applicationStatusLabel(next)}
            </Button>
          ) : (
            <span />
          )}
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={`More actions for ${a.companyName}`}
              >
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconEye size={14} />} onClick={() => onOpen(a.id)}>
                Open details
              </Menu.Item>
              {a.partnerId ? (
                <Menu.Item
                  leftSection={<IconExternalLink size={14} />}
                  onClick={() =>
                    void navigate({ to: '/console/partners/$partnerId', params: { partnerId: a.partnerId! } })
                  }
                >
                  Open partner
                </Menu.Item>
              ) : null}
              {canWrite && canReject(a) ? (
                <Menu.Item color="red" leftSection={<IconX size={14} />} onClick={() => actions.reject(a)}>
                  Reject…
                </Menu.Item>
              ) : null}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Stack>
    </Card>
  );
}
