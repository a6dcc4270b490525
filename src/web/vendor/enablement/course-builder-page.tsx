import { Anchor, Grid, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useCan } from '../../shared/auth/permissions';
import { PageHeader } from '../../shared/layout/page-header';
import { NotFoundPage } from '../../shared/states/not-found-page';
import { ErrorState, isNotFound, LoadingState } from '../../shared/states/states';
import { CoursePathsPanel } from './course-paths-panel';
import { CourseSettingsPanel } from './course-settings-panel';
import { CourseStatusActions } from './course-status-actions';
import { courseQuery } from './enablement-api';
import { CourseStatusBadge } from './enablement-badges';
import { LessonsPanel } from './lessons-panel';
import { PublishChecklist } from './publish-checklist';
import { QuizPanel } from './quiz-panel';

/** The course builder: settings, lessons in order, the quiz, and publishing. */
export function CourseBuilderPage() {
  const { courseId } = useParams({ strict: false }) as { courseId: string };
  const can = useCan();
  const course = useQuery(courseQuery(courseId));
  const canManage = can('enablement.manage');

  if (course.isLoading) return <LoadingState label="Loading the course…" />;
  if (course.error) {
    return isNotFound(course.error) ? (
      <NotFoundPage what="course" />
    ) : (
      <ErrorState error={course.error} onRetry={() => course.refetch()} />
    );
  }
  const c = course.data;
  if (!c) return null;

  return (
    <>
      <Anchor component={Link} to="/console/enablement" size="sm" mb="xs" display="inline-block">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          Courses
        </Group>
      </Anchor>
      <PageHeader
        title={
          <Group gap="sm">
            {c.title}
            <CourseStatusBadge status={c.status} />
          </Group>
        }
        description={c.summary ?? `${c.estimatedMinutes} minutes`}
        actions={canManage ? <CourseStatusActions course={c} /> : null}
      />
      <Grid>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <LessonsPanel course={c} canManage={canManage} />
            <QuizPanel course={c} canManage={canManage} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <PublishChecklist course={c} />
            <CourseSettingsPanel key={c.id} course={c} canManage={canManage} />
            <CoursePathsPanel paths={c.paths} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
