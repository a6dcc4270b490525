import { SimpleGrid } from '@mantine/core';
import { IconAlertTriangle, IconCertificate, IconClockX, IconUsers } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { ChartCard } from '../../shared/charts/chart-card';
import { CountBarChart } from '../../shared/charts/count-bar-chart';
import { KpiTile } from '../../shared/charts/kpi-tile';
import { EXPIRING_WITHIN_DAYS } from './certificate-status';
import { certificateTallyQuery } from './certificate-tally';

/** Headline numbers of the current certificates in view; for a team, also who holds which. */
export function CertificateKpis({ userId, team }: { userId: string | undefined; team: boolean }) {
  const tally = useQuery(certificateTallyQuery(userId));
  const data = tally.data;
  const plus = data?.complete === false ? '+' : '';
  const failed = tally.error ? 'Could not be counted' : undefined;
  const value = (n: number | undefined) => `${(n ?? 0).toLocaleString('en')}${plus}`;
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2, lg: team ? 4 : 3 }} spacing="md" data-testid="certificate-kpis">
        <KpiTile
          label="Valid"
          value={value(data?.valid)}
          hint={failed ?? `More than ${EXPIRING_WITHIN_DAYS} days left`}
          icon={IconCertificate}
          color="teal"
          loading={tally.isLoading}
          testId="kpi-valid"
        />
        <KpiTile
          label="Expiring soon"
          value={value(data?.expiring)}
          hint={failed ?? `Within ${EXPIRING_WITHIN_DAYS} days: renew by passing the course again`}
          icon={IconAlertTriangle}
          color={data?.expiring ? 'orange' : 'gray'}
          loading={tally.isLoading}
          testId="kpi-expiring"
        />
        <KpiTile
          label="Expired"
          value={value(data?.expired)}
          hint={failed ?? 'Not renewed yet'}
          icon={IconClockX}
          color={data?.expired ? 'red' : 'gray'}
          loading={tally.isLoading}
          testId="kpi-expired"
        />
        {team ? (
          <KpiTile
            label="Certified people"
            value={value(data?.certifiedPeople)}
            hint={failed ?? 'People holding a certificate that has not expired; they count toward your tier'}
            icon={IconUsers}
            color="indigo"
            loading={tally.isLoading}
            testId="kpi-certified-people"
          />
        ) : null}
      </SimpleGrid>
      {team ? (
        <ChartCard
          title="Certificates by course"
          description="Certificates that have not expired, per course"
          loading={tally.isLoading}
          isEmpty={!data?.byCourse.length}
          emptyMessage="Nobody in your organization holds a certificate yet."
          height={Math.max(160, Math.min(8, data?.byCourse.length ?? 0) * 36)}
        >
          <CountBarChart
            data={(data?.byCourse ?? []).slice(0, 8)}
            seriesLabel="Certificates"
            caption="Certificates that have not expired, per course"
            horizontal
            height={Math.max(160, Math.min(8, data?.byCourse.length ?? 0) * 36)}
            color="grape.6"
          />
        </ChartCard>
      ) : null}
    </>
  );
}
