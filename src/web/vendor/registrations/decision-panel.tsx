import { Badge, Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { formatDate, formatDateTime, humanize } from '../../shared/format';
import type { RegistrationDetail } from '../../shared/registrations/registration-api';
import { OUTCOME_COLORS, outcomeLabel, ruleLabel } from '../rules/rule-info';

type Decision = RegistrationDetail['decisions'][number];

/** What a rule saw when it decided (stored with the decision); read defensively, it is plain JSON. */
interface SeenInputs {
  account?: { id?: string; name?: string; match?: string; confidence?: number };
  directOpportunities?: Array<{
    id: string;
    name: string;
    productLines: string[];
    stage: string;
    createdAt: string;
  }>;
  partnerRegistrations?: Array<{
    id: string;
    partnerName: string;
    productLines: string[];
    approvedAt: string;
    protectedUntil: string;
  }>;
}

function seenInputs(value: unknown): SeenInputs | null {
  if (!value || typeof value !== 'object') return null;
  const inputs = value as SeenInputs;
  return inputs.account || inputs.directOpportunities || inputs.partnerRegistrations ? inputs : null;
}

const MATCH_LABELS: Record<string, string> = {
  domain: 'Website domain',
  name: 'Company name (exact, normalized)',
  fuzzy_name: 'Similar company name (fuzzy)',
  new: 'No match: a new prospect account was proposed',
};

export const matchLabel = (match: string) => MATCH_LABELS[match] ?? humanize(match);

export function OutcomeBadge({ outcome }: { outcome: string }) {
  return (
    <Badge color={OUTCOME_COLORS[outcome] ?? 'gray'} variant="light" miw="max-content">
      {outcomeLabel(outcome)}
    </Badge>
  );
}

/**
 * Why the registration is where it is: the rule that decided (and the rule-set version), its readable
 * reason, and what it saw — the account match with its confidence, the vendor's open opportunities and
 * other partners' live registrations on the account.
 */
export function DecisionPanel({ decisions }: { decisions: Decision[] }) {
  const automatic = [...decisions].reverse().find((d) => d.automatic);
  const inputs = seenInputs(automatic?.inputs);
  const account = inputs?.account;
  const direct = inputs?.directOpportunities ?? [];
  const others = inputs?.partnerRegistrations ?? [];

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="What the rules saw">
      <Stack gap="md">
        <Title order={4}>What the rules saw</Title>
        {!automatic ? (
          <Text size="sm" c="dimmed">
            This registration has not been decided by the rules yet (it is still a draft, or was decided
            before decisions were recorded).
          </Text>
        ) : (
          <Stack gap="sm">
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>
                Rule:
              </Text>
              <Badge variant="outline" color="indigo" tt="none" data-testid="decision-rule">
                {ruleLabel(automatic.ruleId)}
              </Badge>
              <Text size="xs" c="dimmed" ff="monospace">
                {automatic.ruleId}
              </Text>
              <Text size="sm" c="dimmed">
                · rule set version {automatic.ruleSetVersion ?? '—'}
              </Text>
              <OutcomeBadge outcome={automatic.outcome} />
            </Group>
            <Text size="sm">{automatic.reason}</Text>
            {account ? (
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  Account match:
                </Text>
                {account.id ? (
                  <Link
                    to="/console/accounts/$accountId"
                    params={{ accountId: account.id }}
                    className="table-link"
                  >
                    {account.name}
                  </Link>
                ) : (
                  <Text size="sm">{account.name}</Text>
                )}
                <Text size="sm" c="dimmed">
                  by {matchLabel(account.match ?? '')}
                </Text>
                {typeof account.confidence === 'number' ? (
                  <Badge variant="light" color={account.confidence >= 0.9 ? 'teal' : 'yellow'}>
                    {Math.round(account.confidence * 100)}% confidence
                  </Badge>
                ) : null}
              </Group>
            ) : null}
            <div>
              <Text size="sm" fw={600}>
                Your open direct opportunities on the account
              </Text>
              {direct.length ? (
                <List size="sm" spacing={2}>
                  {direct.map((o) => (
                    <List.Item key={o.id}>
                      <Link to="/console/deals/$dealId" params={{ dealId: o.id }} className="table-link">
                        {o.name}
                      </Link>{' '}
                      · {humanize(o.stage)} · {o.productLines.join(', ')} · opened {formatDate(o.createdAt)}
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="dimmed">
                  None
                </Text>
              )}
            </div>
            <div>
              <Text size="sm" fw={600}>
                Other partners' approved registrations on the account
              </Text>
              {others.length ? (
                <List size="sm" spacing={2}>
                  {others.map((o) => (
                    <List.Item key={o.id}>
                      <Link
                        to="/console/registrations/$registrationId"
                        params={{ registrationId: o.id }}
                        className="table-link"
                      >
                        {o.partnerName}
                      </Link>{' '}
                      · {o.productLines.join(', ')} · approved {formatDate(o.approvedAt)}, protected until{' '}
                      {formatDate(o.protectedUntil)}
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="dimmed">
                  None
                </Text>
              )}
            </div>
          </Stack>
        )}
        {decisions.length > 0 ? (
          <div>
            <Text size="sm" fw={600} mb={4}>
              Decisions
            </Text>
            <Stack gap={6}>
              {decisions.map((d) => (
                <Group key={d.id} gap="xs" wrap="nowrap" align="flex-start">
                  <Box w={104} style={{ flexShrink: 0 }}>
                    <OutcomeBadge outcome={d.outcome} />
                  </Box>
                  <Stack gap={0}>
                    <Text size="sm">
                      <b>{d.automatic ? ruleLabel(d.ruleId) : 'Partner manager'}</b>
                      {d.ruleSetVersion !== null ? ` · version ${d.ruleSetVersion}` : ''} ·{' '}
                      {formatDateTime(d.at)}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {d.reason}
                    </Text>
                  </Stack>
                </Group>
              ))}
            </Stack>
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
