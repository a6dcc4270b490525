import {
  ActionIcon,
  Anchor,
  Code,
  CopyButton,
  Group,
  List,
  Modal,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

const PATH = '/api/public/partner-applications';

const EXAMPLE = {
  companyName: 'Northwind Integrations',
  website: 'https://northwind.example',
  country: 'DE',
  type: 'si',
  regions: ['EMEA'],
  specializations: ['security'],
  employees: 120,
  contactName: 'Dana Müller',
  contactEmail: 'dana@northwind.example',
  message: 'We implement platforms like yours for mid-market customers.',
};

function Copyable({ value, label }: { value: string; label: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
        {value}
      </Code>
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
            <ActionIcon
              variant={copied ? 'filled' : 'light'}
              color="teal"
              size="lg"
              onClick={copy}
              aria-label={copied ? 'Copied' : `Copy ${label}`}
            >
              {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** The public sign-up endpoint to put behind the vendor's own "become a partner" form. */
export function PublicSignupDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const url = `${window.location.origin}${PATH}`;
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={<Text fw={600}>Public sign-up endpoint</Text>}
      size="lg"
    >
      <Stack gap="sm">
        <Text size="sm">
          Prospective partners apply with a <b>POST</b> of JSON to this address, no login needed. Put it
          behind the “become a partner” form on your website; each application lands in <b>Applied</b>, scored
          against your ideal partner profile and checked for duplicates.
        </Text>
        <Copyable value={url} label="endpoint address" />
        <Text size="sm" fw={600}>
          Example body
        </Text>
        <Copyable value={JSON.stringify(EXAMPLE, null, 2)} label="example body" />
        <List size="sm" spacing={4}>
          <List.Item>Required: companyName, website, type, contactName, contactEmail.</List.Item>
          <List.Item>
            Leave the <Code>nickname</Code> field out of sight and empty: it catches automated submissions.
          </List.Item>
          <List.Item>
            Submissions are rate limited per address and per email domain; the answer is the same whether or
            not the company is already known.
          </List.Item>
        </List>
        <Text size="sm">
          Every field is described in the{' '}
          <Anchor href="/api/docs" target="_blank" rel="noreferrer">
            API documentation
          </Anchor>{' '}
          (operation submitPartnerApplication).
        </Text>
      </Stack>
    </Modal>
  );
}
