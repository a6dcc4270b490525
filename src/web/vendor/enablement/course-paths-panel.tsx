import { List, Paper, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { CourseDetail } from './enablement-api';

/** The learning paths the course is in, each linking to the path list. */
export function CoursePathsPanel({ paths }: { paths: CourseDetail['paths'] }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="paths-title">
      <Title order={3} size="h4" id="paths-title" mb="sm">
        Learning paths
      </Title>
      {paths.length ? (
        <List size="sm" spacing={4}>
          {paths.map((p) => (
            <List.Item key={p.id}>
              <Link to="/console/enablement/paths" search={{ q: p.name }} className="table-link">
                {p.name}
              </Link>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          In no learning path yet. Add it to a path to assign it to partner types and roles.
        </Text>
      )}
    </Paper>
  );
}
