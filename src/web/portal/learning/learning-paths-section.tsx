import { Badge, Group, Paper, Progress, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { LinkAnchor } from '../../shared/router-links';
import { ErrorState } from '../../shared/states/states';
import { CourseAction } from './course-action';
import { durationText, pathProgress } from './course-progress';
import { type LearningPath, myPathsQuery, pathCoursesQuery } from './learning-api';
import { CourseStandingBadge } from './learning-badges';

/** The learning paths assigned to the learner's partner type and role, each with its courses in order. */
export function LearningPathsSection() {
  const paths = useQuery(myPathsQuery);
  return (
    <Stack gap="sm" component="section" aria-labelledby="learning-paths-title">
      <Group gap="xs">
        <IconRoute size={20} aria-hidden />
        <Title order={3} id="learning-paths-title">
          My learning paths
        </Title>
      </Group>
      {paths.isLoading ? (
        <Skeleton height={120} />
      ) : paths.error ? (
        <ErrorState error={paths.error} onRetry={() => void paths.refetch()} />
      ) : paths.data!.items.length === 0 ? (
        <Paper withBorder p="md" radius="md">
          <Text size="sm" c="dimmed">
            No learning path is assigned to your partner type and role yet. The courses in the catalogue below
            are open to you.
          </Text>
        </Paper>
      ) : (
        paths.data!.items.map((path) => <PathCard key={path.id} path={path} />)
      )}
    </Stack>
  );
}

function PathCard({ path }: { path: LearningPath }) {
  const courses = useQuery(pathCoursesQuery(path.id));
  const byId = new Map((courses.data?.items ?? []).map((c) => [c.id, c]));
  // The path's order, with each course's progress from the catalogue.
  const ordered = [...path.courses]
    .sort((a, b) => a.position - b.position)
    .map((c) => ({ ...c, progress: byId.get(c.id)?.progress ?? null }));
  const summary = pathProgress(ordered);
  const minutes = ordered.reduce((sum, c) => sum + c.estimatedMinutes, 0);

  return (
    <Paper withBorder p="md" radius="md" data-testid="learning-path">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={4}>{path.name}</Title>
            {path.description ? (
              <Text size="sm" c="dimmed">
                {path.description}
              </Text>
            ) : null}
          </Stack>
          <Stack gap={4} align="flex-end" miw={200}>
            <Text size="sm" fw={600}>
              {summary.completed} of {summary.total} {summary.total === 1 ? 'course' : 'courses'} completed
            </Text>
            <Progress
              value={summary.percent}
              w={200}
              color={summary.percent === 100 ? 'teal' : 'blue'}
              aria-label={`${path.name}: ${summary.percent}% of the courses completed`}
            />
            {minutes ? (
              <Text size="xs" c="dimmed">
                About {durationText(minutes)} in all
              </Text>
            ) : null}
          </Stack>
        </Group>
        {courses.error ? <ErrorState error={courses.error} onRetry={() => void courses.refetch()} /> : null}
        {ordered.length === 0 ? (
          <Text size="sm" c="dimmed">
            This path has no published course yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs">
              <Table.Caption className="visually-hidden">Courses of {path.name}, in order</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>#</Table.Th>
                  <Table.Th>Course</Table.Th>
                  <Table.Th>Length</Table.Th>
                  <Table.Th>My progress</Table.Th>
                  <Table.Th ta="right">
                    <span className="visually-hidden">Action</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ordered.map((course, index) => (
                  <Table.Tr key={course.id}>
                    <Table.Td>
                      <Badge variant="outline" color="gray" circle>
                        {index + 1}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <LinkAnchor
                        to="/portal/learning/courses/$courseId"
                        params={{ courseId: course.id }}
                        size="sm"
                        fw={600}
                      >
                        {course.title}
                      </LinkAnchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{durationText(course.estimatedMinutes)}</Text>
                    </Table.Td>
                    <Table.Td>
                      {courses.isLoading ? (
                        <Skeleton height={18} width={90} />
                      ) : (
                        <CourseStandingBadge progress={course.progress} />
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      {courses.isLoading ? null : <CourseAction course={course} />}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
