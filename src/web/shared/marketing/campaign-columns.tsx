import { Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { CsvColumn } from '../data-table/csv-export';
import type { Column } from '../data-table/data-table';
import { formatDate, formatNumber } from '../format';
import { CampaignStatusBadge, KindBadge } from './campaign-badges';
import { formatRate, KIND_LABELS, type PartnerCampaign } from './marketing-api';

const number = (key: keyof PartnerCampaign['figures'], header: string): Column<PartnerCampaign> => ({
  key,
  header,
  align: 'right',
  render: (c) => formatNumber(c.figures[key]),
});

/** Campaign rows with their figures; in the portal the name opens the campaign, in the console the partner shows. */
export function campaignColumns(side: 'portal' | 'console'): Column<PartnerCampaign>[] {
  return [
    {
      key: 'name',
      header: 'Campaign',
      sortKey: 'name',
      width: '26%',
      render: (c) => (
        <Stack gap={0}>
          {side === 'portal' ? (
            <Link to="/portal/campaigns/$campaignId" params={{ campaignId: c.id }} className="table-link">
              {c.name}
            </Link>
          ) : (
            <Text size="sm" fw={500}>
              {c.name}
            </Text>
          )}
          <Text size="xs" c="dimmed" lineClamp={1}>
            {side === 'console' ? `${c.partnerName} · ${c.templateName}` : c.templateName}
          </Text>
        </Stack>
      ),
    },
    { key: 'kind', header: 'Kind', render: (c) => <KindBadge kind={c.kind} /> },
    { key: 'status', header: 'Status', render: (c) => <CampaignStatusBadge status={c.status} /> },
    { key: 'createdAt', header: 'Created', sortKey: 'createdAt', render: (c) => formatDate(c.createdAt) },
    number('views', 'Views'),
    number('uniqueVisitors', 'Visitors'),
    number('clicks', 'Clicks'),
    number('formFills', 'Form fills'),
    {
      key: 'conversion',
      header: 'Conversion',
      align: 'right',
      render: (c) => formatRate(c.figures.conversionRate),
    },
  ];
}

export const campaignCsvColumns: CsvColumn<PartnerCampaign>[] = [
  { header: 'Campaign', value: (c) => c.name },
  { header: 'Partner', value: (c) => c.partnerName },
  { header: 'Template', value: (c) => c.templateName },
  { header: 'Kind', value: (c) => KIND_LABELS[c.kind] },
  { header: 'Status', value: (c) => c.status },
  { header: 'Launched', value: (c) => c.launchedAt },
  { header: 'Ended', value: (c) => c.endedAt },
  { header: 'Views', value: (c) => c.figures.views },
  { header: 'Unique visitors', value: (c) => c.figures.uniqueVisitors },
  { header: 'Clicks', value: (c) => c.figures.clicks },
  { header: 'Form fills', value: (c) => c.figures.formFills },
  { header: 'Leads', value: (c) => c.figures.leads },
  { header: 'Conversion rate', value: (c) => c.figures.conversionRate },
];
