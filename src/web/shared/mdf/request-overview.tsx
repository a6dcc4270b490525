import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatDateTime, humanize } from '../format';
import { formatMoney } from '../money';
import { fileUrl, type MdfClaim, type MdfRequestDetail } from './mdf-api';
import { ClaimStatusBadge, RequestStatusBadge } from './mdf-badges';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

/** The plan, the amounts and the approval chain of one request. */
export function RequestOverview({ request }: { request: MdfRequestDetail }) {
  const money = (minor: number | null) => (minor === null ? '—' : formatMoney(minor, request.currency));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Card withBorder>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={4}>Plan</Title>
            <RequestStatusBadge status={request.status} />
          </Group>
          <SimpleGrid cols={3}>
            <Fact label="Activity">{humanize(request.activityType)}</Fact>
            <Fact label="Dates">
              {request.startsOn} – {request.endsOn}
            </Fact>
            <Fact label="Budget">{request.budgetName}</Fact>
            <Fact label="Requested">{money(request.requestedMinor)}</Fact>
            <Fact label="Approved">{money(request.approvedMinor)}</Fact>
            <Fact label="Left to claim">{money(request.committedRemainingMinor)}</Fact>
            <Fact label="Expected leads">{request.expectedLeads}</Fact>
            <Fact label="Expected pipeline">{money(request.expectedPipelineMinor)}</Fact>
          </SimpleGrid>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {request.plan}
          </Text>
          {request.decisionReason ? (
            <Text size="sm" c="red">
              Reason: {request.decisionReason}
            </Text>
          ) : null}
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          Approval chain
        </Title>
        {request.approvals.length === 0 ? (
          <Text size="sm" c="dimmed">
            {request.status === 'draft' ? 'Not submitted yet.' : 'Waiting for the partner manager.'}
          </Text>
        ) : (
          <Timeline active={request.approvals.length} bulletSize={22}>
            {request.approvals.map((a) => (
              <Timeline.Item
                key={a.id}
                bullet={a.decision === 'approved' ? <IconCheck size={12} /> : <IconX size={12} />}
                title={`${a.step === 'manager' ? 'Manager' : 'Finance'}: ${a.decision}`}
              >
                <Text size="sm">
                  {a.actorName ?? 'System'} · {formatDateTime(a.at)}
                  {a.amountMinor !== null ? ` · ${money(a.amountMinor)}` : ''}
                </Text>
                {a.reason ? (
                  <Text size="sm" c="dimmed">
                    {a.reason}
                  </Text>
                ) : null}
              </Timeline.Item>
            ))}
            {request.nextStep ? (
              <Timeline.Item title={`Waiting for ${request.nextStep}`}>
                <Text size="sm" c="dimmed">
                  Next step
                </Text>
              </Timeline.Item>
            ) : null}
          </Timeline>
        )}
      </Card>
    </SimpleGrid>
  );
}

/** Claims of a request with proof files and results; `actions` renders the buttons a row allows. */
export function ClaimsTable({
  claims,
  actions,
}: {
  claims: MdfClaim[];
  actions?: (claim: MdfClaim) => ReactNode;
}) {
  if (claims.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No claims yet.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Submitted</Table.Th>
            <Table.Th>Amount</Table.Th>
            <Table.Th>Results</Table.Th>
            <Table.Th>Proof</Table.Th>
            <Table.Th>Status</Table.Th>
            {actions ? <Table.Th>Actions</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {claims.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{formatDateTime(c.submittedAt)}</Table.Td>
              <Table.Td>{formatMoney(c.amountMinor, c.currency)}</Table.Td>
              <Table.Td>
                {c.resultLeads} leads · {formatMoney(c.resultPipelineMinor, c.currency)} pipeline
                {c.resultNotes ? (
                  <Text size="xs" c="dimmed">
                    {c.resultNotes}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {c.files.map((f) => (
                    <Anchor key={f.id} href={fileUrl(f.id)} target="_blank" rel="noreferrer" size="sm">
                      {f.fileName}
                    </Anchor>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td>
                <ClaimStatusBadge status={c.status} />
                {c.decisionReason ? (
                  <Text size="xs" c="dimmed">
                    {c.decisionReason}
                  </Text>
                ) : null}
                {c.paymentReference ? <Text size="xs">Paid: {c.paymentReference}</Text> : null}
              </Table.Td>
              {actions ? <Table.Td>{actions(c)}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
