import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowsLeftRight, IconCircleCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { formatDay } from '../../shared/dates';
import { formatDate, humanize } from '../../shared/format';
import { formatMoney } from '../../shared/money';
import type { RegistrationDetail } from '../../shared/registrations/registration-api';
import { RegistrationStatusBadge } from '../../shared/registrations/registration-status-badge';
import { ProductLines } from './product-lines';

type Registration = RegistrationDetail['registration'];
type Conflict = NonNullable<RegistrationDetail['conflict']>;

const lower = (lines: string[]) => new Set(lines.map((l) => l.toLowerCase()));

function Row({ label, children, highlight }: { label: string; children: ReactNode; highlight?: boolean }) {
  return (
    <Table.Tr style={highlight ? { background: 'var(--mantine-color-orange-0)' } : undefined}>
      <Table.Th w={150} style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function Side({
  heading,
  testId,
  badge,
  children,
}: {
  heading: string;
  testId: string;
  badge?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={heading} data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={4}>{heading}</Title>
          {badge}
        </Group>
        <Table variant="vertical" layout="fixed" withTableBorder={false} verticalSpacing={6}>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

const FirstBadge = () => (
  <Badge color="orange" variant="light" size="sm">
    First
  </Badge>
);

/**
 * This registration next to what it conflicts with (another partner's registration or the vendor's
 * own opportunity): shared product lines are highlighted, and the dates show who came first and
 * whether the other side's protection covers this registration.
 */
export function ConflictComparison({
  registration: r,
  conflict,
}: {
  registration: Registration;
  conflict: Conflict | null;
}) {
  const registered = r.submittedAt ?? r.createdAt;
  const shared = conflict
    ? new Set([...lower(r.productLines)].filter((line) => lower(conflict.productLines).has(line)))
    : new Set<string>();
  const conflictFirst = conflict ? conflict.since <= registered : false;
  const protects =
    conflict?.protectedUntil !== null && conflict?.protectedUntil !== undefined
      ? conflict.protectedUntil > registered
      : false;

  const mine = (
    <Side
      heading="This registration"
      testId="this-registration"
      badge={<RegistrationStatusBadge status={r.status} />}
    >
      <Row label="Partner">
        <Link to="/console/partners/$partnerId" params={{ partnerId: r.partnerId }} className="table-link">
          {r.partnerName}
        </Link>
      </Row>
      <Row label="Customer">
        <Stack gap={0}>
          <Text size="sm">{r.customerName}</Text>
          {r.customerDomain ? (
            <Text size="xs" c="dimmed">
              {r.customerDomain}
              {r.customerCountry ? ` · ${r.customerCountry}` : ''}
            </Text>
          ) : null}
        </Stack>
      </Row>
      <Row label="Product lines" highlight={shared.size > 0}>
        <ProductLines lines={r.productLines} shared={shared} />
      </Row>
      <Row label="Amount">{formatMoney(r.amountMinor, r.currency)}</Row>
      <Row label="Registered" highlight={Boolean(conflict)}>
        <Group gap="xs">
          <Text size="sm">{formatDate(registered)}</Text>
          {conflict && !conflictFirst ? <FirstBadge /> : null}
        </Group>
      </Row>
      <Row label="Expected close">{formatDay(r.expectedClose)}</Row>
      <Row label="Protected until">
        {r.protectedUntil ? (
          <Text size="sm">
            {formatDate(r.protectedUntil)}
            {r.extended ? ' (extended)' : ''}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            Not protected
          </Text>
        )}
      </Row>
      {r.contactName || r.contactEmail ? (
        <Row label="Customer contact">
          <Text size="sm">
            {[r.contactName, r.contactTitle].filter(Boolean).join(', ')}
            {r.contactEmail ? ` · ${r.contactEmail}` : ''}
          </Text>
        </Row>
      ) : null}
    </Side>
  );

  if (!conflict) {
    return (
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {mine}
        <Paper withBorder radius="md" p="md" component="section" aria-label="Conflict" data-testid="conflict">
          <Stack gap="xs" align="flex-start">
            <Title order={4}>Conflict</Title>
            <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
              The rules found no other partner's registration and no direct opportunity in the way of this
              registration.
            </Alert>
          </Stack>
        </Paper>
      </SimpleGrid>
    );
  }

  const isDeal = conflict.kind === 'deal';
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {mine}
        <Side
          heading={isDeal ? 'Direct opportunity' : 'Conflicting registration'}
          testId="conflict"
          badge={
            isDeal ? (
              <Badge variant="light" color="blue">
                {humanize(conflict.status)}
              </Badge>
            ) : (
              <RegistrationStatusBadge status={conflict.status} />
            )
          }
        >
          <Row label={isDeal ? 'Owner' : 'Partner'}>
            {isDeal ? (
              <Text size="sm">Your sales team (direct)</Text>
            ) : (
              <Text size="sm" fw={600}>
                {conflict.partnerName}
              </Text>
            )}
          </Row>
          <Row label={isDeal ? 'Opportunity' : 'Customer'}>
            {isDeal ? (
              <Link to="/console/deals/$dealId" params={{ dealId: conflict.id }} className="table-link">
                {conflict.customerName}
              </Link>
            ) : (
              <Link
                to="/console/registrations/$registrationId"
                params={{ registrationId: conflict.id }}
                className="table-link"
              >
                {conflict.customerName}
              </Link>
            )}
          </Row>
          <Row label="Product lines" highlight={shared.size > 0}>
            <ProductLines lines={conflict.productLines} shared={shared} />
          </Row>
          <Row label="Amount">{formatMoney(conflict.amountMinor, conflict.currency)}</Row>
          <Row label={isDeal ? 'Opened' : 'Approved'} highlight>
            <Group gap="xs">
              <Text size="sm">{formatDate(conflict.since)}</Text>
              {conflictFirst ? <FirstBadge /> : null}
            </Group>
          </Row>
          <Row label="Protected until" highlight={protects}>
            {conflict.protectedUntil ? (
              <Text size="sm" fw={protects ? 600 : undefined}>
                {formatDate(conflict.protectedUntil)}
                {protects ? ' · covers this registration' : ''}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {isDeal ? 'Direct pipeline is not time-limited' : 'Not protected'}
              </Text>
            )}
          </Row>
        </Side>
      </SimpleGrid>
      <Group gap="xs" c="dimmed">
        <IconArrowsLeftRight size={14} />
        <Text size="xs">
          {shared.size > 0
            ? `Both sides cover ${shared.size === 1 ? 'the product line' : 'the product lines'} highlighted in orange.`
            : 'The two sides share no product line.'}{' '}
          {conflictFirst
            ? `${isDeal ? 'The direct opportunity' : conflict.partnerName} came first.`
            : 'This registration came first.'}
        </Text>
      </Group>
    </Stack>
  );
}
