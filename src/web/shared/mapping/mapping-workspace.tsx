import { Button, Divider, Group, Paper, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api, unwrap } from '../api/client';
import { useCan } from '../auth/permissions';
import { formatDateTime, formatNumber } from '../format';
import { EmptyState, ErrorState } from '../states/states';
import { AccountListUpload } from './account-list-upload';
import { HashedMatchingPanel } from './hashed-matching-panel';
import { ImportsPanel } from './imports-panel';
import {
  invalidateMapping,
  LIST_LABELS,
  listDescription,
  type MappingSide,
  NAMED_LISTS,
  OVERLAP_LISTS,
  type OverlapListName,
  type OverlapMatrix,
  overlapQuery,
} from './mapping-api';
import { OverlapHeatMap } from './overlap-heat-map';
import { OverlapListTable } from './overlap-list-table';
import { PartnerAccountsTable } from './partner-accounts-table';
import { PopulationsPanel } from './populations-panel';
import { SharingEditor } from './sharing-editor';

/** The workspace's place in the URL: which view, which list, and for a heat map cell its two populations. */
export interface MappingSearch {
  view?: string | undefined;
  list?: string | undefined;
  vp?: string | undefined;
  pp?: string | undefined;
}

const VIEWS = ['overlap', 'accounts', 'uploads', 'sharing', 'hashed'] as const;
type View = (typeof VIEWS)[number];

export interface MappingWorkspaceProps {
  partnerId: string;
  partnerName: string;
  viewer: MappingSide;
  search: MappingSearch;
  onSearch: (patch: MappingSearch) => void;
}

