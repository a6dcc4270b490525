import { Group, ScrollArea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { BoardColumn } from './board-column';
import { applicationSummaryQuery } from './recruiting-api';
import type { ApplicationFilterQuery, ApplicationSort } from './recruiting-filters';
import { BOARD_STAGES } from './recruiting-stages';
import type { ApplicationActions } from './use-application-actions';

/** The pipeline as columns, one per stage from applied to onboarding. */
export function RecruitingBoard({
  filters,
  order,
  canWrite,
  actions,
  onOpen,
}: {
  filters: ApplicationFilterQuery;
  order: ApplicationSort;
  canWrite: boolean;
  actions: ApplicationActions;
  onOpen: (id: string) => void;
}) {
  const summary = useQuery(applicationSummaryQuery(filters));
  const countOf = (stage: string) => summary.data?.byStatus.find((s) => s.status === stage)?.count;
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group align="flex-start" wrap="nowrap" gap="sm" pb="xs">
        {BOARD_STAGES.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            filters={filters}
            order={order}
            total={countOf(stage)}
            canWrite={canWrite}
            actions={actions}
            onOpen={onOpen}
          />
        ))}
      </Group>
    </ScrollArea>
  );
}
