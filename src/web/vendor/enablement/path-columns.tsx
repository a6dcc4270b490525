import { ActionIcon, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { CsvColumn } from '../../shared/data-table/csv-export';
import type { Column } from '../../shared/data-table/data-table';
import { formatDate, humanize } from '../../shared/format';
import type { LearningPath } from './enablement-api';
import { AudienceBadges } from './enablement-badges';
import { audienceGap, audienceText } from './enablement-format';

const ordered = (path: LearningPath) => [...path.courses].sort((a, b) => a.position - b.position);
const minutes = (path: LearningPath) => path.courses.reduce((sum, c) => sum + c.estimatedMinutes, 0);

export function pathColumns(
  actions: {
    onEdit: (path: LearningPath) => void;
    onDelete: (path: LearningPath) => void;
  } | null,
): Column<LearningPath>[] {
  const columns: Column<LearningPath>[] = [
    {
      key: 'name',
      header: 'Learning path',
      sortKey: 'name',
      width: '24%',
      render: (p) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {p.name}
          </Text>
          {p.description ? (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {p.description}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'audience',
      header: 'Audience',
      render: (p) => {
        const gap = audienceGap(p.partnerTypes, p.roles);
        return (
          <Stack gap={2}>
            <AudienceBadges partnerTypes={p.partnerTypes} roles={p.roles} />
            {gap ? (
              <Text size="xs" c="orange.8">
                {gap}
              </Text>
            ) : null}
          </Stack>
        );
      },
    },
    {
      key: 'courses',
      header: 'Courses in order',
      width: '30%',
      render: (p) =>
        p.courses.length ? (
          <Stack gap={2} component="ol" style={{ margin: 0, paddingInlineStart: 18 }}>
            {ordered(p).map((c) => (
              <Text key={c.id} size="sm" component="li">
                <Link
                  to="/console/enablement/courses/$courseId"
                  params={{ courseId: c.id }}
                  className="table-link"
                >
                  {c.title}
                </Link>
                {c.status !== 'published' ? (
                  <Badge ml={6} size="xs" variant="light" color={c.status === 'draft' ? 'yellow' : 'gray'}>
                    {humanize(c.status)}
                  </Badge>
                ) : null}
              </Text>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            No courses
          </Text>
        ),
    },
    {
      key: 'minutes',
      header: 'Length',
      align: 'right',
      render: (p) => <Text size="sm">{minutes(p)} min</Text>,
    },
    {
      key: 'created',
      header: 'Created',
      sortKey: 'createdAt',
      render: (p) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(p.createdAt)}
        </Text>
      ),
    },
  ];
  if (actions) {
    columns.push({
      key: 'actions',
      header: 'Actions',
      align: 'right',
      render: (p) => (
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Tooltip label="Edit" withArrow>
            <ActionIcon variant="subtle" aria-label={`Edit ${p.name}`} onClick={() => actions.onEdit(p)}>
              <IconPencil size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Delete" withArrow>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`Delete ${p.name}`}
              onClick={() => actions.onDelete(p)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ),
    });
  }
  return columns;
}

export const pathCsvColumns: CsvColumn<LearningPath>[] = [
  { header: 'id', value: (p) => p.id },
  { header: 'name', value: (p) => p.name },
  { header: 'description', value: (p) => p.description },
  { header: 'audience', value: (p) => audienceText({ openToAll: false, ...p }) },
  { header: 'partner_types', value: (p) => p.partnerTypes.join('; ') },
  { header: 'roles', value: (p) => p.roles.join('; ') },
  {
    header: 'courses',
    value: (p) =>
      ordered(p)
        .map((c) => c.title)
        .join(' > '),
  },
  { header: 'course_count', value: (p) => p.courses.length },
  { header: 'estimated_minutes', value: (p) => minutes(p) },
  { header: 'created_at', value: (p) => p.createdAt },
  { header: 'updated_at', value: (p) => p.updatedAt },
];
