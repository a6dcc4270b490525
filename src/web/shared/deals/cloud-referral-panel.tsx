import {
  Alert,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  List,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCloudUpload, IconCopy } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, type Schemas, unwrap } from '../api/client';
import { canDo } from '../auth/permissions';
import { useSession } from '../auth/session';
import { formatDateTime } from '../format';
import { DealPanel } from './deal-badges';
import { DEALS_KEY } from './deal-queries';

type CloudFormat = Schemas['CloudReferral']['format'];

const FORMATS: { value: CloudFormat; label: string }[] = [
  { value: 'aws_partner_central', label: 'AWS Partner Central (CreateOpportunity)' },
  { value: 'aws_ace_legacy', label: 'AWS ACE (legacy file)' },
  { value: 'microsoft_partner_center', label: 'Microsoft Partner Center referral' },
];

const referralsKey = (dealId: string) => [...DEALS_KEY, 'cloud-referrals', dealId] as const;

function CloudStatus({ referral }: { referral: Schemas['CloudReferral'] | null }) {
  if (!referral)
    return (
      <Text size="sm" c="dimmed">
        Not shared in this format yet.
      </Text>
    );
  return (
    <Stack gap={4} data-testid="cloud-referral-status">
      <Group gap="xs">
        <Badge variant="light" color={referral.cloudStage ? 'teal' : 'gray'}>
          Stage: {referral.cloudStage ?? 'no update yet'}
        </Badge>
        <Badge variant="light" color="blue">
          Status: {referral.cloudStatus ?? 'no update yet'}
        </Badge>
        {referral.cloudId ? <Badge variant="outline">{referral.cloudId}</Badge> : null}
      </Group>
      <Text size="xs" c="dimmed">
        Exported {referral.exportedAt ? formatDateTime(referral.exportedAt) : 'never'}
        {referral.lastUpdateAt ? `; last cloud update ${formatDateTime(referral.lastUpdateAt)}` : ''}
      </Text>
    </Stack>
  );
}

function ReferralExchange({ dealId }: { dealId: string }) {
  const queryClient = useQueryClient();
  const [format, setFormat] = useState<CloudFormat>('aws_partner_central');
  const [spmsId, setSpmsId] = useState('');
  const [solutionId, setSolutionId] = useState('');
  const [payload, setPayload] = useState<string | null>(null);
  const ids = {
    ...(format === 'aws_ace_legacy' && spmsId.trim() ? { spmsId: spmsId.trim() } : {}),
    ...(format === 'microsoft_partner_center' && solutionId.trim() ? { solutionId: solutionId.trim() } : {}),
  };
  const preview = useQuery({
    queryKey: [...referralsKey(dealId), 'preview', format, ids],
    queryFn: () =>
      unwrap(
        api.GET('/api/deals/{id}/cloud-referrals/{format}/preview', {
          params: { path: { id: dealId, format }, query: ids },
        }),
      ),
  });
  const exportReferral = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/deals/{id}/cloud-referrals/{format}', {
          params: { path: { id: dealId, format } },
          body: ids,
        }),
      ),
    onSuccess: async (result) => {
      setPayload(JSON.stringify(result.payload, null, 2));
      notifications.show({
        color: 'teal',
        title: 'Exported',
        message: 'Send the payload below to the provider.',
      });
      await queryClient.invalidateQueries({ queryKey: DEALS_KEY });
    },
  });
  const missing = preview.data?.missing ?? [];
  const exportError = exportReferral.error instanceof ApiError ? exportReferral.error : null;
  return (
    <Stack gap="sm">
      <Select
        label="Format"
        data={FORMATS}
        value={format}
        allowDeselect={false}
        onChange={(value) => {
          if (!value) return;
          setFormat(value as CloudFormat);
          setPayload(null);
          exportReferral.reset();
        }}
      />
      {format === 'aws_ace_legacy' ? (
        <TextInput label="AWS SPMS id" value={spmsId} onChange={(e) => setSpmsId(e.currentTarget.value)} />
      ) : null}
      {format === 'microsoft_partner_center' ? (
        <TextInput
          label="Co-sell solution id"
          value={solutionId}
          onChange={(e) => setSolutionId(e.currentTarget.value)}
        />
      ) : null}
      {preview.isPending ? (
        <Text size="sm" c="dimmed">
          Checking the required fields…
        </Text>
      ) : preview.error ? (
        <Alert color="red" role="alert">
          {preview.error.message}
        </Alert>
      ) : (
        <>
          <CloudStatus referral={preview.data.referral} />
          {missing.length ? (
            <Alert
              color="orange"
              title={`Missing before export (${missing.length})`}
              data-testid="cloud-missing"
            >
              <List size="sm" spacing={2}>
                {missing.map((m) => (
                  <List.Item key={m.field}>
                    <Code>{m.field}</Code> — {m.reason}
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Text size="sm" c="teal.8">
              Every required field is there.
            </Text>
          )}
        </>
      )}
      {exportError ? (
        <Alert color="red" role="alert">
          {exportError.message}
        </Alert>
      ) : null}
      <Group>
        <Button
          leftSection={<IconCloudUpload size={16} />}
          disabled={!preview.data || missing.length > 0}
          loading={exportReferral.isPending}
          onClick={() => exportReferral.mutate()}
        >
          Export payload
        </Button>
        {payload ? (
          <CopyButton value={payload}>
            {({ copied, copy }) => (
              <Button variant="light" leftSection={<IconCopy size={16} />} onClick={copy}>
                {copied ? 'Copied' : 'Copy payload'}
              </Button>
            )}
          </CopyButton>
        ) : null}
      </Group>
      {payload ? (
        <Code block data-testid="cloud-payload" style={{ maxHeight: 320, overflow: 'auto' }}>
          {payload}
        </Code>
      ) : null}
    </Stack>
  );
}

/** Shares the deal with AWS or Microsoft co-sell programs and shows what the cloud side reports back. */
export function CloudReferralPanel({ dealId }: { dealId: string }) {
  const user = useSession();
  if (!canDo(user, 'cosell.exchange')) return null;
  return (
    <DealPanel title="Cloud co-sell" testId="cloud-referral-panel">
      <ReferralExchange dealId={dealId} />
    </DealPanel>
  );
}
