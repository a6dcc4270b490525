import { Badge, Button, Group, Paper, ScrollArea, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { formatNumber } from '../../shared/format';
import { ErrorState } from '../../shared/states/states';
import { ApplicationCard } from './application-card';
import { fetchApplications, RECRUITING_KEY } from './recruiting-api';
import type { ApplicationFilterQuery, ApplicationSort } from './recruiting-filters';
import {
  APPLICATION_STATUS_COLORS,
  applicationStatusLabel,
  type BoardStage,
  STAGE_HINTS,
} from './recruiting-stages';
import type { ApplicationActions } from './use-application-actions';

const PAGE = 20;

/** One stage of the board: its count, its cards in the chosen order, and more on request. */
export function BoardColumn({
  stage,
  filters,
  order,
  total,
  canWrite,
  actions,
  onOpen,
}: {
  stage: BoardStage;
  filters: ApplicationFilterQuery;
  order: ApplicationSort;
  /** The stage's count from the summary, when it has loaded. */
  total: number | undefined;
  canWrite: boolean;
  actions: ApplicationActions;
  onOpen: (id: string) => void;
}) {
  const query = useInfiniteQuery({
    queryKey: [RECRUITING_KEY, 'board', stage, filters, order],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      fetchApplications({
        ...filters,
        status: stage,
        sort: order,
        limit: PAGE,
        ...(pageParam ? { cursor: pageParam } : {}),
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const cards = query.data?.pages.flatMap((p) => p.items) ?? [];
  const label = applicationStatusLabel(stage);
  const headingId = `board-column-${stage}`;

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      bg="gray.0"
      component="section"
      aria-labelledby={headingId}
      data-testid={`board-column-${stage}`}
      miw={196}
      style={{ flex: '1 1 0' }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={5} id={headingId}>
            {label}
          </Title>
          <Badge
            color={APPLICATION_STATUS_COLORS[stage]}
            variant="light"
            aria-label={`${total ?? cards.length} in ${label}`}
          >
            {total !== undefined ? formatNumber(total) : '…'}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" lh={1.3}>
          {STAGE_HINTS[stage]}
        </Text>
        {query.error ? (
          <ErrorState error={query.error} onRetry={() => query.refetch()} />
        ) : query.isLoading ? (
          <Stack gap="xs">
            <Skeleton height={110} />
            <Skeleton height={110} />
          </Stack>
        ) : cards.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" py="lg">
            Nothing here
          </Text>
        ) : (
          <ScrollArea.Autosize mah={640} type="auto" offsetScrollbars>
            <Stack gap="xs">
              {cards.map((application) => (
                <ApplicationCard
                  key={application.id}
                  application={application}
                  canWrite={canWrite}
                  actions={actions}
                  onOpen={onOpen}
                />
              ))}
              {query.hasNextPage ? (
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => void query.fetchNextPage()}
                  loading={query.isFetchingNextPage}
                >
                  Show more
                </Button>
              ) : null}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Stack>
    </Paper>
  );
}
