import { SimpleGrid } from '@mantine/core';
import { IconClick, IconEye, IconForms, IconPercentage, IconUsers } from '@tabler/icons-react';
import { KpiTile } from '../charts/kpi-tile';
import { formatNumber } from '../format';
import { type CampaignFigures, formatRate } from './marketing-api';

/** The headline figures of one campaign or a whole program of campaigns. */
export function FigureTiles({
  figures,
  loading,
}: {
  figures: CampaignFigures | undefined;
  loading?: boolean;
}) {
  const f = figures;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }}>
      <KpiTile
        label="Views"
        value={formatNumber(f?.views)}
        icon={IconEye}
        loading={loading}
        hint="Landing page visits"
      />
      <KpiTile
        label="Unique visitors"
        value={formatNumber(f?.uniqueVisitors)}
        icon={IconUsers}
        loading={loading}
        hint="Counted once per day"
      />
      <KpiTile
        label="Clicks"
        value={formatNumber(f?.clicks)}
        icon={IconClick}
        loading={loading}
        hint="On tracked links"
      />
      <KpiTile
        label="Form fills"
        value={formatNumber(f?.formFills)}
        icon={IconForms}
        loading={loading}
        hint={`${formatNumber(f?.leads)} leads`}
      />
      <KpiTile
        label="Conversion"
        value={f ? formatRate(f.conversionRate) : '—'}
        icon={IconPercentage}
        loading={loading}
        hint="Form fills per unique visitor"
      />
    </SimpleGrid>
  );
}
