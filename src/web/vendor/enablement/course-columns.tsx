import { Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { CsvColumn } from '../../shared/data-table/csv-export';
import type { Column } from '../../shared/data-table/data-table';
import { formatDate, formatNumber } from '../../shared/format';
import type { CourseReportRow } from './enablement-api';
import { AudienceSummary, CourseStatusBadge } from './enablement-badges';
import { audienceText, completionRate, formatShare, formatValidity } from './enablement-format';

const dimmed = (text: string) => (
  <Text size="sm" c="dimmed">
    {text}
  </Text>
);

export const courseColumns: Column<CourseReportRow>[] = [
  {
    key: 'title',
    header: 'Course',
    sortKey: 'title',
    width: '24%',
    render: (c) => (
      <Stack gap={0}>
        <Link to="/console/enablement/courses/$courseId" params={{ courseId: c.id }} className="table-link">
          {c.title}
        </Link>
        {c.summary ? (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {c.summary}
          </Text>
        ) : null}
      </Stack>
    ),
  },
  { key: 'status', header: 'Status', render: (c) => <CourseStatusBadge status={c.status} /> },
  {
    key: 'audience',
    header: 'Audience',
    width: '18%',
    render: (c) => <AudienceSummary {...c.audience} />,
  },
  { key: 'lessons', header: 'Lessons', align: 'right', render: (c) => formatNumber(c.lessonCount) },
  {
    key: 'quiz',
    header: 'Quiz',
    render: (c) =>
      c.hasQuiz ? (
        <Stack gap={0}>
          <Text size="sm">{formatShare(c.passMark)} to pass</Text>
          <Text size="xs" c="dimmed">
            {c.questionCount} {c.questionCount === 1 ? 'question' : 'questions'}
          </Text>
        </Stack>
      ) : (
        dimmed('No quiz')
      ),
  },
  {
    key: 'certificate',
    header: 'Certificate',
    render: (c) =>
      c.certification ? (
        <Stack gap={0}>
          <Text size="sm">{c.certification.name}</Text>
          <Text size="xs" c="dimmed">
            Valid {formatValidity(c.certification.validDays)}
          </Text>
        </Stack>
      ) : (
        dimmed('None')
      ),
  },
  {
    key: 'enrolled',
    header: 'Enrolled',
    sortKey: 'enrolled',
    align: 'right',
    render: (c) => formatNumber(c.enrolled),
  },
  {
    key: 'completed',
    header: 'Completed',
    sortKey: 'completed',
    align: 'right',
    render: (c) => {
      const rate = completionRate(c.enrolled, c.completed);
      return (
        <Stack gap={0} align="flex-end">
          <Text size="sm">{formatNumber(c.completed)}</Text>
          {rate !== null ? (
            <Text size="xs" c="dimmed">
              {formatShare(rate)}
            </Text>
          ) : null}
        </Stack>
      );
    },
  },
  { key: 'certified', header: 'Certified', align: 'right', render: (c) => formatNumber(c.certifiedPeople) },
  {
    key: 'updated',
    header: 'Updated',
    sortKey: 'updatedAt',
    render: (c) => (
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(c.updatedAt)}
      </Text>
    ),
  },
];

export const courseCsvColumns: CsvColumn<CourseReportRow>[] = [
  { header: 'id', value: (c) => c.id },
  { header: 'title', value: (c) => c.title },
  { header: 'status', value: (c) => c.status },
  { header: 'audience', value: (c) => audienceText(c.audience) },
  { header: 'open_to_all', value: (c) => c.audience.openToAll },
  { header: 'partner_types', value: (c) => c.audience.partnerTypes.join('; ') },
  { header: 'roles', value: (c) => c.audience.roles.join('; ') },
  { header: 'learning_paths', value: (c) => c.audience.pathCount },
  { header: 'lessons', value: (c) => c.lessonCount },
  { header: 'estimated_minutes', value: (c) => c.estimatedMinutes },
  { header: 'quiz_questions', value: (c) => c.questionCount },
  { header: 'pass_mark', value: (c) => c.passMark },
  { header: 'certification', value: (c) => c.certification?.name },
  { header: 'certificate_valid_days', value: (c) => c.certification?.validDays },
  { header: 'enrolled', value: (c) => c.enrolled },
  { header: 'completed', value: (c) => c.completed },
  { header: 'certified_people', value: (c) => c.certifiedPeople },
  { header: 'updated_at', value: (c) => c.updatedAt },
];
