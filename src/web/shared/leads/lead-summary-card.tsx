import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDateTime } from '../format';
import { formatMoney } from '../money';
import { SOURCE_LABELS } from './lead-status';
import type { Lead } from './leads-api';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children || '—'}
      </Text>
    </Stack>
  );
}

/** The buyer and what they need: the part of a lead both the vendor and the partner work from. */
export function LeadSummaryCard({ lead, extra }: { lead: Lead; extra?: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Title order={4}>Buyer</Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label="Company">
            {lead.companyName}
            {lead.domain ? (
              <Text size="xs" c="dimmed">
                {lead.domain}
              </Text>
            ) : null}
          </Field>
          <Field label="Contact">
            {lead.contactName}
            {lead.contactTitle ? ` · ${lead.contactTitle}` : ''}
            <Text size="xs">
              <Anchor href={`mailto:${lead.contactEmail}`} size="xs">
                {lead.contactEmail}
              </Anchor>
              {lead.contactPhone ? ` · ${lead.contactPhone}` : ''}
            </Text>
          </Field>
          <Field label="Country / region">
            {lead.country ? `${lead.country}${lead.region ? ` · ${lead.region}` : ''}` : null}
          </Field>
          <Field label="Interests">
            {lead.interests.length ? (
              <Group gap={4}>
                {lead.interests.map((i) => (
                  <Badge key={i} variant="light" size="sm">
                    {i}
                  </Badge>
                ))}
              </Group>
            ) : null}
          </Field>
          <Field label="Product lines">{lead.productLines.join(', ')}</Field>
          <Field label="Estimated amount">
            {lead.estimatedAmountMinor !== null && lead.currency
              ? formatMoney(lead.estimatedAmountMinor, lead.currency)
              : null}
          </Field>
          <Field label="Score">{`${lead.score} / 100`}</Field>
          <Field label="Source">{SOURCE_LABELS[lead.source] ?? lead.source}</Field>
          <Field label="Received">{formatDateTime(lead.createdAt)}</Field>
        </SimpleGrid>
        {lead.message ? <Field label="Message">{lead.message}</Field> : null}
        {extra}
      </Stack>
    </Paper>
  );
}
