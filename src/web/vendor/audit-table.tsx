import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Code,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { Fragment, type ReactNode, useState } from 'react';
import { api, type Schemas, unwrap } from '../shared/api/client';
import { useCursorList } from '../shared/data-table/use-cursor-list';
import { formatDateTime, humanize } from '../shared/format';
import { ErrorState } from '../shared/states/states';
import { AuditDiff, isRecord } from './audit-diff';
import { PartnerLink, UserName } from './badges';

type AuditEntry = Schemas['AuditEntry'];

export interface AuditFilters {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: string;
  partnerId?: string;
  from?: string;
  to?: string;
}

export function Actor({ entry }: { entry: AuditEntry }) {
  if (entry.actorType === 'system')
    return (
      <Text size="sm" c="dimmed">
        System{entry.actorId ? ` (${entry.actorId})` : ''}
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm">
        <UserName id={entry.actorId} />
      </Text>
      {entry.actorType === 'api_key' ? (
        <Badge size="xs" variant="outline" color="gray">
          API key
        </Badge>
      ) : null}
    </Group>
  );
}

const ENTITY_LABELS: Record<string, string> = { ipp: 'Ideal partner profile', api_key: 'API key' };
export const entityTypeLabel = (type: string) => ENTITY_LABELS[type] ?? humanize(type);

function Entity({ entry }: { entry: AuditEntry }) {
  const label = entityTypeLabel(entry.entityType);
  if (entry.entityType === 'partner' && entry.action !== 'partner.delete')
    return (
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <PartnerLink id={entry.entityId} />
      </Stack>
    );
  if (entry.entityType === 'account' && entry.action !== 'account.delete')
    return (
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Link to="/console/accounts/$accountId" params={{ accountId: entry.entityId }} className="table-link">
          {(isRecord(entry.after) && typeof entry.after.name === 'string' && entry.after.name) ||
            'Open account'}
        </Link>
      </Stack>
    );
  if (entry.entityType === 'user')
    return (
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          {label}
        </Text>
        <Text size="sm">
          <UserName id={entry.entityId} />
        </Text>
      </Stack>
    );
  const name =
    (isRecord(entry.after) && typeof entry.after.name === 'string' && entry.after.name) ||
    (isRecord(entry.before) && typeof entry.before.name === 'string' && entry.before.name) ||
    null;
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">
        {name ??
          (entry.entityType === 'ipp' ? (
            `Version ${entry.entityId}`
          ) : (
            <Code>{entry.entityId.slice(0, 13)}</Code>
          ))}
      </Text>
    </Stack>
  );
}

const fetchAudit = (query: AuditFilters & { sort: string; limit: number; cursor?: string }) =>
  unwrap(api.GET('/api/audit', { params: { query: { ...query, sort: query.sort as '-id' } } }));

/** The audit log as a paged table; each row opens to show what changed. */
export function AuditTable({
  filters,
  showPartner = true,
  empty,
  pageSize = 25,
}: {
  filters: AuditFilters;
  showPartner?: boolean;
  empty: ReactNode;
  pageSize?: number;
}) {
  const [open, setOpen] = useState<Set<number>>(new Set());
  const list = useCursorList({ key: 'audit', filters, sort: '-id', pageSize, fetchPage: fetchAudit });
  const toggle = (id: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const columns = showPartner ? 6 : 5;

  if (list.error) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  return (
    <Box>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Caption className="visually-hidden">Audit entries</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={44}>
                <span className="visually-hidden">Details</span>
              </Table.Th>
              <Table.Th>When</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>Action</Table.Th>
              <Table.Th>Record</Table.Th>
              {showPartner ? <Table.Th>Partner</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.isLoading
              ? [0, 1, 2, 3, 4].map((i) => (
                  <Table.Tr key={`skeleton-${i}`}>
                    {Array.from({ length: columns }, (_, c) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cells have no identity
                      <Table.Td key={c}>
                        <Skeleton height={14} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))
              : list.items.map((entry) => {
                  const expanded = open.has(entry.id);
                  const hasDiff = entry.before !== null || entry.after !== null;
                  return (
                    <Fragment key={entry.id}>
                      <Table.Tr>
                        <Table.Td>
                          {hasDiff ? (
                            <Tooltip label={expanded ? 'Hide changes' : 'Show changes'} withArrow>
                              <ActionIcon
                                variant="subtle"
                                color="gray"
                                onClick={() => toggle(entry.id)}
                                aria-expanded={expanded}
                                aria-controls={`audit-${entry.id}`}
                                aria-label={`${expanded ? 'Hide' : 'Show'} changes of entry ${entry.id}`}
                              >
                                {expanded ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                              </ActionIcon>
                            </Tooltip>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                            {formatDateTime(entry.at)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Actor entry={entry} />
                        </Table.Td>
                        <Table.Td>
                          <Code>{entry.action}</Code>
                        </Table.Td>
                        <Table.Td>
                          <Entity entry={entry} />
                        </Table.Td>
                        {showPartner ? (
                          <Table.Td>
                            {entry.partnerId ? (
                              <PartnerLink id={entry.partnerId} />
                            ) : (
                              <Text c="dimmed">—</Text>
                            )}
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                      {expanded ? (
                        <Table.Tr id={`audit-${entry.id}`} bg="var(--mantine-color-gray-0)">
                          <Table.Td colSpan={columns}>
                            <AuditDiff entry={entry} />
                          </Table.Td>
                        </Table.Tr>
                      ) : null}
                    </Fragment>
                  );
                })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!list.isLoading && list.items.length === 0 ? empty : null}
      {list.hasPrev || list.hasNext ? (
        <Group justify="flex-end" mt="sm" gap="xs">
          <Text size="sm" c="dimmed">
            Page {list.page}
          </Text>
          <Button variant="default" size="xs" onClick={list.prev} disabled={!list.hasPrev}>
            Previous
          </Button>
          <Button variant="default" size="xs" onClick={list.next} disabled={!list.hasNext}>
            Next
          </Button>
        </Group>
      ) : null}
    </Box>
  );
}
