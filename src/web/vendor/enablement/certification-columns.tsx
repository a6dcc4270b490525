import { Badge, Group, Progress, Text, Tooltip } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { CsvColumn } from '../../shared/data-table/csv-export';
import type { Column } from '../../shared/data-table/data-table';
import { formatNumber, typeLabel } from '../../shared/format';
import type { CertificationReportRow, MomentumRow } from './enablement-api';
import { formatMomentum } from './enablement-format';

const partnerColumn = <T extends { partnerId: string; partnerName: string }>(): Column<T> => ({
  key: 'partner',
  header: 'Partner',
  sortKey: 'partnerName',
  width: '26%',
  render: (r) => (
    <Link to="/console/partners/$partnerId" params={{ partnerId: r.partnerId }} className="table-link">
      {r.partnerName}
    </Link>
  ),
});

const typeColumn = <T extends { partnerType: string }>(): Column<T> => ({
  key: 'type',
  header: 'Type',
  render: (r) => <Text size="sm">{typeLabel(r.partnerType)}</Text>,
});

const countBadge = (value: number, color: string) =>
  value > 0 ? (
    <Badge color={color} variant="light">
      {formatNumber(value)}
    </Badge>
  ) : (
    <Text size="sm" c="dimmed">
      0
    </Text>
  );

/** Valid, expiring and expired current certificates as one bar. */
function CertificateMix({ row }: { row: CertificationReportRow }) {
  const valid = row.validCertificates - row.expiringIn30Days;
  const total = row.validCertificates + row.expired;
  if (total === 0) {
    return (
      <Text size="xs" c="dimmed">
        No certificates
      </Text>
    );
  }
  const share = (n: number) => (n / total) * 100;
  return (
    <Tooltip
      label={`${valid} valid, ${row.expiringIn30Days} expiring within 30 days, ${row.expired} expired`}
      withArrow
    >
      <Progress.Root size="lg" w={140} aria-hidden>
        <Progress.Section value={share(valid)} color="teal" />
        <Progress.Section value={share(row.expiringIn30Days)} color="orange" />
        <Progress.Section value={share(row.expired)} color="red" />
      </Progress.Root>
    </Tooltip>
  );
}

export const certificationColumns: Column<CertificationReportRow>[] = [
  partnerColumn(),
  typeColumn(),
  {
    key: 'people',
    header: 'Certified people',
    sortKey: 'certifiedPeople',
    align: 'right',
    render: (r) => formatNumber(r.certifiedPeople),
  },
  { key: 'valid', header: 'Valid', align: 'right', render: (r) => formatNumber(r.validCertificates) },
  {
    key: 'expiring',
    header: 'Expiring ≤ 30 days',
    sortKey: 'expiringIn30Days',
    render: (r) => countBadge(r.expiringIn30Days, 'orange'),
  },
  { key: 'expired', header: 'Expired', sortKey: 'expired', render: (r) => countBadge(r.expired, 'red') },
  { key: 'mix', header: 'Certificates', render: (r) => <CertificateMix row={r} /> },
];

export const certificationCsvColumns: CsvColumn<CertificationReportRow>[] = [
  { header: 'partner_id', value: (r) => r.partnerId },
  { header: 'partner', value: (r) => r.partnerName },
  { header: 'partner_type', value: (r) => r.partnerType },
  { header: 'certified_people', value: (r) => r.certifiedPeople },
  { header: 'valid_certificates', value: (r) => r.validCertificates },
  { header: 'expiring_in_30_days', value: (r) => r.expiringIn30Days },
  { header: 'expired', value: (r) => r.expired },
];

export const momentumColumns: Column<MomentumRow>[] = [
  partnerColumn(),
  typeColumn(),
  {
    key: 'last',
    header: 'Last 90 days',
    sortKey: 'last90Days',
    align: 'right',
    render: (r) => formatNumber(r.last90Days),
  },
  {
    key: 'previous',
    header: 'The 90 days before',
    align: 'right',
    render: (r) => formatNumber(r.previous90Days),
  },
  {
    key: 'momentum',
    header: 'Momentum',
    render: (r) =>
      r.momentum === null ? (
        <Text size="sm" c="dimmed">
          {r.last90Days > 0 ? 'New (no base)' : '—'}
        </Text>
      ) : (
        <Group gap={4}>
          <Badge color={r.momentum >= 1 ? 'teal' : 'orange'} variant="light">
            {formatMomentum(r.momentum)}
          </Badge>
        </Group>
      ),
  },
];

export const momentumCsvColumns: CsvColumn<MomentumRow>[] = [
  { header: 'partner_id', value: (r) => r.partnerId },
  { header: 'partner', value: (r) => r.partnerName },
  { header: 'partner_type', value: (r) => r.partnerType },
  { header: 'last_90_days', value: (r) => r.last90Days },
  { header: 'previous_90_days', value: (r) => r.previous90Days },
  { header: 'momentum', value: (r) => r.momentum },
];
