import { ActionIcon, Anchor, CopyButton, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { absoluteUrl, type PartnerCampaignDetail } from '../../shared/marketing/marketing-api';

function Copy({ value, label }: { value: string; label: string }) {
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
          <ActionIcon
            variant="light"
            color={copied ? 'teal' : 'gray'}
            onClick={copy}
            aria-label={`Copy ${label}`}
          >
            {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          </ActionIcon>
        </Tooltip>
      )}
    </CopyButton>
  );
}

const PURPOSE_LABELS: Record<string, string> = {
  cta: 'Call to action',
  landing_page: 'Landing page (short link)',
  custom: 'Link',
};

/** The public page and the tracked links to share; every visit through them is counted for the partner. */
export function CampaignLinks({ campaign }: { campaign: PartnerCampaignDetail }) {
  if (campaign.status === 'draft') {
    return (
      <Text size="sm" c="dimmed">
        Launch the campaign to get its public page and tracked links.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {campaign.publicPath ? (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={600}>
            Landing page:
          </Text>
          <Anchor
            href={absoluteUrl(campaign.publicPath)}
            target="_blank"
            rel="noopener"
            size="sm"
            data-testid="public-url"
          >
            {absoluteUrl(campaign.publicPath)}
          </Anchor>
          <Copy value={absoluteUrl(campaign.publicPath)} label="the landing page address" />
        </Group>
      ) : null}
      {campaign.links.length ? (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tracked link</Table.Th>
              <Table.Th>Leads to</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {campaign.links.map((link) => (
              <Table.Tr key={link.code}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {PURPOSE_LABELS[link.purpose] ?? link.purpose}
                  </Text>
                  <Text size="xs" ff="monospace">
                    {absoluteUrl(link.path)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                    {link.destinationUrl.startsWith('/')
                      ? absoluteUrl(link.destinationUrl)
                      : link.destinationUrl}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Copy
                    value={absoluteUrl(link.path)}
                    label={`the ${PURPOSE_LABELS[link.purpose] ?? 'tracked'} link`}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {campaign.status !== 'launched' ? (
        <Text size="xs" c="dimmed">
          While the campaign is {campaign.status}, its page says the offer has ended and links still work but
          count nothing.
        </Text>
      ) : null}
    </Stack>
  );
}
