import { Badge, type BadgeProps } from '@mantine/core';
import { type TierDefinitionView, tierName, tierPosition } from './tier-progress';

/** Colours by a tier's place in the program, from the entry tier up. */
const PALETTE = ['gray', 'yellow', 'grape', 'indigo', 'cyan', 'teal', 'orange', 'pink', 'lime', 'blue'];

export function tierColor(tiers: readonly TierDefinitionView[], key: string | null | undefined): string {
  const position = tierPosition(tiers, key);
  return position < 0 ? 'gray' : PALETTE[position % PALETTE.length]!;
}

/** A tier by its name in the program; "No tier" when the partner holds none. */
export function TierBadge({
  tiers,
  tierKey,
  size = 'md',
  variant,
}: {
  tiers: readonly TierDefinitionView[];
  tierKey: string | null | undefined;
  size?: BadgeProps['size'];
  variant?: BadgeProps['variant'];
}) {
  return (
    <Badge
      size={size}
      tt="none"
      variant={variant ?? (tierKey ? 'light' : 'outline')}
      color={tierColor(tiers, tierKey)}
    >
      {tierName(tiers, tierKey)}
    </Badge>
  );
}
