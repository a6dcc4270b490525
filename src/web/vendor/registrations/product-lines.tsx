import { Badge, Group } from '@mantine/core';

/** Product lines as badges; the ones in `shared` (lower case) stand out, e.g. both sides of a conflict. */
export function ProductLines({ lines, shared }: { lines: string[]; shared?: Set<string> }) {
  return (
    <Group gap={4}>
      {lines.map((line) => {
        const isShared = shared?.has(line.toLowerCase()) ?? false;
        return (
          <Badge
            key={line}
            size="sm"
            variant={isShared ? 'filled' : 'light'}
            color={isShared ? 'orange' : 'gray'}
            tt="none"
            title={isShared ? `${line}: on both sides of the conflict` : undefined}
            data-shared={isShared || undefined}
          >
            {line}
          </Badge>
        );
      })}
    </Group>
  );
}
