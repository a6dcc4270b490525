import { Box, Button, Group, Skeleton, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ErrorState } from '../states/states';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** The API sort key; makes the header a sort button. */
  sortKey?: string;
  width?: number | string;
  align?: 'left' | 'right';
}

export interface DataTableProps<T> {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowId: (row: T) => string;
  sort?: string;
  onSortChange?: (sort: string) => void;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  empty: ReactNode;
  pagination?: { page: number; hasPrev: boolean; hasNext: boolean; onPrev: () => void; onNext: () => void };
}

function SortHeader({
  column,
  sort,
  onSortChange,
}: {
  column: Column<unknown>;
  sort?: string;
  onSortChange?: (s: string) => void;
}) {
  const key = column.sortKey!;
  const direction = sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : 'none';
  const Icon =
    direction === 'ascending' ? IconArrowUp : direction === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th aria-sort={direction} style={{ width: column.width }}>
      <UnstyledButton
        onClick={() => onSortChange?.(direction === 'ascending' ? `-${key}` : key)}
        aria-label={`Sort by ${column.header}`}
      >
        <Group gap={4} wrap="nowrap">
          <Text fw={600} size="sm">
            {column.header}
          </Text>
          <Icon size={14} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/** The list view every screen uses: sortable headers, loading skeleton, designed empty and error states, cursor paging. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, rows, pagination } = props;
  if (props.error) return <ErrorState error={props.error} onRetry={props.onRetry} />;
  const showEmpty = !props.loading && rows.length === 0;
  return (
    <Box>
      <Table.ScrollContainer minWidth={600}>
        <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
          <Table.Caption style={{ textAlign: 'left' }} className="visually-hidden">
            {props.caption}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) =>
                column.sortKey ? (
                  <SortHeader
                    key={column.key}
                    column={column as Column<unknown>}
                    sort={props.sort}
                    onSortChange={props.onSortChange}
                  />
                ) : (
                  <Table.Th key={column.key} style={{ width: column.width, textAlign: column.align }}>
                    {column.header}
                  </Table.Th>
                ),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.loading && rows.length === 0
              ? [0, 1, 2, 3, 4].map((i) => (
                  <Table.Tr key={`skeleton-${i}`}>
                    {columns.map((column) => (
                      <Table.Td key={column.key}>
                        <Skeleton height={14} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              : rows.map((row) => (
                  <Table.Tr key={props.rowId(row)}>
                    {columns.map((column) => (
                      <Table.Td key={column.key} style={{ textAlign: column.align }}>
                        {column.render(row)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {showEmpty ? props.empty : null}
      {pagination && (pagination.hasPrev || pagination.hasNext) ? (
        <Group justify="flex-end" mt="sm" gap="xs">
          <Text size="sm" c="dimmed">
            Page {pagination.page}
          </Text>
          <Button variant="default" size="xs" onClick={pagination.onPrev} disabled={!pagination.hasPrev}>
            Previous
          </Button>
          <Button variant="default" size="xs" onClick={pagination.onNext} disabled={!pagination.hasNext}>
            Next
          </Button>
        </Group>
      ) : null}
    </Box>
  );
}
