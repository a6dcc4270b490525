import { Stack, Text, Title } from '@mantine/core';
import { EmptyState } from '../shared/states/states';
import { AuditTable } from './audit-table';

/** Every recorded write about one partner (its profile, stage, contacts and users), newest first. */
export function AuditTrail({ partnerId }: { partnerId: string }) {
  return (
    <Stack>
      <div>
        <Title order={4}>Audit trail</Title>
        <Text size="sm" c="dimmed">
          Every change to this partner, its contacts and its users: who made it, when, and what it changed.
        </Text>
      </div>
      <AuditTable
        filters={{ partnerId }}
        showPartner={false}
        empty={
          <EmptyState title="Nothing recorded yet">Changes to this partner will be listed here.</EmptyState>
        }
      />
    </Stack>
  );
}
