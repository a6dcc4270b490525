import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { api, unwrap } from '../../shared/api/client';
import { populationLabel, RULE_LABELS } from '../../shared/mapping/mapping-api';
import { EmptyState, ErrorState, LoadingState } from '../../shared/states/states';

/** On an account's page: the partners that have it on their uploaded lists, as far as they share them. */
export function AccountPartnersPanel({ accountId }: { accountId: string }) {
  const partners = useQuery({
    queryKey: ['accounts', accountId, 'partners'],
    queryFn: () => unwrap(api.GET('/api/accounts/{id}/partners', { params: { path: { id: accountId } } })),
  });
  const rows = partners.data ?? [];

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="account-partners-title">
      <Title order={4} id="account-partners-title" mb={4}>
        Partners with this account
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        From the partners' uploaded account lists, where they share them as records. Customers first: the
        strongest lead for co-selling.
      </Text>
      {partners.isLoading ? (
        <LoadingState label="Loading partners…" />
      ) : partners.error ? (
        <ErrorState error={partners.error} onRetry={() => void partners.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title="No partner has shared this account">
          When a partner's uploaded list includes this account and the partner shares that population, it is
          listed here.
        </EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped verticalSpacing="xs" aria-label="Partners with this account">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Partner</Table.Th>
                <Table.Th>On their list as</Table.Th>
                <Table.Th>Match</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.partnerId}>
                  <Table.Td>
                    <Link
                      to="/console/partners/$partnerId"
                      params={{ partnerId: row.partnerId }}
                      search={{ tab: 'mapping' }}
                      className="table-link"
                    >
                      {row.partnerName}
                    </Link>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={row.population === 'customer' ? 'teal' : 'gray'} tt="none">
                      {populationLabel(row.population)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {RULE_LABELS[row.rule as keyof typeof RULE_LABELS] ?? row.rule} ·{' '}
                    {Math.round(row.confidence * 100)}%
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
