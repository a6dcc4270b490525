import { Alert, Badge, Button, Grid, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCertificate, IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { formatDate } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { LinkAnchor } from '../../shared/router-links';
import { NotFoundPage } from '../../shared/states/not-found-page';
import { ErrorState, isNotFound, LoadingState } from '../../shared/states/states';
import { AttemptHistory } from './attempt-history';
import { needsRenewal } from './certificate-status';
import { CourseIntro } from './course-intro';
import { durationText, progressLabel, progressPercent } from './course-progress';
import { courseQuery, enrollmentQuery, LEARNING_KEY, learningApi } from './learning-api';
import { LessonContent } from './lesson-content';
import { LessonNav } from './lesson-nav';
import {
  allLessonsDone,
  type CourseOutline,
  currentStep,
  QUIZ_STEP,
  type StepKey,
  stepAfter,
  stepPosition,
} from './lesson-navigation';
import { currentCertificate, QuizPanel } from './quiz-panel';

/** /portal/learning/courses/$courseId: take a course, lesson by lesson, then its quiz. */
export function PortalCoursePage() {
  const { courseId } = useParams({ from: '/signed-in/portal/learning/courses/$courseId' });
  const can = useCan();
  const queryClient = useQueryClient();
  const course = useQuery(courseQuery(courseId));
  const progress = course.data?.progress ?? null;
  const enrollment = useQuery({
    ...enrollmentQuery(progress?.enrollmentId ?? ''),
    enabled: Boolean(progress),
  });
  const [requested, setRequested] = useState<StepKey | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const complete = useMutation({
    mutationFn: (lessonId: string) => learningApi.completeLesson(courseId, lessonId),
    onSuccess: async (after, lessonId) => {
      await queryClient.invalidateQueries({ queryKey: [LEARNING_KEY] });
      if (after.status === 'completed' && progress?.status !== 'completed')
        notifications.show({ color: 'teal', title: 'Course completed', message: course.data?.title });
      const next = outline ? stepAfter(outline, lessonId) : null;
      if (next) go(next);
    },
    onError: (error) =>
      notifications.show({
        color: 'red',
        title: 'Not marked complete',
        message: error.message,
        autoClose: 10_000,
      }),
  });

  const outline: CourseOutline | null = course.data
    ? { lessonIds: course.data.lessons.map((l) => l.id), hasQuiz: course.data.quiz !== null }
    : null;
  const held = currentCertificate(enrollment.data?.certificates ?? []);
  // A learner coming to renew an expiring certificate starts at the quiz.
  const renewalDue = Boolean(course.data?.certification && held && needsRenewal(held));
  const step = outline ? currentStep(outline, progress, requested ?? (renewalDue ? QUIZ_STEP : null)) : null;

  function go(next: StepKey) {
    moved.current = true;
    setRequested(next);
  }

  // Moving between steps puts the focus on the new step's title, so keyboard and screen reader users follow.
  useEffect(() => {
    if (step && moved.current) (heading.current ?? document.getElementById('quiz-title'))?.focus();
  }, [step]);

  if (course.isLoading) return <LoadingState label="Loading the course…" />;
  if (course.error) {
    if (isNotFound(course.error)) return <NotFoundPage what="course" />;
    return <ErrorState error={course.error} onRetry={() => void course.refetch()} />;
  }
  const data = course.data!;
  const completed = new Set(progress?.completedLessonIds ?? []);
  const lessonsDone = outline
    ? allLessonsDone(outline, { completedLessonIds: [...completed], quizPassed: null })
    : false;
  const lessonsLeft = data.lessons.filter((l) => !completed.has(l.id)).length;
  const position = outline && step ? stepPosition(outline, step) : null;
  const lesson = data.lessons.find((l) => l.id === step);
  const certificates = enrollment.data?.certificates ?? [];
  const percent = progressPercent(progress);
  const nextLabel = position?.next === QUIZ_STEP ? 'Go to the quiz' : 'Next lesson';

  return (
    <>
      <LinkAnchor to="/portal/learning" size="sm" mb="xs" display="inline-flex">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden /> My learning
        </Group>
      </LinkAnchor>
      <PageHeader
        title={data.title}
        description={data.summary ?? undefined}
        actions={
          progress ? (
            <Stack gap={4} miw={220}>
              <Group justify="space-between">
                <Text size="sm" fw={600}>
                  {progressLabel(progress)}
                </Text>
                <Text size="sm" c="dimmed">
                  {percent}%
                </Text>
              </Group>
              <Progress
                value={percent}
                color={percent === 100 ? 'teal' : 'blue'}
                aria-label={`Course progress: ${percent}%`}
              />
            </Stack>
          ) : null
        }
      />
      <Group gap="xs" mb="md">
        <Badge variant="light" color="gray" tt="none">
          About {durationText(data.estimatedMinutes)}
        </Badge>
        {data.paths.map((path) => (
          <Badge key={path.id} variant="light" color="indigo" tt="none">
            {path.name}
          </Badge>
        ))}
        {data.certification ? (
          <Badge variant="light" color="grape" tt="none" leftSection={<IconCertificate size={12} />}>
            Certifies: {data.certification.name}
          </Badge>
        ) : null}
      </Group>

      {progress?.status === 'completed' ? (
        <Alert color="teal" icon={<IconCircleCheck size={18} />} mb="md" title="Course completed">
          You completed this course on {formatDate(progress.completedAt)}.
          {held ? (
            <>
              {' '}
              <LinkAnchor to="/portal/certificates" search={{ certificate: held.id }}>
                View your certificate: {held.name}
              </LinkAnchor>
            </>
          ) : null}
        </Alert>
      ) : null}

      {!progress ? (
        <CourseIntro course={data} />
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <LessonNav
              lessons={data.lessons}
              completed={completed}
              hasQuiz={data.quiz !== null}
              quizPassed={progress.quizPassed === true}
              quizLocked={!lessonsDone}
              current={step}
              onSelect={go}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="md">
              {lesson && position ? (
                <LessonContent
                  lesson={lesson}
                  number={position.number}
                  total={position.total}
                  done={completed.has(lesson.id)}
                  canComplete={can('enablement.learn')}
                  completing={complete.isPending}
                  onComplete={() => complete.mutate(lesson.id)}
                  onPrevious={position.previous ? () => go(position.previous!) : null}
                  onNext={position.next ? () => go(position.next!) : null}
                  nextLabel={nextLabel}
                  headingRef={heading}
                />
              ) : null}
              {step === QUIZ_STEP && data.quiz ? (
                <>
                  <QuizPanel
                    courseId={data.id}
                    quiz={data.quiz}
                    certifies={data.certification !== null}
                    progress={progress}
                    attempts={enrollment.data?.attempts ?? []}
                    certificates={certificates}
                    lessonsLeft={lessonsLeft}
                    canTake={can('enablement.learn')}
                  />
                  {position?.previous ? (
                    <Group>
                      <Button variant="default" onClick={() => go(position.previous!)}>
                        Back to the last lesson
                      </Button>
                    </Group>
                  ) : null}
                  <AttemptHistory attempts={enrollment.data?.attempts ?? []} />
                </>
              ) : null}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
