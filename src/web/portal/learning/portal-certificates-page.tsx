import {
  ActionIcon,
  Anchor,
  Button,
  Chip,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconEye, IconRefresh, IconSchool } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../shared/auth/session';
import type { CsvColumn } from '../../shared/data-table/csv-export';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { type Column, DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDate } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { LinkAnchor, LinkButton } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import { partnerDetailQuery } from '../portal-queries';
import { CertificateDetailModal } from './certificate-detail-modal';
import { CertificateKpis } from './certificate-kpis';
import { expiryText, needsRenewal } from './certificate-status';
import {
  CERTIFICATE_SORTS,
  type Certificate,
  type CertificateSort,
  fetchCertificates,
  LEARNING_KEY,
} from './learning-api';
import { CertificateStateBadge } from './learning-badges';
import { pick, useUrlSearch } from './use-url-search';

const VIEWS = ['current', 'valid', 'expiring', 'expired', 'renewed'] as const;
type View = (typeof VIEWS)[number];
const VIEW_LABELS: Record<View, string> = {
  current: 'All current',
  valid: 'Valid',
  expiring: 'Expiring soon',
  expired: 'Expired',
  renewed: 'Replaced by a renewal',
};
const PEOPLE = ['me', 'team'] as const;

/** A view as the API's filters: current certificates (optionally of one state), or the renewed ones. */
function viewFilters(view: View): { current: 'true' | 'false'; state?: 'valid' | 'expiring' | 'expired' } {
  if (view === 'renewed') return { current: 'false' };
  if (view === 'current') return { current: 'true' };
  return { current: 'true', state: view };
}

const CSV_COLUMNS: CsvColumn<Certificate>[] = [
  { header: 'certificate', value: (c) => c.name },
  { header: 'course', value: (c) => c.courseTitle },
  { header: 'person', value: (c) => c.userName },
  { header: 'organization', value: (c) => c.partnerName },
  { header: 'issued_at', value: (c) => c.issuedAt },
  { header: 'expires_at', value: (c) => c.expiresAt },
  { header: 'status', value: (c) => c.state },
  { header: 'renewed_by', value: (c) => c.renewedById },
  { header: 'renews', value: (c) => c.previousCertificateId },
  { header: 'certificate_id', value: (c) => c.id },
];

