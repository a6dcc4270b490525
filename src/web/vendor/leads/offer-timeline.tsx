import { Group, Paper, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { formatDateTime } from '../../shared/format';
import { OfferStatusBadge } from '../../shared/leads/lead-status';
import type { LeadOffer } from '../../shared/leads/leads-api';

const CRITERION_LABELS: Record<string, string> = {
  region: 'Region',
  specialization: 'Specialization',
  tier: 'Tier weight',
  capacity: 'Free capacity',
  acceptance: 'Acceptance rate',
  fit: 'Fit score',
};

function Breakdown({ offer }: { offer: LeadOffer }) {
  const winner = offer.reason.winner;
  if (!winner) return null;
  const others = offer.reason.runnersUp;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table
        withTableBorder
        verticalSpacing={2}
        fz="xs"
        aria-label={`Scores for the offer to ${offer.partnerName}`}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Criterion</Table.Th>
            <Table.Th ta="right">{winner.partnerName}</Table.Th>
            {others.map((r) => (
              <Table.Th key={r.partnerId} ta="right">
                {r.partnerName}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {winner.criteria.map((c, i) => (
            <Table.Tr key={c.criterion}>
              <Table.Td>
                {CRITERION_LABELS[c.criterion] ?? c.criterion}{' '}
                <Text span c="dimmed" fz="xs">
                  (weight {c.weight})
                </Text>
              </Table.Td>
              <Table.Td ta="right">{c.points}</Table.Td>
              {others.map((r) => (
                <Table.Td key={r.partnerId} ta="right">
                  {r.criteria[i]?.points ?? '—'}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          <Table.Tr fw={700}>
            <Table.Td>Score</Table.Td>
            <Table.Td ta="right">{winner.score}</Table.Td>
            {others.map((r) => (
              <Table.Td key={r.partnerId} ta="right">
                {r.score}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Every offer of the lead, newest first: to whom, why (scores against the runners-up), and the answer. */
export function OfferTimeline({ offers }: { offers: LeadOffer[] }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={4}>Offers</Title>
        {offers.length === 0 ? (
          <Text size="sm" c="dimmed">
            Not offered to any partner yet.
          </Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2} active={offers.length}>
            {offers.map((offer) => (
              <Timeline.Item
                key={offer.id}
                title={
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      {offer.partnerName}
                    </Text>
                    <OfferStatusBadge status={offer.status} />
                  </Group>
                }
              >
                <Stack gap={4} mt={4}>
                  <Text size="xs" c="dimmed">
                    Offered {formatDateTime(offer.offeredAt)} · due {formatDateTime(offer.dueAt)}
                    {offer.respondedAt ? ` · answered ${formatDateTime(offer.respondedAt)}` : ''}
                  </Text>
                  <Text size="sm">{offer.reason.summary}</Text>
                  {offer.declineReason ? (
                    <Text size="sm" c="red">
                      Declined: “{offer.declineReason}”
                    </Text>
                  ) : null}
                  <Breakdown offer={offer} />
                </Stack>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </Paper>
  );
}
