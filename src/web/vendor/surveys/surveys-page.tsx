import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconChartBar, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { SearchBox } from '../../shared/form/search-box';
import { formatDate, formatNumber } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { LinkButton } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import { SurveyActions } from './survey-actions';
import { SurveyEditor } from './survey-editor';
import {
  fetchSurveys,
  formatPercent,
  SURVEYS_KEY,
  type Survey,
  type SurveyListQuery,
  TRIGGER_LABELS,
} from './surveys-api';

const STATUS_COLORS: Record<Survey['status'], string> = {
  draft: 'gray',
  active: 'teal',
  paused: 'yellow',
  closed: 'dark',
};

/** The program's satisfaction surveys: who they ask and when, how many answered, and their controls. */
export function SurveysPage() {
  const can = useCan();
  const manage = can('surveys.manage');
  const [sort, setSort] = useState<SurveyListQuery['sort']>('-createdAt');
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<Survey | 'new' | null>(null);
  const filters = { ...(q ? { q } : {}), ...(status ? { status } : {}) };
  const list = useCursorList({
    key: SURVEYS_KEY,
    filters,
    sort,
    fetchPage: (params) => fetchSurveys({ ...params, sort: params.sort as SurveyListQuery['sort'] }),
  });

  const columns: Column<Survey>[] = [
    {
      key: 'name',
      header: 'Survey',
      sortKey: 'name',
      render: (s) => (
        <Stack gap={0}>
          <Text size="sm" fw={500}>
            {s.name}
          </Text>
          <Text size="xs" c="dimmed">
            {s.questions.length} {s.questions.length === 1 ? 'question' : 'questions'} · open {s.responseDays}{' '}
            days
          </Text>
        </Stack>
      ),
    },
    {
      key: 'trigger',
      header: 'Sent',
      render: (s) => (s.trigger === 'schedule' ? `Every ${s.intervalDays} days` : TRIGGER_LABELS[s.trigger]),
    },
    {
      key: 'status',
      header: 'Status',
      render: (s) => (
        <Badge color={STATUS_COLORS[s.status]} variant="light">
          {s.status}
        </Badge>
      ),
    },
    { key: 'invited', header: 'Invited', align: 'right', render: (s) => formatNumber(s.counts.invited) },
    { key: 'answered', header: 'Answered', align: 'right', render: (s) => formatNumber(s.counts.answered) },
    { key: 'pending', header: 'Open', align: 'right', render: (s) => formatNumber(s.counts.pending) },
    {
      key: 'rate',
      header: 'Response rate',
      align: 'right',
      render: (s) => formatPercent(s.counts.responseRate),
    },
    { key: 'createdAt', header: 'Created', sortKey: 'createdAt', render: (s) => formatDate(s.createdAt) },
    ...(manage
      ? [
          {
            key: 'actions',
            header: 'Actions',
            align: 'right' as const,
            render: (s: Survey) => <SurveyActions survey={s} onEdit={() => setEditing(s)} />,
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title="Partner surveys"
        description="PSAT surveys sent to partner users on a schedule or after events. Response rate counts answered invitations among those answered or expired."
        actions={
          <>
            <LinkButton
              to="/console/surveys/results"
              variant="default"
              leftSection={<IconChartBar size={16} />}
            >
              Results
            </LinkButton>
            {manage ? (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
                New survey
              </Button>
            ) : null}
          </>
        }
      />
      <Group mb="md" align="flex-end">
        <SearchBox value={q} onSearch={setQ} label="Search" placeholder="Survey name" />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={['draft', 'active', 'paused', 'closed']}
          value={status}
          onChange={setStatus}
          w={180}
        />
      </Group>
      <DataTable
        caption="Partner surveys"
        columns={columns}
        rows={list.items}
        rowId={(s) => s.id}
        sort={sort}
        onSortChange={(s) => setSort(s as SurveyListQuery['sort'])}
        loading={list.isLoading}
        error={list.error}
        onRetry={list.refetch}
        pagination={list.pagination}
        empty={
          <EmptyState
            title={q || status ? 'No survey matches' : 'No surveys yet'}
            action={
              manage && !q && !status ? (
                <Button onClick={() => setEditing('new')}>Create the first survey</Button>
              ) : undefined
            }
          >
            {q || status
              ? 'Try another name or status.'
              : 'Ask partner users how the program works for them: a quarterly PSAT survey is a good start.'}
          </EmptyState>
        }
      />
      <SurveyEditor
        opened={editing !== null}
        onClose={() => setEditing(null)}
        survey={editing && editing !== 'new' ? editing : undefined}
      />
    </>
  );
}
