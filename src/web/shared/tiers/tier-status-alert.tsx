import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockHour4, IconInfoCircle, IconTrendingUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { formatDate } from '../format';
import type { TierOutlook } from './tier-outlook';
import { type TierDefinitionView, tierName } from './tier-progress';

/**
 * A running demotion warning with its date, a promotion waiting for approval, or a higher tier the
 * partner already qualifies for; nothing when the tier is steady. `you` words it for the partner itself.
 */
export function TierStatusAlert({
  outlook,
  tiers,
  currentTier,
  you = false,
  action,
}: {
  outlook: TierOutlook;
  tiers: readonly TierDefinitionView[];
  currentTier: string | null;
  you?: boolean;
  /** e.g. the console's "Approve promotion" button. */
  action?: ReactNode;
}) {
  const subject = you ? 'You' : 'This partner';
  const possessive = you ? 'your' : 'its';
  const name = (key: string | null) => tierName(tiers, key);
  switch (outlook.kind) {
    case 'grace':
      return (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={18} />}
          title={
            outlook.dueAt
              ? `Demotion warning: ${name(currentTier)} is kept until ${formatDate(outlook.dueAt)}`
              : `Demotion warning for ${name(currentTier)}`
          }
          role="alert"
          data-testid="tier-warning"
        >
          <Text size="sm">
            {subject} no longer {you ? 'meet' : 'meets'} every criterion of {name(currentTier)} (warned{' '}
            {formatDate(outlook.warnedAt)}). Unless {possessive} results recover by the end of the grace
            period, {possessive} tier changes to {name(outlook.target)}.
          </Text>
        </Alert>
      );
    case 'awaiting_approval':
      return (
        <Alert color="blue" icon={<IconClockHour4 size={18} />} title="Promotion awaiting approval">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              {subject} {you ? 'qualify' : 'qualifies'} for {name(outlook.tier)}; the promotion applies once a
              partner manager approves it.
            </Text>
            {action}
          </Stack>
        </Alert>
      );
    case 'qualifies_higher':
      return (
        <Alert color="teal" icon={<IconTrendingUp size={18} />} title={`Qualifies for ${name(outlook.tier)}`}>
          <Text size="sm">
            {you ? 'Your' : 'Its'} results already meet {name(outlook.tier)}. The change applies at the next
            tier evaluation{outlook.needsApproval ? ', once a partner manager approves it' : ''}.
          </Text>
        </Alert>
      );
    case 'falls_short':
      return (
        <Alert color="yellow" icon={<IconInfoCircle size={18} />} title={`Below ${name(currentTier)} today`}>
          <Text size="sm">
            {subject} {you ? 'do' : 'does'} not meet every criterion of {name(currentTier)} at the moment. The
            next evaluation starts a grace period before any demotion.
          </Text>
        </Alert>
      );
    default:
      return null;
  }
}
