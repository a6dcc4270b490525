import { Badge, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../shared/auth/session';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDate } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { EmptyState, ErrorState, LoadingState } from '../../shared/states/states';
import { EngagementCard } from './engagement-card';
import { fetchMyInvitations, PORTAL_SURVEYS_KEY, type SurveyInvitation } from './portal-surveys-api';
import { SurveyAnswerForm } from './survey-answer-form';

type PastSort = '-sentAt' | 'sentAt';

function ratingSummary(invitation: SurveyInvitation): string {
  const response = invitation.response;
  if (!response) return '—';
  return invitation.questions.map((q) => response.ratings[q.key] ?? '—').join(' · ');
}

/** Surveys waiting for the signed-in user, their past answers and the organization's engagement. */
export function PortalSurveysPage() {
  const user = useSession();
  const pending = useQuery({
    queryKey: [PORTAL_SURVEYS_KEY, 'pending'],
    queryFn: () => fetchMyInvitations({ status: 'pending', sort: 'dueAt', limit: 20 }),
  });
  const past = useCursorList({
    key: PORTAL_SURVEYS_KEY,
    filters: { status: 'answered,expired' },
    sort: '-sentAt' as PastSort,
    pageSize: 10,
    fetchPage: (params) => fetchMyInvitations({ ...params, sort: params.sort as PastSort }),
  });
  const open = (pending.data?.items ?? []).filter((i) => new Date(i.dueAt) > new Date());

  const columns: Column<SurveyInvitation>[] = [
    { key: 'survey', header: 'Survey', render: (i) => i.surveyName },
    { key: 'sentAt', header: 'Sent', render: (i) => formatDate(i.sentAt) },
    {
      key: 'status',
      header: 'Status',
      render: (i) => (
        <Badge variant="light" color={i.status === 'answered' ? 'teal' : 'gray'}>
          {i.status}
        </Badge>
      ),
    },
    { key: 'ratings', header: 'Your ratings', render: ratingSummary },
    { key: 'recommend', header: 'Recommend', align: 'right', render: (i) => i.response?.recommend ?? '—' },
    { key: 'comment', header: 'Comment', render: (i) => i.response?.comment || '—' },
  ];

  return (
    <>
      <PageHeader
        title="Surveys"
        description="Tell us how the partner program works for you. Your answers go to the vendor's partner team; other partners never see them."
      />
      <Stack gap="xl">
        <section aria-label="Surveys to answer">
          <Title order={3} size="h4" mb="sm">
            To answer
          </Title>
          {pending.error ? (
            <ErrorState error={pending.error} onRetry={pending.refetch} />
          ) : pending.isLoading ? (
            <LoadingState label="Loading your surveys…" />
          ) : open.length === 0 ? (
            <EmptyState title="Nothing to answer">
              There is no survey waiting for you. We will ask again in a while.
            </EmptyState>
          ) : (
            <Stack gap="lg">
              {open.map((invitation) => (
                <SurveyAnswerForm key={invitation.id} invitation={invitation} />
              ))}
            </Stack>
          )}
        </section>
        {user.partnerId ? <EngagementCard partnerId={user.partnerId} /> : null}
        <section aria-label="Past surveys">
          <Title order={3} size="h4" mb="sm">
            Past surveys
          </Title>
          <DataTable
            caption="Your past surveys"
            columns={columns}
            rows={past.items}
            rowId={(i) => i.id}
            loading={past.isLoading}
            error={past.error}
            onRetry={past.refetch}
            pagination={past.pagination}
            empty={
              <EmptyState title="No past surveys">
                <Text size="sm" c="dimmed" component="span">
                  Surveys you answer or let expire are listed here.
                </Text>
              </EmptyState>
            }
          />
        </section>
      </Stack>
    </>
  );
}
