import { List, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconX } from '@tabler/icons-react';
import type { CourseDetail } from './enablement-api';
import { publishChecks } from './publish-checks';

const ICONS = {
  done: { icon: IconCheck, color: 'teal' },
  missing: { icon: IconX, color: 'red' },
  warning: { icon: IconAlertTriangle, color: 'orange' },
} as const;

export function PublishChecklist({ course }: { course: CourseDetail }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="checklist-title">
      <Title order={3} size="h4" id="checklist-title" mb="sm">
        {course.status === 'published' ? 'Published' : 'Before publishing'}
      </Title>
      <List spacing="xs" size="sm" center>
        {publishChecks(course).map((check) => {
          const { icon: Icon, color } = ICONS[check.state];
          return (
            <List.Item
              key={check.label}
              icon={
                <ThemeIcon size={20} radius="xl" color={color} variant="light" aria-hidden>
                  <Icon size={12} />
                </ThemeIcon>
              }
            >
              <Text size="sm">{check.label}</Text>
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}
