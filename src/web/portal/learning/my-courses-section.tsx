import { Group, Paper, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { useSession } from '../../shared/auth/session';
import type { CsvColumn } from '../../shared/data-table/csv-export';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDate } from '../../shared/format';
import { LinkAnchor } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import { CourseAction } from './course-action';
import { progressLabel } from './course-progress';
import {
  ENROLLMENT_SORTS,
  type Enrollment,
  type EnrollmentSort,
  fetchEnrollments,
  LEARNING_KEY,
} from './learning-api';
import { CourseProgressBar } from './learning-badges';
import { pick, useUrlSearch } from './use-url-search';

const TABS = ['in_progress', 'completed'] as const;
const PEOPLE = ['me', 'team'] as const;

const quizText = (e: Enrollment) =>
  e.quizPassed === null
    ? 'No quiz'
    : e.quizPassed
      ? 'Passed'
      : e.attemptsUsed
        ? 'Not passed yet'
        : 'Not taken';

const CSV_COLUMNS: CsvColumn<Enrollment>[] = [
  { header: 'course', value: (e) => e.courseTitle },
  { header: 'person', value: (e) => e.userName },
  { header: 'status', value: (e) => e.status },
  { header: 'lessons_completed', value: (e) => e.lessonsCompleted },
  { header: 'lesson_count', value: (e) => e.lessonCount },
  { header: 'quiz', value: quizText },
  { header: 'attempts', value: (e) => e.attemptsUsed },
  { header: 'enrolled_at', value: (e) => e.enrolledAt },
  { header: 'last_activity_at', value: (e) => e.updatedAt },
  { header: 'completed_at', value: (e) => e.completedAt },
  { header: 'course_id', value: (e) => e.courseId },
];

/** The learner's enrollments (a partner admin may look at the whole team's), in progress or completed. */
export function MyCoursesSection() {
  const me = useSession();
  const { search, set } = useUrlSearch('/portal/learning');
  const tab = pick(search.enrolled, TABS, 'in_progress');
  const isAdmin = me.role === 'partner_admin';
  const people = isAdmin ? pick(search.people, PEOPLE, 'me') : 'me';
  const sort = pick<EnrollmentSort>(search.esort, ENROLLMENT_SORTS, '-updatedAt');
  const filters = { status: tab, userId: people === 'me' ? me.id : undefined };

  const list = useCursorList({
    key: `${LEARNING_KEY}-enrollments`,
    filters,
    sort,
    pageSize: 10,
    fetchPage: (params) => fetchEnrollments({ ...params, sort }),
  });

  const columns: Column<Enrollment>[] = [
    {
      key: 'course',
      header: 'Course',
      render: (e) => (
        <LinkAnchor
          to="/portal/learning/courses/$courseId"
          params={{ courseId: e.courseId }}
          size="sm"
          fw={600}
        >
          {e.courseTitle}
        </LinkAnchor>
      ),
    },
    ...(people === 'team'
      ? [{ key: 'person', header: 'Person', render: (e: Enrollment) => <Text size="sm">{e.userName}</Text> }]
      : []),
    {
      key: 'progress',
      header: 'Progress',
      render: (e) => (
        <Stack gap={2}>
          <CourseProgressBar progress={e} label={e.courseTitle} width={120} />
          <Text size="xs" c="dimmed">
            {progressLabel(e)} · quiz: {quizText(e).toLowerCase()}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'enrolledAt',
      header: 'Enrolled',
      sortKey: 'enrolledAt',
      render: (e) => <Text size="sm">{formatDate(e.enrolledAt)}</Text>,
    },
    {
      key: 'updatedAt',
      header: tab === 'completed' ? 'Completed' : 'Last activity',
      sortKey: 'updatedAt',
      render: (e) => <Text size="sm">{formatDate(tab === 'completed' ? e.completedAt : e.updatedAt)}</Text>,
    },
    {
      key: 'action',
      header: '',
      align: 'right',
      render: (e) =>
        e.userId === me.id ? (
          <CourseAction course={{ id: e.courseId, title: e.courseTitle, progress: e }} />
        ) : null,
    },
  ];

  return (
    <Stack gap="sm" component="section" aria-labelledby="my-courses-title">
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <IconBook size={20} aria-hidden />
          <Title order={3} id="my-courses-title">
            {people === 'team' ? 'My team’s courses' : 'My courses'}
          </Title>
        </Group>
        <Group gap="sm">
          {isAdmin ? (
            <SegmentedControl
              size="xs"
              aria-label="Whose courses"
              value={people}
              onChange={(value) => set({ people: value === 'me' ? undefined : value })}
              data={[
                { value: 'me', label: 'Mine' },
                { value: 'team', label: 'My team' },
              ]}
            />
          ) : null}
          <CsvExportButton
            fetchPage={(cursor) => fetchEnrollments({ ...filters, sort, limit: 200, cursor })}
            columns={CSV_COLUMNS}
            filename={tab === 'completed' ? 'completed-courses' : 'courses-in-progress'}
            noun={['enrollment', 'enrollments']}
          />
        </Group>
      </Group>
      <Paper withBorder radius="md" p="md">
        <Tabs
          value={tab}
          onChange={(value) => set({ enrolled: value === 'in_progress' ? undefined : value })}
        >
          <Tabs.List mb="sm">
            <Tabs.Tab value="in_progress">In progress</Tabs.Tab>
            <Tabs.Tab value="completed">Completed</Tabs.Tab>
          </Tabs.List>
          {TABS.map((value) => (
            <Tabs.Panel key={value} value={value}>
              {value === tab ? (
                <DataTable
                  caption={tab === 'completed' ? 'Completed courses' : 'Courses in progress'}
                  columns={columns}
                  rows={list.items}
                  rowId={(e) => e.id}
                  sort={sort}
                  onSortChange={(s) => set({ esort: s })}
                  loading={list.isLoading}
                  error={list.error}
                  onRetry={() => void list.refetch()}
                  pagination={list.pagination}
                  empty={
                    tab === 'completed' ? (
                      <EmptyState title="No completed course yet">
                        A course is completed once every lesson is done and its quiz, if it has one, is
                        passed.
                      </EmptyState>
                    ) : (
                      <EmptyState title="No course in progress">
                        Enroll in a course from your learning paths or the catalogue below to start learning.
                      </EmptyState>
                    )
                  }
                />
              ) : null}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Paper>
    </Stack>
  );
}
