import {
  Anchor,
  Group,
  Paper,
  Progress,
  RingProgress,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, type Schemas, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { EmptyState, ErrorState } from '../shared/states/states';
import { fitColor } from './badges';

/** Each criterion's points out of its weight, with the reason in words. */
export function FitReasons({ reasons }: { reasons: Schemas['FitReason'][] }) {
  const totalWeight = reasons.reduce((sum, r) => sum + r.weight, 0);
  return (
    <Table verticalSpacing="sm" striped>
      <Table.Caption className="visually-hidden">Fit by criterion</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Criterion</Table.Th>
          <Table.Th w={260}>Points</Table.Th>
          <Table.Th w={90} ta="right">
            Weight
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reasons.map((r) => {
          const share = r.weight > 0 ? (100 * r.points) / r.weight : 0;
          return (
            <Table.Tr key={r.criterionId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {r.label}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.reason}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Progress
                    value={share}
                    color={fitColor(share)}
                    size="lg"
                    style={{ flex: 1 }}
                    aria-label={`${r.points} of ${r.weight} points`}
                  />
                  <Text size="sm" w={70} ta="right" ff="monospace">
                    {r.points}/{r.weight}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" c="dimmed">
                  {totalWeight ? `${Math.round((100 * r.weight) / totalWeight)}%` : '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** The partner's IPP fit: the score, and why, criterion by criterion. */
export function FitPanel({ partnerId }: { partnerId: string }) {
  const can = useCan();
  const fit = useQuery({
    queryKey: ['partners', 'fit', partnerId],
    queryFn: () => unwrap(api.GET('/api/partners/{id}/fit', { params: { path: { id: partnerId } } })),
  });
  if (fit.error) return <ErrorState error={fit.error} onRetry={() => fit.refetch()} />;
  if (fit.isLoading || !fit.data)
    return (
      <Stack>
        <Skeleton height={120} width={120} circle />
        <Skeleton height={160} />
      </Stack>
    );
  const { score, reasons, ippVersion } = fit.data;
  if (!reasons.length)
    return (
      <EmptyState
        title="No ideal partner profile yet"
        action={
          can('ipp.write') ? (
            <Anchor component={Link} to="/console/ipp">
              Define the ideal partner profile
            </Anchor>
          ) : null
        }
      >
        Once the program has an ideal partner profile, every partner is scored against it and the reasons for
        the score appear here.
      </EmptyState>
    );
  return (
    <Stack>
      <Title order={4}>IPP fit</Title>
      <Paper withBorder radius="md" p="md">
        <Group gap="xl" wrap="wrap">
          <RingProgress
            size={120}
            thickness={12}
            roundCaps
            sections={[{ value: score, color: fitColor(score) }]}
            label={
              <Text ta="center" fw={700} fz={26} data-testid="fit-score">
                {score}
              </Text>
            }
            aria-label={`IPP fit ${score} of 100`}
          />
          <Stack gap={4} maw={520}>
            <Text fw={600}>
              {score >= 70 ? 'Strong fit' : score >= 40 ? 'Partial fit' : 'Weak fit'} — {score} of 100
            </Text>
            <Text size="sm" c="dimmed">
              The score is the share of the profile's weight this partner earns. Scored against version{' '}
              {ippVersion} of the <Link to="/console/ipp">ideal partner profile</Link>; it is recomputed
              whenever the profile or the partner changes.
            </Text>
          </Stack>
        </Group>
      </Paper>
      <FitReasons reasons={reasons} />
    </Stack>
  );
}
