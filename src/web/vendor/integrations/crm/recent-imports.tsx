import { Badge, Button, Collapse, Group, Select, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { api, unwrap } from '../../../shared/api/client';
import { formatDateTime, formatNumber } from '../../../shared/format';
import { EmptyState, ErrorState, LoadingState } from '../../../shared/states/states';
import { CRM_IMPORTS_KEY, type CrmObject, type CrmSource, OBJECTS, SOURCES } from './crm-import-api';
import { CrmImportReportView } from './crm-import-report';

type Sort = '-createdAt' | 'createdAt' | 'fileName' | '-fileName';
type Status = 'uploaded' | 'previewed' | 'applied';

const STATUS_COLORS: Record<Status, string> = { uploaded: 'gray', previewed: 'blue', applied: 'teal' };

/** Recent CRM imports with filters and their last report, opened row by row. */
export function RecentImports() {
  const [sort, setSort] = useState<Sort>('-createdAt');
  const [source, setSource] = useState<CrmSource | null>(null);
  const [object, setObject] = useState<CrmObject | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const query = useInfiniteQuery({
    queryKey: [...CRM_IMPORTS_KEY, { sort, source, object, status }],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/integrations/imports', {
          params: {
            query: {
              limit: 20,
              sort,
              ...(pageParam ? { cursor: pageParam } : {}),
              ...(source ? { source } : {}),
              ...(object ? { object } : {}),
              ...(status ? { status } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="wrap">
        <Select
          label="Source"
          placeholder="Any"
          data={SOURCES}
          value={source}
          onChange={(v) => setSource(v as CrmSource | null)}
          clearable
          w={160}
        />
        <Select
          label="Object"
          placeholder="Any"
          data={OBJECTS}
          value={object}
          onChange={(v) => setObject(v as CrmObject | null)}
          clearable
          w={200}
        />
        <Select
          label="Status"
          placeholder="Any"
          data={['uploaded', 'previewed', 'applied']}
          value={status}
          onChange={(v) => setStatus(v as Status | null)}
          clearable
          w={150}
        />
        <Select
          label="Sort"
          data={[
            { value: '-createdAt', label: 'Newest first' },
            { value: 'createdAt', label: 'Oldest first' },
            { value: 'fileName', label: 'File name A–Z' },
            { value: '-fileName', label: 'File name Z–A' },
          ]}
          value={sort}
          onChange={(v) => v && setSort(v as Sort)}
          allowDeselect={false}
          w={170}
        />
      </Group>
      {query.isPending ? (
        <LoadingState label="Loading imports…" />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title="No imports yet">Imports you upload appear here with their reports.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-label="Recent CRM imports" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>File</Table.Th>
                <Table.Th>Source</Table.Th>
                <Table.Th>Object</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th ta="right">Rows</Table.Th>
                <Table.Th ta="right">Created / updated / failed</Table.Th>
                <Table.Th>Uploaded</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Fragment key={item.id}>
                  <Table.Tr>
                    <Table.Td>
                      <UnstyledButton
                        onClick={() => setOpen(open === item.id ? null : item.id)}
                        aria-expanded={open === item.id}
                        aria-label={`Report of ${item.fileName}`}
                      >
                        <Group gap={4} wrap="nowrap">
                          {open === item.id ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                          <Text size="sm">{item.fileName}</Text>
                        </Group>
                      </UnstyledButton>
                    </Table.Td>
                    <Table.Td>{item.source}</Table.Td>
                    <Table.Td>{item.object}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLORS[item.status]}>
                        {item.status}
                      </Badge>
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(item.totalRows)}</Table.Td>
                    <Table.Td ta="right">
                      {item.report
                        ? `${formatNumber(item.report.created)} / ${formatNumber(item.report.updated)} / ${formatNumber(item.report.failed)}`
                        : '—'}
                    </Table.Td>
                    <Table.Td>{formatDateTime(item.createdAt)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Td
                      colSpan={7}
                      p={0}
                      style={{ borderBottom: open === item.id ? undefined : 'none' }}
                    >
                      <Collapse expanded={open === item.id}>
                        <Stack p="sm">
                          {item.report ? (
                            <CrmImportReportView report={item.report} />
                          ) : (
                            <Text size="sm" c="dimmed">
                              Not run yet.
                            </Text>
                          )}
                        </Stack>
                      </Collapse>
                    </Table.Td>
                  </Table.Tr>
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {query.hasNextPage ? (
        <Group>
          <Button
            variant="subtle"
            loading={query.isFetchingNextPage}
            onClick={() => void query.fetchNextPage()}
          >
            Load more
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