/** /portal/certificates: my certificates, or for a partner admin everyone's at the organization. */
export function PortalCertificatesPage() {
  const me = useSession();
  const { search, set } = useUrlSearch('/portal/certificates');
  const isAdmin = me.role === 'partner_admin';
  const people = isAdmin ? pick(search.people, PEOPLE, 'team') : 'me';
  const team = people === 'team';
  const view = pick(search.state, VIEWS, 'current');
  const sort = pick<CertificateSort>(search.sort, CERTIFICATE_SORTS, '-issuedAt');
  const userId = team ? undefined : me.id;
  const filters = { ...viewFilters(view), userId };
  const organization = useQuery({ ...partnerDetailQuery(me.partnerId!), enabled: isAdmin });
  const orgName = organization.data?.name ?? 'my organization';

  const list = useCursorList({
    key: `${LEARNING_KEY}-certificates`,
    filters,
    sort,
    fetchPage: (params) => fetchCertificates({ ...params, sort }),
  });
  const open = (id: string) => set({ certificate: id });

  const columns: Column<Certificate>[] = [
    {
      key: 'name',
      header: 'Certificate',
      render: (c) => (
        <Anchor component="button" type="button" size="sm" fw={600} onClick={() => open(c.id)}>
          {c.name}
        </Anchor>
      ),
    },
    {
      key: 'course',
      header: 'Course',
      render: (c) => (
        <LinkAnchor to="/portal/learning/courses/$courseId" params={{ courseId: c.courseId }} size="sm">
          {c.courseTitle}
        </LinkAnchor>
      ),
    },
    ...(team
      ? [{ key: 'person', header: 'Person', render: (c: Certificate) => <Text size="sm">{c.userName}</Text> }]
      : []),
    {
      key: 'issuedAt',
      header: 'Issued',
      sortKey: 'issuedAt',
      render: (c) => <Text size="sm">{formatDate(c.issuedAt)}</Text>,
    },
    {
      key: 'expiresAt',
      header: 'Expires',
      sortKey: 'expiresAt',
      render: (c) => (
        <Stack gap={0}>
          <Text size="sm">{formatDate(c.expiresAt)}</Text>
          {c.renewedById ? null : (
            <Text
              size="xs"
              c={c.state === 'valid' ? 'dimmed' : c.state === 'expiring' ? 'orange.8' : 'red.8'}
            >
              {expiryText(c.expiresAt)}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'state',
      header: 'Status',
      render: (c) => <CertificateStateBadge state={c.state} renewed={c.renewedById !== null} />,
    },
    {
      key: 'actions',
      header: '',
      align: 'right',
      render: (c) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          {c.userId === me.id && needsRenewal(c) ? (
            <LinkButton
              size="xs"
              variant="light"
              color="orange"
              leftSection={<IconRefresh size={14} />}
              to="/portal/learning/courses/$courseId"
              params={{ courseId: c.courseId }}
              aria-label={`Renew ${c.name}`}
            >
              Renew
            </LinkButton>
          ) : null}
          <Tooltip label="View the certificate">
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => open(c.id)}
              aria-label={`View ${c.name}`}
            >
              <IconEye size={18} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ),
    },
  ];

  const filtered = view !== 'current';

  return (
    <>
      <PageHeader
        title={team ? 'Certificates' : 'My certificates'}
        description={
          team
            ? `The certifications people at ${orgName} hold: valid ones count toward your tier. Renew one by passing its course again before it expires.`
            : 'The certifications you earned by passing courses. Renew one by passing its course again before it expires.'
        }
        actions={
          <>
            <CsvExportButton
              fetchPage={(cursor) => fetchCertificates({ ...filters, sort, limit: 200, cursor })}
              columns={CSV_COLUMNS}
              filename="certificates"
              noun={['certificate', 'certificates']}
            />
            <LinkButton to="/portal/learning" variant="default" leftSection={<IconSchool size={16} />}>
              My learning
            </LinkButton>
          </>
        }
      />
      <Stack gap="lg">
        {isAdmin ? (
          <SegmentedControl
            w="fit-content"
            aria-label="Whose certificates"
            value={people}
            onChange={(value) => set({ people: value })}
            data={[
              { value: 'team', label: `Everyone at ${orgName}` },
              { value: 'me', label: 'Mine' },
            ]}
          />
        ) : null}
        <CertificateKpis userId={userId} team={team} />
        <Paper withBorder radius="md" p="md">
          <Chip.Group
            multiple={false}
            value={view}
            onChange={(state) => set({ state: state === 'current' ? undefined : state })}
          >
            <Group gap={6} wrap="wrap" mb="md" role="radiogroup" aria-label="Status">
              {VIEWS.map((value) => (
                <Chip
                  key={value}
                  value={value}
                  size="xs"
                  variant="light"
                  color={value === 'expiring' ? 'orange' : 'teal'}
                >
                  {VIEW_LABELS[value]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          <DataTable
            caption={team ? 'Certificates at my organization' : 'My certificates'}
            columns={columns}
            rows={list.items}
            rowId={(c) => c.id}
            sort={sort}
            onSortChange={(s) => set({ sort: s })}
            loading={list.isLoading}
            error={list.error}
            onRetry={() => void list.refetch()}
            pagination={list.pagination}
            empty={
              filtered ? (
                <EmptyState
                  title={`No certificate: ${VIEW_LABELS[view].toLowerCase()}`}
                  action={
                    <Button variant="light" onClick={() => set({ state: undefined })}>
                      Show all current certificates
                    </Button>
                  }
                />
              ) : (
                <EmptyState
                  title={team ? 'Nobody holds a certificate yet' : 'No certificate yet'}
                  action={
                    <LinkButton to="/portal/learning" variant="light">
                      Find a course that certifies
                    </LinkButton>
                  }
                >
                  A course that certifies awards its certificate when you complete its lessons and pass its
                  quiz.
                </EmptyState>
              )
            }
          />
        </Paper>
      </Stack>
      <CertificateDetailModal
        certificateId={search.certificate ?? null}
        onClose={() => set({ certificate: undefined })}
        onOpen={open}
      />
    </>
  );
}
