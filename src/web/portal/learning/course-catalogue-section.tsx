import { Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconCertificate, IconLayoutGrid, IconX } from '@tabler/icons-react';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { SearchBox } from '../../shared/form/search-box';
import { LinkAnchor } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import { CourseAction } from './course-action';
import { durationText } from './course-progress';
import {
  type CatalogCourse,
  COURSE_SORTS,
  type CourseSort,
  fetchCourses,
  LEARNING_KEY,
} from './learning-api';
import { CourseStandingBadge } from './learning-badges';
import { pick, useUrlSearch } from './use-url-search';

const SORT_OPTIONS = [
  { value: 'title', label: 'Title (A–Z)' },
  { value: '-title', label: 'Title (Z–A)' },
  { value: '-createdAt', label: 'Newest first' },
  { value: '-updatedAt', label: 'Recently updated' },
];

/** Every course the learner may take: open to all partners or in one of its learning paths. */
export function CourseCatalogueSection() {
  const { search, set } = useUrlSearch('/portal/learning');
  const sort = pick<CourseSort>(search.sort, COURSE_SORTS, 'title');
  const q = search.q?.trim() || undefined;
  const list = useCursorList({
    key: `${LEARNING_KEY}-catalogue`,
    filters: { q },
    sort,
    pageSize: 10,
    fetchPage: (params) => fetchCourses({ ...params, sort }),
  });

  const columns: Column<CatalogCourse>[] = [
    {
      key: 'title',
      header: 'Course',
      sortKey: 'title',
      width: '40%',
      render: (c) => (
        <Stack gap={2}>
          <LinkAnchor to="/portal/learning/courses/$courseId" params={{ courseId: c.id }} size="sm" fw={600}>
            {c.title}
          </LinkAnchor>
          {c.summary ? (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {c.summary}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'length',
      header: 'Length',
      render: (c) => (
        <Stack gap={0}>
          <Text size="sm">{durationText(c.estimatedMinutes)}</Text>
          <Text size="xs" c="dimmed">
            {c.lessonCount} {c.lessonCount === 1 ? 'lesson' : 'lessons'}
            {c.hasQuiz ? ' + quiz' : ''}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'certification',
      header: 'Certification',
      render: (c) =>
        c.certification ? (
          <Group gap={4} wrap="nowrap" align="flex-start">
            <IconCertificate
              size={14}
              color="var(--mantine-color-grape-6)"
              aria-hidden
              style={{ flexShrink: 0, marginTop: 3 }}
            />
            <Stack gap={0}>
              <Text size="sm">{c.certification.name}</Text>
              <Text size="xs" c="dimmed">
                Valid {c.certification.validDays} days
              </Text>
            </Stack>
          </Group>
        ) : (
          <Text size="xs" c="dimmed">
            None
          </Text>
        ),
    },
    {
      key: 'progress',
      header: 'My progress',
      width: 140,
      render: (c) => <CourseStandingBadge progress={c.progress} />,
    },
    { key: 'action', header: '', align: 'right', render: (c) => <CourseAction course={c} /> },
  ];

  const clear = () => set({ q: undefined });

  return (
    <Stack gap="sm" component="section" aria-labelledby="catalogue-title">
      <Group gap="xs">
        <IconLayoutGrid size={20} aria-hidden />
        <Title order={3} id="catalogue-title">
          Course catalogue
        </Title>
      </Group>
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" gap="sm" mb="md" wrap="wrap" role="search" aria-label="Find a course">
          <SearchBox
            label="Search courses"
            placeholder="Course title"
            width={280}
            value={search.q ?? ''}
            onSearch={(value) => set({ q: value })}
          />
          <Select
            label="Sort by"
            data={SORT_OPTIONS}
            value={sort}
            allowDeselect={false}
            w={200}
            onChange={(value) => set({ sort: value ?? undefined })}
          />
          {q ? (
            <Button variant="subtle" leftSection={<IconX size={14} />} onClick={clear}>
              Clear search
            </Button>
          ) : null}
        </Group>
        <DataTable
          caption="Course catalogue"
          columns={columns}
          rows={list.items}
          rowId={(c) => c.id}
          sort={sort}
          onSortChange={(s) => set({ sort: s })}
          loading={list.isLoading}
          error={list.error}
          onRetry={() => void list.refetch()}
          pagination={list.pagination}
          empty={
            q ? (
              <EmptyState
                title="No course matches"
                action={
                  <Button variant="light" onClick={clear}>
                    Show all courses
                  </Button>
                }
              >
                No course you may take has “{q}” in its title.
              </EmptyState>
            ) : (
              <EmptyState title="No course available yet">
                The vendor has not published a course for your partner type and role yet. New courses appear
                here as soon as they are published.
              </EmptyState>
            )
          }
        />
      </Paper>
    </Stack>
  );
}
