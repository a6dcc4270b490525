import { Group, List, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import type { Schemas } from '../../shared/api/client';

export const RULE_LABELS: Record<Schemas['HealthFinding']['rule'], string> = {
  noActivity: 'Activity',
  fallingRevenue: 'Revenue trend',
  expiredCertifications: 'Certifications',
};

/** Each enabled rule's finding: warning icon when it fires, check when it is met. */
export function HealthFindings({ findings }: { findings: Schemas['HealthFinding'][] }) {
  if (findings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Every health rule is switched off.
      </Text>
    );
  }
  return (
    <List spacing={6} size="sm" center>
      {findings.map((finding) => (
        <List.Item
          key={finding.rule}
          icon={
            <ThemeIcon size={20} radius="xl" variant="light" color={finding.fired ? 'orange' : 'teal'}>
              {finding.fired ? <IconAlertTriangle size={13} /> : <IconCircleCheck size={13} />}
            </ThemeIcon>
          }
        >
          <Group gap={6} wrap="nowrap" align="baseline">
            <Text size="sm" fw={600}>
              {RULE_LABELS[finding.rule]}
            </Text>
            <Text size="sm" c={finding.fired ? 'orange.8' : undefined}>
              {finding.detail}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
