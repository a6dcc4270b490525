import { Button, Group, Paper, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { SearchBox } from '../../shared/form/search-box';
import { PageHeader } from '../../shared/layout/page-header';
import { EmptyState } from '../../shared/states/states';
import { oneOf, PARTNER_TYPES, partnerRoleOptions, typeOptions } from '../options';
import {
  fetchLearningPaths,
  invalidateEnablement,
  type LearningPath,
  type PathQuery,
  PORTAL_ROLES,
} from './enablement-api';
import { EnablementTabs } from './enablement-tabs';
import { pathColumns, pathCsvColumns } from './path-columns';
import { PathDialog } from './path-dialog';
import { sortFrom, useEnablementSearch } from './use-enablement-search';

const SORTS = ['name', 'createdAt'] as const;

/** Learning paths: ordered courses assigned to partner types × portal roles. */
export function LearningPathsPage() {
  const can = useCan();
  const queryClient = useQueryClient();
  const { search, set } = useEnablementSearch('/console/enablement/paths');
  const [editing, setEditing] = useState<{ path: LearningPath | null } | null>(null);
  const [deleting, setDeleting] = useState<LearningPath | null>(null);
  const sort = sortFrom(search.sort, SORTS, 'name') as NonNullable<PathQuery['sort']>;
  const filters = {
    q: search.q?.trim() || undefined,
    partnerType: oneOf(PARTNER_TYPES, search.partnerType),
    role: oneOf(PORTAL_ROLES, search.role),
  };
  const list = useCursorList({
    key: 'enablement-paths',
    filters,
    sort,
    fetchPage: (params) => fetchLearningPaths({ ...params, sort }),
  });
  const filtered = Boolean(filters.q || filters.partnerType || filters.role);
  const clear = () => set({ q: undefined, partnerType: undefined, role: undefined });
  const canManage = can('enablement.manage');
  const columns = pathColumns(
    canManage ? { onEdit: (path) => setEditing({ path }), onDelete: (path) => setDeleting(path) } : null,
  );

  return (
    <>
      <PageHeader
        title="Enablement"
        description="Learning paths assign ordered courses to partner types and portal roles: a technical path for systems integrators, a sales path for resellers."
        actions={
          <>
            <CsvExportButton
              filename="learning-paths"
              columns={pathCsvColumns}
              fetchPage={(cursor) => fetchLearningPaths({ ...filters, sort, limit: 200, cursor })}
            />
            {canManage ? (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ path: null })}>
                New learning path
              </Button>
            ) : null}
          </>
        }
      />
      <EnablementTabs active="/console/enablement/paths" />
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Filter learning paths">
          <SearchBox
            label="Search"
            placeholder="Path name"
            value={search.q ?? ''}
            onSearch={(q) => set({ q })}
          />
          <Select
            label="Partner type"
            placeholder="Any"
            data={typeOptions}
            value={filters.partnerType ?? null}
            onChange={(partnerType) => set({ partnerType })}
            clearable
            w={{ base: '100%', xs: 200 }}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            label="Portal role"
            placeholder="Any"
            data={partnerRoleOptions}
            value={filters.role ?? null}
            onChange={(role) => set({ role })}
            clearable
            w={{ base: '100%', xs: 170 }}
            comboboxProps={{ withinPortal: true }}
          />
          {filtered ? (
            <Button variant="subtle" leftSection={<IconX size={14} />} onClick={clear}>
              Clear filters
            </Button>
          ) : null}
        </Group>
        <DataTable
          caption="Learning paths"
          columns={columns}
          rows={list.items}
          rowId={(p) => p.id}
          sort={sort}
          onSortChange={(s) => set({ sort: s })}
          loading={list.isLoading}
          error={list.error}
          onRetry={() => list.refetch()}
          pagination={list.pagination}
          empty={
            filtered ? (
              <EmptyState
                title="No learning paths match these filters"
                action={
                  <Button variant="light" onClick={clear}>
                    Clear filters
                  </Button>
                }
              >
                The partner type and role filters show the paths a partner user of that type and role gets.
              </EmptyState>
            ) : (
              <EmptyState
                title="No learning paths yet"
                action={
                  canManage ? (
                    <Button variant="light" onClick={() => setEditing({ path: null })}>
                      Create the first path
                    </Button>
                  ) : null
                }
              >
                A learning path puts courses in order for the partner types and portal roles you pick; partner
                users see the paths that match their partner's type and their role.
              </EmptyState>
            )
          }
        />
      </Paper>
      <PathDialog path={editing?.path ?? null} opened={editing !== null} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete this learning path?"
        confirmLabel="Delete path"
        onConfirm={async () => {
          if (!deleting) return;
          await unwrap(api.DELETE('/api/enablement/paths/{id}', { params: { path: { id: deleting.id } } }));
          await invalidateEnablement(queryClient);
          notifications.show({ color: 'teal', title: 'Learning path deleted', message: deleting.name });
        }}
      >
        “{deleting?.name}” is deleted. Its courses, and learners' progress and certificates in them, stay;
        learners it reached keep only the courses open to all or in their other paths.
      </ConfirmDialog>
    </>
  );
}
