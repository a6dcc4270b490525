import { Button, Group, Paper, Select, Stack } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { SearchBox } from '../../shared/form/search-box';
import { humanize } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { EmptyState } from '../../shared/states/states';
import { oneOf, PARTNER_TYPES, typeOptions } from '../options';
import { CourseActivityChart } from './course-activity-chart';
import { courseColumns, courseCsvColumns } from './course-columns';
import { COURSE_STATUSES, type CourseReportQuery, fetchCourseReport } from './enablement-api';
import { EnablementTabs } from './enablement-tabs';
import { NewCourseDialog } from './new-course-dialog';
import { sortFrom, useEnablementSearch } from './use-enablement-search';

const SORTS = ['title', 'updatedAt', 'enrolled', 'completed'] as const;
const statusOptions = COURSE_STATUSES.map((value) => ({ value, label: humanize(value) }));

/** The course catalogue for course authors: every course, its audience, quiz and how learners do. */
export function CoursesPage() {
  const can = useCan();
  const { search, set } = useEnablementSearch('/console/enablement');
  const [creating, setCreating] = useState(false);
  const sort = sortFrom(search.sort, SORTS, 'title') as NonNullable<CourseReportQuery['sort']>;
  const filters = {
    q: search.q?.trim() || undefined,
    status: oneOf(COURSE_STATUSES, search.status),
    partnerType: oneOf(PARTNER_TYPES, search.partnerType),
  };
  const list = useCursorList({
    key: 'enablement-courses',
    filters,
    sort,
    fetchPage: (params) => fetchCourseReport({ ...params, sort }),
  });
  const filtered = Boolean(filters.q || filters.status || filters.partnerType);
  const clear = () => set({ q: undefined, status: undefined, partnerType: undefined });
  const canManage = can('enablement.manage');

  return (
    <>
      <PageHeader
        title="Enablement"
        description="Courses, learning paths by partner type and role, and the certifications partners earn."
        actions={
          <>
            <CsvExportButton
              filename="courses"
              columns={courseCsvColumns}
              fetchPage={(cursor) => fetchCourseReport({ ...filters, sort, limit: 200, cursor })}
            />
            {canManage ? (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
                New course
              </Button>
            ) : null}
          </>
        }
      />
      <EnablementTabs active="/console/enablement" />
      <Stack>
        <Paper withBorder radius="md" p="md">
          <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Filter courses">
            <SearchBox
              label="Search"
              placeholder="Course title"
              value={search.q ?? ''}
              onSearch={(q) => set({ q })}
            />
            <Select
              label="Status"
              placeholder="Any"
              data={statusOptions}
              value={filters.status ?? null}
              onChange={(status) => set({ status })}
              clearable
              w={{ base: '100%', xs: 160 }}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label="Reaches partner type"
              placeholder="Any"
              data={typeOptions}
              value={filters.partnerType ?? null}
              onChange={(partnerType) => set({ partnerType })}
              clearable
              w={{ base: '100%', xs: 220 }}
              comboboxProps={{ withinPortal: true }}
            />
            {filtered ? (
              <Button variant="subtle" leftSection={<IconX size={14} />} onClick={clear}>
                Clear filters
              </Button>
            ) : null}
          </Group>
          <DataTable
            caption="Courses"
            columns={courseColumns}
            rows={list.items}
            rowId={(c) => c.id}
            sort={sort}
            onSortChange={(s) => set({ sort: s })}
            loading={list.isLoading}
            error={list.error}
            onRetry={() => list.refetch()}
            pagination={list.pagination}
            empty={
              filtered ? (
                <EmptyState
                  title="No courses match these filters"
                  action={
                    <Button variant="light" onClick={clear}>
                      Clear filters
                    </Button>
                  }
                >
                  Search matches part of a course's title.
                </EmptyState>
              ) : (
                <EmptyState
                  title="No courses yet"
                  action={
                    canManage ? (
                      <Button variant="light" onClick={() => setCreating(true)}>
                        Create the first course
                      </Button>
                    ) : null
                  }
                >
                  A course is a set of lessons (text, videos, downloads) with an optional quiz and
                  certification. Put courses in learning paths to assign them by partner type and role.
                </EmptyState>
              )
            }
          />
        </Paper>
        <CourseActivityChart filters={filters} />
      </Stack>
      <NewCourseDialog opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
