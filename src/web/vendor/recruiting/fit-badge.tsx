import { Badge, Tooltip } from '@mantine/core';
import { fitColor } from '../badges';

/** The IPP fit of a prospect as a compact badge for cards. */
export function FitBadge({ score }: { score: number }) {
  return (
    <Tooltip label={`IPP fit ${score} of 100`} withArrow>
      <Badge
        color={fitColor(score)}
        variant="filled"
        size="md"
        miw="max-content"
        aria-label={`IPP fit ${score} of 100`}
      >
        Fit {score}
      </Badge>
    </Tooltip>
  );
}
