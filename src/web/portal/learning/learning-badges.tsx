import { Badge, Group, Progress, Text } from '@mantine/core';
import {
  CERTIFICATE_STATE_COLORS,
  CERTIFICATE_STATE_LABELS,
  type CertificateState,
} from './certificate-status';
import {
  courseStanding,
  type ProgressLike,
  progressLabel,
  progressPercent,
  STANDING_COLORS,
} from './course-progress';

export function CourseStandingBadge({ progress }: { progress: ProgressLike | null }) {
  return (
    <Badge
      variant="light"
      color={STANDING_COLORS[courseStanding(progress)]}
      style={{ flexShrink: 0 }}
      miw="max-content"
    >
      {progressLabel(progress)}
    </Badge>
  );
}

/** A slim bar with the percentage beside it, named for screen readers. */
export function CourseProgressBar({
  progress,
  label,
  width = 160,
}: {
  progress: ProgressLike | null;
  label: string;
  width?: number | string;
}) {
  const percent = progressPercent(progress);
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={percent}
        w={width}
        size="sm"
        color={percent === 100 ? 'teal' : 'blue'}
        aria-label={`${label}: ${percent}% done`}
      />
      <Text size="xs" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
        {percent}%
      </Text>
    </Group>
  );
}

export function CertificateStateBadge({ state, renewed }: { state: CertificateState; renewed?: boolean }) {
  if (renewed)
    return (
      <Badge variant="light" color="gray">
        Renewed
      </Badge>
    );
  return (
    <Badge variant="light" color={CERTIFICATE_STATE_COLORS[state]}>
      {CERTIFICATE_STATE_LABELS[state]}
    </Badge>
  );
}
