import { Alert, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShare } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../api/client';
import { ErrorState, LoadingState } from '../states/states';
import {
  capitalize,
  invalidateMapping,
  LEVEL_COLORS,
  LEVEL_DESCRIPTIONS,
  LEVEL_LABELS,
  levelOptions,
  type MappingSide,
  type OverlapMatrix,
  type Population,
  type SharingLevel,
  sharingQuery,
} from './mapping-api';

function LevelBadge({ level }: { level: SharingLevel }) {
  return (
    <Badge variant="light" color={LEVEL_COLORS[level]} tt="none">
      {LEVEL_LABELS[level]}
    </Badge>
  );
}

function ReadOnlyLevels({
  populations,
  levels,
  caption,
}: {
  populations: Population[];
  levels: Record<string, SharingLevel>;
  caption: string;
}) {
  return (
    <Table verticalSpacing={6} aria-label={caption}>
      <Table.Tbody>
        {populations.map((p) => {
          const level = levels[p.key] ?? 'hidden';
          return (
            <Table.Tr key={p.key} data-testid={`sharing-${p.key}`}>
              <Table.Th scope="row" w="35%" fw={500}>
                {p.name}
              </Table.Th>
              <Table.Td w={160}>
                <LevelBadge level={level} />
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {LEVEL_DESCRIPTIONS[level]}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/**
 * What each side shows the other of each of its populations. The viewer's own side is editable with the
 * mapping.share permission (one select per population); the other side's levels are shown read-only.
 */
export function SharingEditor({
  partnerId,
  viewer,
  matrix,
  canEdit,
  otherName,
}: {
  partnerId: string;
  viewer: MappingSide;
  matrix: OverlapMatrix;
  canEdit: boolean;
  otherName: string;
}) {
  const queryClient = useQueryClient();
  const sharing = useQuery(sharingQuery(partnerId));
  const [changes, setChanges] = useState<Record<string, SharingLevel>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (sharing.isLoading) return <LoadingState label="Loading sharing settings…" />;
  if (sharing.error) return <ErrorState error={sharing.error} onRetry={() => void sharing.refetch()} />;
  const settings = sharing.data!;
  const own = viewer === 'vendor' ? matrix.vendorPopulations : matrix.partnerPopulations;
  const other = viewer === 'vendor' ? matrix.partnerPopulations : matrix.vendorPopulations;
  const ownLevels = settings[viewer];
  const otherLevels = settings[viewer === 'vendor' ? 'partner' : 'vendor'];
  const dirty = Object.entries(changes).some(([key, level]) => ownLevels[key] !== level);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.PUT('/api/mapping/partners/{id}/sharing', {
          params: { path: { id: partnerId } },
          body: { levels: changes },
        }),
      );
      setChanges({});
      await invalidateMapping(queryClient);
      notifications.show({
        color: 'teal',
        title: 'Sharing saved',
        message: `${capitalize(otherName)} sees the new levels now.`,
      });
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Saving failed');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={4}>What you share with {otherName}</Title>
        <Text size="sm" c="dimmed">
          {viewer === 'vendor'
            ? 'These levels apply to this partner only. Your own numbers and records are always visible to you.'
            : 'Your own numbers and records are always visible to you; these levels decide what the vendor sees.'}
        </Text>
        {canEdit ? (
          <form
            aria-label="Your sharing settings"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <Stack gap="sm">
              {own.map((p) => {
                const level = changes[p.key] ?? ownLevels[p.key] ?? 'hidden';
                return (
                  <Group key={p.key} align="flex-end" wrap="wrap" gap="md">
                    <Select
                      label={p.name}
                      data={levelOptions}
                      value={level}
                      onChange={(value) =>
                        value && setChanges((c) => ({ ...c, [p.key]: value as SharingLevel }))
                      }
                      allowDeselect={false}
                      w={{ base: '100%', xs: 240 }}
                    />
                    <Text size="xs" c="dimmed" pb={8} maw={420}>
                      {LEVEL_DESCRIPTIONS[level]}
                    </Text>
                  </Group>
                );
              })}
              {error ? (
                <Alert color="red" role="alert">
                  {error}
                </Alert>
              ) : null}
              <Group>
                <Button type="submit" leftSection={<IconShare size={16} />} disabled={!dirty} loading={busy}>
                  Save sharing
                </Button>
                {dirty ? (
                  <Button variant="subtle" onClick={() => setChanges({})}>
                    Discard changes
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </form>
        ) : (
          <>
            <ReadOnlyLevels populations={own} levels={ownLevels} caption="What you share" />
            <Text size="xs" c="dimmed">
              {viewer === 'partner'
                ? 'Only a partner admin of your organization can change what it shares.'
                : 'Your role cannot change sharing; a partner manager or program admin can.'}
            </Text>
          </>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={4}>What {otherName} shares with you</Title>
        <Text size="sm" c="dimmed">
          Set by {otherName}, shown here so you know what the lists and numbers can include.
        </Text>
        <ReadOnlyLevels populations={other} levels={otherLevels} caption={`What ${otherName} shares`} />
      </Stack>
    </Stack>
  );
}
