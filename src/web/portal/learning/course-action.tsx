import { Button } from '@mantine/core';
import { IconPlayerPlay, IconPlus } from '@tabler/icons-react';
import { useCan } from '../../shared/auth/permissions';
import { LinkButton } from '../../shared/router-links';
import { courseStanding, type ProgressLike } from './course-progress';
import { useEnroll } from './use-enroll';

const OPEN_LABELS = { in_progress: 'Continue', quiz_due: 'Take the quiz', completed: 'Review' } as const;

/** Enroll in a course not started yet, or open one already under way. */
export function CourseAction({
  course,
  size = 'xs',
}: {
  course: { id: string; title: string; progress: ProgressLike | null };
  size?: 'xs' | 'sm';
}) {
  const can = useCan();
  const enroll = useEnroll();
  const standing = courseStanding(course.progress);
  if (standing === 'not_started') {
    if (!can('enablement.learn'))
      return (
        <LinkButton
          size={size}
          variant="default"
          to="/portal/learning/courses/$courseId"
          params={{ courseId: course.id }}
        >
          View
        </LinkButton>
      );
    return (
      <Button
        size={size}
        leftSection={<IconPlus size={14} />}
        loading={enroll.isPending && enroll.variables?.id === course.id}
        onClick={() => enroll.mutate({ id: course.id, title: course.title })}
        aria-label={`Enroll in ${course.title}`}
      >
        Enroll
      </Button>
    );
  }
  return (
    <LinkButton
      size={size}
      variant={standing === 'completed' ? 'default' : 'light'}
      leftSection={standing === 'completed' ? undefined : <IconPlayerPlay size={14} />}
      to="/portal/learning/courses/$courseId"
      params={{ courseId: course.id }}
      aria-label={`${OPEN_LABELS[standing]}: ${course.title}`}
    >
      {OPEN_LABELS[standing]}
    </LinkButton>
  );
}
