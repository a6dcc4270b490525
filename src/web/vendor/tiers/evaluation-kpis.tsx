import { SimpleGrid } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowDownRight,
  IconArrowUpRight,
  IconClockHour4,
  IconEqual,
} from '@tabler/icons-react';
import { KpiTile } from '../../shared/charts/kpi-tile';
import { formatNumber } from '../../shared/format';
import type { EvaluationCounts } from './evaluation-summary';

/** The preview's headline numbers: who would be promoted, wait for approval, be warned, be demoted, or stay. */
export function EvaluationKpis({ counts }: { counts: EvaluationCounts }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
      <KpiTile
        label="Would promote"
        value={formatNumber(counts.promote)}
        icon={IconArrowUpRight}
        color="teal"
        hint="Promoted or given a first tier"
        testId="kpi-promote"
      />
      <KpiTile
        label="Awaiting approval"
        value={formatNumber(counts.approval)}
        icon={IconClockHour4}
        color="blue"
        hint="Qualified; a manager approves"
        testId="kpi-approval"
      />
      <KpiTile
        label="Warnings start"
        value={formatNumber(counts.warn)}
        icon={IconAlertTriangle}
        color="orange"
        hint="Grace period before demotion"
        testId="kpi-warn"
      />
      <KpiTile
        label="Would demote"
        value={formatNumber(counts.demote)}
        icon={IconArrowDownRight}
        color="red"
        hint="Grace period over"
        testId="kpi-demote"
      />
      <KpiTile
        label="Unchanged"
        value={formatNumber(counts.unchanged)}
        icon={IconEqual}
        color="gray"
        hint={counts.grace ? `${formatNumber(counts.grace)} of them in a grace period` : 'Keep their tier'}
        testId="kpi-unchanged"
      />
    </SimpleGrid>
  );
}