function RefreshBar({ partnerId, refreshedAt }: { partnerId: string; refreshedAt: string | null }) {
  const can = useCan();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);

  async function refresh() {
    setBusy(true);
    try {
      const result = await unwrap(
        api.POST('/api/mapping/partners/{id}/refresh', { params: { path: { id: partnerId } } }),
      );
      await invalidateMapping(queryClient);
      notifications.show({
        color: 'teal',
        title: 'Matched again',
        message: `${formatNumber(result.partnerAccounts)} partner accounts, ${formatNumber(result.matches)} matches with the CRM.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Refresh failed',
        message: error instanceof Error ? error.message : 'Something went wrong',
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Group gap="sm">
      <Text size="sm" c="dimmed" data-testid="mapping-refreshed-at">
        {refreshedAt ? `Last matched ${formatDateTime(refreshedAt)}` : 'Not matched yet'}
      </Text>
      {can('mapping.refresh') ? (
        <Button
          variant="default"
          size="xs"
          leftSection={<IconRefresh size={14} />}
          onClick={refresh}
          loading={busy}
        >
          Refresh now
        </Button>
      ) : null}
    </Group>
  );
}

function OverlapView({
  props,
  matrix,
  otherName,
  onUpload,
}: {
  props: MappingWorkspaceProps;
  matrix: OverlapMatrix;
  otherName: string;
  onUpload?: () => void;
}) {
  const { search, onSearch, viewer } = props;
  const listsHeading = useRef<HTMLHeadingElement>(null);
  const knownKeys = (keys: { key: string }[], key: string | undefined) =>
    key !== undefined && keys.some((p) => p.key === key);
  const pair =
    search.list === 'pair' &&
    knownKeys(matrix.vendorPopulations, search.vp) &&
    knownKeys(matrix.partnerPopulations, search.pp)
      ? { vendorPopulation: search.vp!, partnerPopulation: search.pp! }
      : null;
  const list: OverlapListName =
    search.list === 'pair'
      ? pair
        ? 'pair'
        : 'co_sell'
      : (OVERLAP_LISTS as readonly string[]).includes(search.list ?? '')
        ? (search.list as OverlapListName)
        : 'co_sell';
  const vendorName = matrix.vendorPopulations.find((p) => p.key === pair?.vendorPopulation)?.name;
  const partnerName = matrix.partnerPopulations.find((p) => p.key === pair?.partnerPopulation)?.name;
  const pairLabel = pair
    ? viewer === 'vendor'
      ? `Your ${vendorName?.toLowerCase()} × their ${partnerName?.toLowerCase()}`
      : `Vendor ${vendorName?.toLowerCase()} × your ${partnerName?.toLowerCase()}`
    : '';
  const tabLabel = (l: OverlapListName) => (l === 'pair' ? pairLabel : LIST_LABELS[l]);
  const noList = matrix.refreshedAt === null;

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="heat-map-title">
        <Stack gap="sm">
          <div>
            <Title order={4} id="heat-map-title">
              Overlap by population
            </Title>
            <Text size="xs" c="dimmed">
              Accounts in common, by population on each side. Pick a cell to list its accounts.
            </Text>
          </div>
          {noList ? (
            <EmptyState
              title={viewer === 'vendor' ? `No list from ${otherName} yet` : 'Upload your account list'}
              action={
                onUpload ? (
                  <Button variant="light" onClick={onUpload}>
                    {viewer === 'vendor' ? 'Upload on its behalf' : 'Upload a list'}
                  </Button>
                ) : null
              }
            >
              {viewer === 'vendor'
                ? 'The overlap appears once the partner uploads its customers and prospects in the portal, or you upload them for it.'
                : 'Upload your customers and prospects to see which of them the vendor knows, and the accounts you could work on together.'}
            </EmptyState>
          ) : null}
          <OverlapHeatMap
            matrix={matrix}
            otherName={otherName}
            selected={pair}
            onCellClick={(vp, pp) => {
              onSearch({ list: 'pair', vp, pp });
              requestAnimationFrame(() => {
                listsHeading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
                listsHeading.current?.focus({ preventScroll: true });
              });
            }}
          />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="lists-title">
        <Stack gap="sm">
          <Title order={4} id="lists-title" ref={listsHeading} tabIndex={-1} style={{ scrollMarginTop: 72 }}>
            Co-sell lists
          </Title>
          <Tabs
            value={list}
            onChange={(next) => next && onSearch({ list: next, vp: undefined, pp: undefined })}
            keepMounted={false}
          >
            <Tabs.List>
              {NAMED_LISTS.map((l) => (
                <Tabs.Tab key={l} value={l}>
                  {LIST_LABELS[l]}
                </Tabs.Tab>
              ))}
              {pair ? <Tabs.Tab value="pair">{pairLabel}</Tabs.Tab> : null}
            </Tabs.List>
            {[...NAMED_LISTS, ...(pair ? (['pair'] as const) : [])].map((l) => (
              <Tabs.Panel key={l} value={l} pt="sm">
                <Stack gap="sm">
                  <Text size="sm" c="dimmed">
                    {listDescription(l, viewer)}
                  </Text>
                  <OverlapListTable
                    key={l === 'pair' ? `${pair?.vendorPopulation}|${pair?.partnerPopulation}` : l}
                    partnerId={props.partnerId}
                    partnerName={props.partnerName}
                    viewer={viewer}
                    otherName={otherName}
                    list={l}
                    vendorPopulation={pair?.vendorPopulation}
                    partnerPopulation={pair?.partnerPopulation}
                    caption={tabLabel(l)}
                  />
                </Stack>
              </Tabs.Panel>
            ))}
          </Tabs>
        </Stack>
      </Paper>
    </Stack>
  );
}

/**
 * One partner relationship's account mapping, from either side: the overlap heat map and co-sell lists,
 * the partner's own list (partner users), uploads with their reports, sharing with custom populations, and
 * matching on hashed lists.
 * The console's partner page and the portal's mapping page both show it; permissions decide the actions.
 */
export function MappingWorkspace(props: MappingWorkspaceProps) {
  const { partnerId, viewer, search, onSearch } = props;
  const can = useCan();
  const matrix = useQuery(overlapQuery(partnerId));
  const otherName = viewer === 'vendor' ? props.partnerName : 'the vendor';
  const visible: View[] = VIEWS.filter((v) => v !== 'accounts' || can('mapping.list.read'));
  const view: View = visible.includes(search.view as View) ? (search.view as View) : 'overlap';
  const setView = (next: string | null) => onSearch({ view: next && next !== 'overlap' ? next : undefined });

  if (matrix.error) return <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />;
  const m = matrix.data;

  return (
    <Stack gap="md">
      <Tabs value={view} onChange={setView} variant="pills" keepMounted={false}>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Tabs.List aria-label="Account mapping views">
            <Tabs.Tab value="overlap">Overlap and lists</Tabs.Tab>
            {visible.includes('accounts') ? <Tabs.Tab value="accounts">Your account list</Tabs.Tab> : null}
            <Tabs.Tab value="uploads">Uploads</Tabs.Tab>
            <Tabs.Tab value="sharing">Sharing and populations</Tabs.Tab>
            <Tabs.Tab value="hashed">Hashed lists</Tabs.Tab>
          </Tabs.List>
          {m ? <RefreshBar partnerId={partnerId} refreshedAt={m.refreshedAt} /> : null}
        </Group>
        {!m ? (
          <Stack gap="sm" mt="md" aria-busy="true" aria-label="Loading account mapping">
            <Skeleton height={220} />
            <Skeleton height={320} />
          </Stack>
        ) : (
          <>
            <Tabs.Panel value="overlap" pt="md">
              <OverlapView
                props={props}
                matrix={m}
                otherName={otherName}
                onUpload={can('mapping.import') ? () => setView('uploads') : undefined}
              />
            </Tabs.Panel>
            <Tabs.Panel value="accounts" pt="md">
              <Paper withBorder radius="md" p="md">
                <PartnerAccountsTable partnerId={partnerId} />
              </Paper>
            </Tabs.Panel>
            <Tabs.Panel value="uploads" pt="md">
              <Stack gap="lg">
                {can('mapping.import') ? (
                  <Paper withBorder radius="md" p="md" component="section" aria-labelledby="upload-title">
                    <Title order={4} id="upload-title" mb="xs">
                      {viewer === 'vendor' ? "Upload the partner's account list" : 'Upload your account list'}
                    </Title>
                    <AccountListUpload
                      partnerId={partnerId}
                      viewer={viewer}
                      partnerName={props.partnerName}
                    />
                  </Paper>
                ) : null}
                <Paper withBorder radius="md" p="md" component="section" aria-labelledby="imports-title">
                  <Title order={4} id="imports-title" mb="xs">
                    Latest uploads
                  </Title>
                  <ImportsPanel partnerId={partnerId} />
                </Paper>
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="sharing" pt="md">
              <Paper withBorder radius="md" p="md">
                <Stack gap="lg">
                  <SharingEditor
                    partnerId={partnerId}
                    viewer={viewer}
                    matrix={m}
                    canEdit={can('mapping.share')}
                    otherName={otherName}
                  />
                  <Divider />
                  <PopulationsPanel
                    partnerId={partnerId}
                    viewer={viewer}
                    matrix={m}
                    canEdit={can('mapping.share')}
                    otherName={otherName}
                  />
                </Stack>
              </Paper>
            </Tabs.Panel>
            <Tabs.Panel value="hashed" pt="md">
              <HashedMatchingPanel
                partnerId={partnerId}
                partnerName={props.partnerName}
                viewer={viewer}
                otherName={otherName}
              />
            </Tabs.Panel>
          </>
        )}
      </Tabs>
    </Stack>
  );
}
