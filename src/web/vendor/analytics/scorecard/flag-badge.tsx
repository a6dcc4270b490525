import { Badge } from '@mantine/core';

/** Under- or over-performer against the peer group. */
export function FlagBadge({ flag }: { flag: 'under' | 'over' | null }) {
  if (flag === null) return null;
  return (
    <Badge color={flag === 'over' ? 'teal' : 'red'} variant="light">
      {flag === 'over' ? 'Over-performer' : 'Under-performer'}
    </Badge>
  );
}
