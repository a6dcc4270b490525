import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCertificate, IconClock, IconPlus } from '@tabler/icons-react';
import { useCan } from '../../shared/auth/permissions';
import { durationText, percentText } from './course-progress';
import type { CourseDetail } from './learning-api';
import { lessonKindLabel } from './lesson-nav';
import { useEnroll } from './use-enroll';

/** What a course holds, for a learner who has not enrolled yet, with the way in. */
export function CourseIntro({ course }: { course: CourseDetail }) {
  const can = useCan();
  const enroll = useEnroll();
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="md">
        <Title order={3}>What you will do</Title>
        <List type="ordered" spacing={4}>
          {course.lessons.map((lesson) => (
            <List.Item key={lesson.id}>
              <Text size="sm" span>
                {lesson.title}{' '}
                <Text span size="xs" c="dimmed">
                  ({lessonKindLabel(lesson.kind).toLowerCase()})
                </Text>
              </Text>
            </List.Item>
          ))}
          {course.quiz ? (
            <List.Item>
              <Text size="sm" span>
                Quiz: {course.quiz.questions.length} questions, pass mark {percentText(course.quiz.passMark)}
              </Text>
            </List.Item>
          ) : null}
        </List>
        <Group gap="xs">
          <Badge variant="light" color="gray" leftSection={<IconClock size={12} />}>
            About {durationText(course.estimatedMinutes)}
          </Badge>
          {course.certification ? (
            <Badge variant="light" color="grape" leftSection={<IconCertificate size={12} />}>
              Certifies: {course.certification.name}, valid {course.certification.validDays} days
            </Badge>
          ) : null}
        </Group>
        {can('enablement.learn') ? (
          <Group>
            <Button
              leftSection={<IconPlus size={16} />}
              loading={enroll.isPending}
              onClick={() => enroll.mutate({ id: course.id, title: course.title })}
            >
              Enroll in this course
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
