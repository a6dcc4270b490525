import { Badge } from '@mantine/core';
import { type CampaignStatus, KIND_LABELS, type TemplateKind, type TemplateStatus } from './marketing-api';

const CAMPAIGN_COLORS: Record<CampaignStatus, string> = {
  draft: 'gray',
  launched: 'teal',
  paused: 'yellow',
  ended: 'dark',
};

const TEMPLATE_COLORS: Record<TemplateStatus, string> = {
  draft: 'gray',
  published: 'teal',
  archived: 'dark',
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return (
    <Badge color={CAMPAIGN_COLORS[status]} variant="light">
      {status}
    </Badge>
  );
}

export function TemplateStatusBadge({ status }: { status: TemplateStatus }) {
  return (
    <Badge color={TEMPLATE_COLORS[status]} variant="light">
      {status}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: TemplateKind }) {
  return (
    <Badge color="indigo" variant="outline">
      {KIND_LABELS[kind]}
    </Badge>
  );
}
