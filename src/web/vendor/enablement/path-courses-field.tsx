import { ActionIcon, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import { humanize } from '../../shared/format';
import { CoursePicker } from './course-picker';
import { moveItem } from './move-item';
import { type PathCourse, withCourse } from './path-form';

/** The path's courses in order: add with the picker, move up or down, remove. */
export function PathCoursesField({
  value,
  onChange,
  error,
}: {
  value: PathCourse[];
  onChange: (courses: PathCourse[]) => void;
  error?: string;
}) {
  return (
    <Stack gap="xs">
      <CoursePicker
        exclude={value.map((c) => c.id)}
        onPick={(c) => onChange(withCourse(value, c))}
        error={error}
      />
      {value.length ? (
        <Stack
          gap={4}
          component="ol"
          aria-label="Courses of the path in order"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {value.map((course, index) => (
            <Paper key={course.id} withBorder radius="sm" px="sm" py={6} component="li">
              <Group justify="space-between" wrap="nowrap">
                <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                  <Text size="sm" c="dimmed" w={20} ta="right" aria-hidden>
                    {index + 1}.
                  </Text>
                  <Text size="sm" truncate>
                    {course.title}
                  </Text>
                  {course.status !== 'published' ? (
                    <Badge size="xs" variant="light" color={course.status === 'draft' ? 'yellow' : 'gray'}>
                      {humanize(course.status)}
                    </Badge>
                  ) : null}
                </Group>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move ${course.title} up`}
                    disabled={index === 0}
                    onClick={() => onChange(moveItem(value, index, -1))}
                  >
                    <IconArrowUp size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move ${course.title} down`}
                    disabled={index === value.length - 1}
                    onClick={() => onChange(moveItem(value, index, 1))}
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${course.title} from the path`}
                    onClick={() => onChange(value.filter((c) => c.id !== course.id))}
                  >
                    <IconX size={16} />
                  </ActionIcon>
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          No courses yet.
        </Text>
      )}
    </Stack>
  );
}
