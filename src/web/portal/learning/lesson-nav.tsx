import { Badge, NavLink, Paper, Text, ThemeIcon } from '@mantine/core';
import {
  IconCircleCheckFilled,
  IconCircleDashed,
  IconFileDownload,
  IconFileText,
  IconHelpHexagon,
  IconLock,
  IconVideo,
} from '@tabler/icons-react';
import type { Lesson } from './learning-api';
import { QUIZ_STEP, type StepKey } from './lesson-navigation';

const KIND_ICONS = { text: IconFileText, video: IconVideo, asset: IconFileDownload } as const;
const KIND_LABELS = { text: 'Reading', video: 'Video', asset: 'Download' } as const;

export const lessonKindLabel = (kind: Lesson['kind']) => KIND_LABELS[kind];

/** The course's lessons, then its quiz: each with its done state; the current one is marked for screen readers. */
export function LessonNav({
  lessons,
  completed,
  hasQuiz,
  quizPassed,
  quizLocked,
  current,
  onSelect,
}: {
  lessons: Lesson[];
  completed: ReadonlySet<string>;
  hasQuiz: boolean;
  quizPassed: boolean;
  quizLocked: boolean;
  current: StepKey | null;
  onSelect: (step: StepKey) => void;
}) {
  return (
    <Paper withBorder radius="md" p="xs" component="nav" aria-label="Lessons">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} px="sm" py={6}>
        Lessons
      </Text>
      {lessons.map((lesson, index) => {
        const done = completed.has(lesson.id);
        const Icon = KIND_ICONS[lesson.kind];
        return (
          <NavLink
            key={lesson.id}
            component="button"
            type="button"
            active={current === lesson.id}
            aria-current={current === lesson.id ? 'step' : undefined}
            onClick={() => onSelect(lesson.id)}
            label={`${index + 1}. ${lesson.title}`}
            description={`${lessonKindLabel(lesson.kind)}${done ? ' · done' : ''}`}
            leftSection={
              done ? (
                <ThemeIcon color="teal" variant="transparent" size="sm" aria-label="Done">
                  <IconCircleCheckFilled size={18} />
                </ThemeIcon>
              ) : (
                <ThemeIcon color="gray" variant="transparent" size="sm" aria-hidden>
                  <Icon size={18} />
                </ThemeIcon>
              )
            }
          />
        );
      })}
      {hasQuiz ? (
        <NavLink
          component="button"
          type="button"
          active={current === QUIZ_STEP}
          aria-current={current === QUIZ_STEP ? 'step' : undefined}
          onClick={() => onSelect(QUIZ_STEP)}
          label="Quiz"
          description={quizPassed ? 'Passed' : quizLocked ? 'After the lessons' : 'Ready to take'}
          leftSection={
            quizPassed ? (
              <ThemeIcon color="teal" variant="transparent" size="sm" aria-label="Passed">
                <IconCircleCheckFilled size={18} />
              </ThemeIcon>
            ) : quizLocked ? (
              <ThemeIcon color="gray" variant="transparent" size="sm" aria-hidden>
                <IconLock size={18} />
              </ThemeIcon>
            ) : (
              <ThemeIcon color="blue" variant="transparent" size="sm" aria-hidden>
                <IconHelpHexagon size={18} />
              </ThemeIcon>
            )
          }
          rightSection={
            quizPassed ? null : (
              <Badge size="xs" variant="light" color={quizLocked ? 'gray' : 'blue'}>
                {quizLocked ? 'Locked' : 'Open'}
              </Badge>
            )
          }
        />
      ) : null}
      {lessons.length === 0 ? (
        <Text size="sm" c="dimmed" px="sm" py="xs">
          <IconCircleDashed size={14} aria-hidden /> This course has no lessons yet.
        </Text>
      ) : null}
    </Paper>
  );
}
