import { Button, Group, Paper, Select, Stack, Switch, Tabs, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useSession } from '../../shared/auth/session';
import { CsvExportButton } from '../../shared/data-table/csv-export-button';
import { DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { SearchBox } from '../../shared/form/search-box';
import { PageHeader } from '../../shared/layout/page-header';
import { EmptyState } from '../../shared/states/states';
import { oneOf, PARTNER_TYPES, typeOptions } from '../options';
import {
  certificationColumns,
  certificationCsvColumns,
  momentumColumns,
  momentumCsvColumns,
} from './certification-columns';
import { CertifyingCourseSelect } from './certifying-course-select';
import {
  type CertificationQuery,
  fetchCertificationReport,
  fetchMomentum,
  type MomentumQuery,
} from './enablement-api';
import { EnablementTabs } from './enablement-tabs';
import { MomentumOverview } from './momentum-overview';
import { sortFrom, useEnablementSearch } from './use-enablement-search';

type View = 'certificates' | 'momentum';
const CERTIFICATE_SORTS = ['partnerName', 'certifiedPeople', 'expiringIn30Days', 'expired'] as const;
const MOMENTUM_SORTS = ['partnerName', 'last90Days'] as const;

/** The certification report per partner and the program's certification momentum. */
export function CertificationReportPage() {
  const user = useSession();
  const { search, set } = useEnablementSearch('/console/enablement/certifications');
  const view: View = search.view === 'momentum' ? 'momentum' : 'certificates';
  // Partner managers start with the partners they own, like the registration queue.
  const mine = search.mine === undefined ? user.role === 'partner_manager' : search.mine === '1';
  const scope = {
    q: search.q?.trim() || undefined,
    partnerType: oneOf(PARTNER_TYPES, search.partnerType),
    managerId: mine ? user.id : undefined,
  };
  const courseId = search.courseId || undefined;
  const certificateSort = sortFrom(search.sort, CERTIFICATE_SORTS, 'partnerName') as NonNullable<
    CertificationQuery['sort']
  >;
  const momentumSort = sortFrom(search.sort, MOMENTUM_SORTS, '-last90Days') as NonNullable<
    MomentumQuery['sort']
  >;
  const certificates = useCursorList({
    key: 'enablement-certification-report',
    filters: { ...scope, courseId },
    sort: certificateSort,
    fetchPage: (params) => fetchCertificationReport({ ...params, sort: certificateSort }),
  });
  const momentum = useCursorList({
    key: 'enablement-momentum',
    filters: scope,
    sort: momentumSort,
    fetchPage: (params) => fetchMomentum({ ...params, sort: momentumSort }),
  });
  const filtered = Boolean(scope.q || scope.partnerType || courseId);
  const clear = () => set({ q: undefined, partnerType: undefined, courseId: undefined });

  const empty = filtered ? (
    <EmptyState
      title="No partners match these filters"
      action={
        <Button variant="light" onClick={clear}>
          Clear filters
        </Button>
      }
    >
      Search matches part of a partner's name.
    </EmptyState>
  ) : (
    <EmptyState
      title={mine ? 'You own no partners yet' : 'No partners yet'}
      action={
        mine ? (
          <Button variant="light" onClick={() => set({ mine: '0' })}>
            Show every partner
          </Button>
        ) : null
      }
    >
      Every partner is listed here with its certified people once partners are in the program.
    </EmptyState>
  );

  const table =
    view === 'certificates' ? (
      <DataTable
        caption="Certificates by partner"
        columns={certificationColumns}
        rows={certificates.items}
        rowId={(r) => r.partnerId}
        sort={certificateSort}
        onSortChange={(s) => set({ sort: s })}
        loading={certificates.isLoading}
        error={certificates.error}
        onRetry={() => certificates.refetch()}
        pagination={certificates.pagination}
        empty={empty}
      />
    ) : (
      <DataTable
        caption="Certification momentum by partner"
        columns={momentumColumns}
        rows={momentum.items}
        rowId={(r) => r.partnerId}
        sort={momentumSort}
        onSortChange={(s) => set({ sort: s })}
        loading={momentum.isLoading}
        error={momentum.error}
        onRetry={() => momentum.refetch()}
        pagination={momentum.pagination}
        empty={empty}
      />
    );

  return (
    <>
      <PageHeader
        title="Enablement"
        description="Certified people per partner (they count towards tiers), certificates expiring or expired, and certification momentum: the last 90 days over the 90 before."
        actions={
          view === 'certificates' ? (
            <CsvExportButton
              filename="certification-report"
              columns={certificationCsvColumns}
              fetchPage={(cursor) =>
                fetchCertificationReport({ ...scope, courseId, sort: certificateSort, limit: 200, cursor })
              }
            />
          ) : (
            <CsvExportButton
              filename="certification-momentum"
              columns={momentumCsvColumns}
              fetchPage={(cursor) => fetchMomentum({ ...scope, sort: momentumSort, limit: 200, cursor })}
            />
          )
        }
      />
      <EnablementTabs active="/console/enablement/certifications" />
      <Stack>
        <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filter partners">
          <SearchBox
            label="Partner"
            placeholder="Partner name"
            value={search.q ?? ''}
            onSearch={(q) => set({ q })}
          />
          <Select
            label="Partner type"
            placeholder="Any"
            data={typeOptions}
            value={scope.partnerType ?? null}
            onChange={(partnerType) => set({ partnerType })}
            clearable
            w={{ base: '100%', xs: 200 }}
            comboboxProps={{ withinPortal: true }}
          />
          <Switch
            mb={8}
            label="Only my partners"
            checked={mine}
            onChange={(e) => set({ mine: e.currentTarget.checked ? '1' : '0' })}
          />
          {filtered ? (
            <Button variant="subtle" leftSection={<IconX size={14} />} onClick={clear}>
              Clear filters
            </Button>
          ) : null}
        </Group>
        <MomentumOverview filters={scope} />
        <Paper withBorder radius="md" p="md">
          <Tabs
            value={view}
            keepMounted={false}
            onChange={(value) =>
              set({ view: value === 'momentum' ? 'momentum' : undefined, sort: undefined })
            }
          >
            <Tabs.List mb="md">
              <Tabs.Tab value="certificates">Certificates by partner</Tabs.Tab>
              <Tabs.Tab value="momentum">Momentum by partner</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="certificates">
              <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
                <CertifyingCourseSelect value={courseId} onChange={(id) => set({ courseId: id })} />
                <Text size="xs" c="dimmed" mb={10}>
                  Current certificates: a renewal replaces the one it renews.
                </Text>
              </Group>
              {table}
            </Tabs.Panel>
            <Tabs.Panel value="momentum">
              <Text size="xs" c="dimmed" mb="md">
                Certifications earned or renewed in the last 90 days and the 90 before, across every course.
              </Text>
              {table}
            </Tabs.Panel>
          </Tabs>
        </Paper>
      </Stack>
    </>
  );
}
