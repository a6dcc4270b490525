import { Badge, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDate } from '../../shared/format';
import { EmptyState } from '../../shared/states/states';
import { fetchSurveyComments, formatPercent, SURVEYS_KEY, type SurveyComment } from './surveys-api';

type CommentSort = '-submittedAt' | 'submittedAt' | 'recommend' | '-recommend';

const recommendColor = (score: number) => (score >= 9 ? 'teal' : score >= 7 ? 'gray' : 'red');

/** What partners wrote, newest first, with who, when and how they scored. */
export function SurveyComments({ range }: { range: { from?: string; to?: string } }) {
  const [sort, setSort] = useState<CommentSort>('-submittedAt');
  const list = useCursorList({
    key: `${SURVEYS_KEY}-comments`,
    filters: range,
    sort,
    pageSize: 10,
    fetchPage: (params) => fetchSurveyComments({ ...params, sort: params.sort as CommentSort }),
  });
  const columns: Column<SurveyComment>[] = [
    {
      key: 'comment',
      header: 'Comment',
      render: (c) => (
        <Stack gap={2}>
          <Text size="sm">{c.comment}</Text>
          <Text size="xs" c="dimmed">
            {c.userName} · {c.partnerName} · {c.surveyName}
          </Text>
        </Stack>
      ),
    },
    { key: 'psat', header: 'PSAT', align: 'right', render: (c) => formatPercent(c.psat) },
    {
      key: 'recommend',
      header: 'Recommend',
      sortKey: 'recommend',
      align: 'right',
      render: (c) => (
        <Badge variant="light" color={recommendColor(c.recommend)}>
          {c.recommend}
        </Badge>
      ),
    },
    { key: 'submittedAt', header: 'Date', sortKey: 'submittedAt', render: (c) => formatDate(c.submittedAt) },
  ];
  return (
    <Stack gap="sm">
      <Group justify="flex-end">
        <CsvExportButton
          filename="survey-comments"
          noun={['comment', 'comments']}
          fetchPage={(cursor) =>
            fetchSurveyComments({ ...range, sort, limit: 200, ...(cursor ? { cursor } : {}) })
          }
          columns={[
            { header: 'Date', value: (c) => c.submittedAt },
            { header: 'Partner', value: (c) => c.partnerName },
            { header: 'Person', value: (c) => c.userName },
            { header: 'Survey', value: (c) => c.surveyName },
            { header: 'PSAT %', value: (c) => c.psat },
            { header: 'Recommend', value: (c) => c.recommend },
            { header: 'Comment', value: (c) => c.comment },
          ]}
        />
      </Group>
      <DataTable
        caption="Recent comments"
        columns={columns}
        rows={list.items}
        rowId={(c) => c.responseId}
        sort={sort}
        onSortChange={(s) => setSort(s as CommentSort)}
        loading={list.isLoading}
        error={list.error}
        onRetry={list.refetch}
        pagination={list.pagination}
        empty={
          <EmptyState title="No comments in this period">
            Comments appear as partner users answer surveys.
          </EmptyState>
        }
      />
    </Stack>
  );
}
