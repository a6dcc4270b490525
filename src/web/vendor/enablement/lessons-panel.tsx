import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowDown,
  IconArrowUp,
  IconFileDownload,
  IconFileText,
  IconPencil,
  IconPlus,
  IconTrash,
  IconVideo,
} from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { EmptyState } from '../../shared/states/states';
import { type CourseDetail, invalidateEnablement, type Lesson } from './enablement-api';
import { LessonDialog } from './lesson-dialog';
import { LESSON_KIND_LABELS, lessonSummary } from './lesson-form';
import { moveItem } from './move-item';
import { useLessonOrder } from './use-lesson-order';

const KIND_ICONS = { text: IconFileText, video: IconVideo, asset: IconFileDownload } as const;

/** The course's lessons in order: add, edit, delete, and move up or down from the keyboard. */
export function LessonsPanel({ course, canManage }: { course: CourseDetail; canManage: boolean }) {
  const queryClient = useQueryClient();
  const move = useLessonOrder(course.id);
  const [editing, setEditing] = useState<{ lesson: Lesson | null } | null>(null);
  const [deleting, setDeleting] = useState<Lesson | null>(null);
  // After a move, the pressed button keeps the focus even when its row was re-inserted.
  const [focus, setFocus] = useState<{ button: string; order: string } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const order = course.lessons.map((l) => l.id).join(',');
  useEffect(() => {
    if (!focus || focus.order !== order) return;
    buttons.current.get(focus.button)?.focus();
    setFocus(null);
  }, [focus, order]);

  function moveLesson(index: number, delta: number) {
    const lesson = course.lessons[index];
    if (!lesson) return;
    const target = index + delta;
    const edge = target === 0 || target === course.lessons.length - 1;
    // At the top or bottom the pressed button is disabled: move the focus to the other one.
    const button = `${lesson.id}:${edge ? (delta < 0 ? 'down' : 'up') : delta < 0 ? 'up' : 'down'}`;
    const next = moveItem(course.lessons, index, delta)
      .map((l) => l.id)
      .join(',');
    setFocus({ button, order: next });
    move(index, delta);
  }

  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="lessons-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="lessons-title">
          Lessons
        </Title>
        {canManage ? (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({ lesson: null })}>
            Add lesson
          </Button>
        ) : null}
      </Group>
      {course.lessons.length === 0 ? (
        <EmptyState title="No lessons yet">
          Add text (Markdown), video or download lessons; learners take them in the order listed here.
        </EmptyState>
      ) : (
        <Stack
          gap="xs"
          component="ol"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label="Lessons in order"
        >
          {course.lessons.map((lesson, index) => {
            const Icon = KIND_ICONS[lesson.kind];
            return (
              <Paper key={lesson.id} withBorder radius="sm" p="sm" component="li" data-testid="lesson-row">
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Group wrap="nowrap" gap="sm" style={{ minWidth: 0 }}>
                    <Text size="sm" c="dimmed" w={22} ta="right" aria-hidden>
                      {index + 1}.
                    </Text>
                    <ThemeIcon variant="light" color="gray" aria-hidden>
                      <Icon size={16} />
                    </ThemeIcon>
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Group gap={6} wrap="nowrap">
                        <Text fw={500} truncate>
                          {lesson.title}
                        </Text>
                        <Badge size="xs" variant="outline" color="gray" tt="none">
                          {LESSON_KIND_LABELS[lesson.kind]}
                        </Badge>
                      </Group>
                      <Text size="xs" c="dimmed" truncate>
                        {lessonSummary(lesson)}
                      </Text>
                    </Stack>
                  </Group>
                  {canManage ? (
                    <Group gap={4} wrap="nowrap">
                      <Tooltip label="Move up" withArrow>
                        <ActionIcon
                          ref={ref(`${lesson.id}:up`)}
                          variant="subtle"
                          color="gray"
                          aria-label={`Move ${lesson.title} up`}
                          disabled={index === 0}
                          onClick={() => moveLesson(index, -1)}
                        >
                          <IconArrowUp size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="Move down" withArrow>
                        <ActionIcon
                          ref={ref(`${lesson.id}:down`)}
                          variant="subtle"
                          color="gray"
                          aria-label={`Move ${lesson.title} down`}
                          disabled={index === course.lessons.length - 1}
                          onClick={() => moveLesson(index, 1)}
                        >
                          <IconArrowDown size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="Edit" withArrow>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`Edit ${lesson.title}`}
                          onClick={() => setEditing({ lesson })}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label="Delete" withArrow>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Delete ${lesson.title}`}
                          onClick={() => setDeleting(lesson)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  ) : null}
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
      <LessonDialog
        courseId={course.id}
        lesson={editing?.lesson ?? null}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title="Delete this lesson?"
        confirmLabel="Delete lesson"
        onConfirm={async () => {
          if (!deleting) return;
          await unwrap(
            api.DELETE('/api/enablement/courses/{id}/lessons/{lessonId}', {
              params: { path: { id: course.id, lessonId: deleting.id } },
            }),
          );
          await invalidateEnablement(queryClient);
          notifications.show({ color: 'teal', title: 'Lesson deleted', message: deleting.title });
        }}
      >
        “{deleting?.title}” is removed from the course, with learners' completions of it. A published course
        keeps at least one lesson.
      </ConfirmDialog>
    </Paper>
  );
}
