import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconEdit, IconTrash } from '@tabler/icons-react';
import { formatDate, typeLabel } from '../../shared/format';
import type { OnboardingTemplate } from './onboarding-api';
import { eventLabel } from './onboarding-format';

/** One checklist: which partners get it, when it counts as stalled, and its steps. */
export function TemplateCard({
  template,
  canManage,
  onEdit,
  onDelete,
}: {
  template: OnboardingTemplate;
  canManage: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = template;
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-label={t.name}
      data-testid="onboarding-template"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Title order={4}>{t.name}</Title>
            <Group gap="xs">
              <Badge variant="light" color={t.partnerType ? 'blue' : 'gray'}>
                {t.partnerType ? typeLabel(t.partnerType) : 'Default for every other type'}
              </Badge>
              <Text size="xs" c="dimmed">
                Stalled after {t.stalledAfterDays} days without progress · updated {formatDate(t.updatedAt)}
              </Text>
            </Group>
          </Stack>
          {canManage ? (
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                leftSection={<IconEdit size={14} />}
                onClick={onEdit}
                aria-label={`Edit ${t.name}`}
              >
                Edit
              </Button>
              {t.partnerType ? (
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} />}
                  onClick={onDelete}
                  aria-label={`Delete ${t.name}`}
                >
                  Delete
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Group>
        <Table verticalSpacing="xs" striped>
          <Table.Caption className="visually-hidden">Steps of {t.name}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>Step</Table.Th>
              <Table.Th>Completes</Table.Th>
              <Table.Th w={100}>Required</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {t.steps.map((s, i) => (
              <Table.Tr key={s.key}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {s.title}
                  </Text>
                  {s.description ? (
                    <Text size="xs" c="dimmed">
                      {s.description}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {s.kind === 'automatic' ? (
                    <Stack gap={0}>
                      <Text size="sm">When {eventLabel(s.eventType)}</Text>
                      <Text size="xs" c="dimmed" ff="monospace">
                        {s.eventType}
                      </Text>
                    </Stack>
                  ) : (
                    <Text size="sm">Ticked by hand</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {s.required ? (
                    'Required'
                  ) : (
                    <Text c="dimmed" size="sm">
                      Optional
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
