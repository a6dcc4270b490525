import { Badge, Button, Divider, Group, Paper, SimpleGrid, Spoiler, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { api, unwrap } from '../api/client';
import { ConfirmDialog } from '../form/confirm-dialog';
import { formatDateTime } from '../format';
import { formatMoney } from '../money';
import { DealPanel, OfferStatusBadge, PanelEmpty } from './deal-badges';
import {
  type Deal,
  isClosed,
  MARKETPLACE_LABELS,
  OFFER_STATUS_LABELS,
  OFFER_TRANSITIONS,
  type OfferStatus,
  type PrivateOffer,
} from './deal-format';
import { type DealViewer, useRefreshDeals } from './deal-queries';
import { PrivateOfferDialog } from './private-offer-dialog';

const MOVE_LABELS: Record<OfferStatus, string> = {
  draft: 'Back to draft',
  sent: 'Mark sent',
  accepted: 'Mark accepted',
  expired: 'Mark expired',
  cancelled: 'Cancel offer',
};

const MOVE_EXPLANATIONS: Record<OfferStatus, string> = {
  draft: '',
  sent: 'The offer is out with the customer: its terms can no longer change.',
  accepted: 'The customer accepted the offer in the marketplace. This is final.',
  expired: 'The offer lapsed without being accepted. This is final.',
  cancelled: 'The offer is withdrawn. This is final.',
};

function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

function OfferCard({
  offer,
  manage,
  onEdit,
  onMove,
}: {
  offer: PrivateOffer;
  manage: boolean;
  onEdit: () => void;
  onMove: (to: OfferStatus) => void;
}) {
  const moves = manage ? OFFER_TRANSITIONS[offer.status] : [];
  return (
    <Paper withBorder radius="sm" p="sm" data-testid="private-offer">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Badge variant="outline" color="orange" tt="none">
              {MARKETPLACE_LABELS[offer.marketplace]}
            </Badge>
            <Text fw={600} size="sm">
              {offer.listing}
            </Text>
            {offer.channelPartnerId ? (
              <Badge variant="light" color="grape" tt="none" data-testid="cppo-badge">
                CPPO via {offer.channelPartnerName ?? 'a channel partner'}
              </Badge>
            ) : null}
          </Group>
          <OfferStatusBadge status={offer.status} />
        </Group>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Term label="Price">{formatMoney(offer.priceMinor, offer.currency)}</Term>
          <Term label="Duration">
            {offer.durationMonths} {offer.durationMonths === 1 ? 'month' : 'months'}
          </Term>
          <Term label="Expires">{formatDateTime(offer.expiresAt)}</Term>
          <Term label="Last changed">{formatDateTime(offer.updatedAt)}</Term>
        </SimpleGrid>
        <Spoiler maxHeight={44} showLabel="Show all terms" hideLabel="Show less">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {offer.terms}
          </Text>
        </Spoiler>
        {moves.length || (manage && offer.status === 'draft') ? (
          <>
            <Divider />
            <Group gap="xs" justify="flex-end">
              {manage && offer.status === 'draft' ? (
                <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={onEdit}>
                  Edit terms
                </Button>
              ) : null}
              {moves.map((to) => (
                <Button
                  key={to}
                  size="xs"
                  variant={to === 'cancelled' || to === 'expired' ? 'default' : 'light'}
                  color={to === 'cancelled' ? 'red' : to === 'accepted' ? 'green' : undefined}
                  onClick={() => onMove(to)}
                >
                  {MOVE_LABELS[to]}
                </Button>
              ))}
            </Group>
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Cloud-marketplace private offers for the deal; the vendor drafts them and moves them along. */
export function PrivateOffersPanel({
  deal,
  offers,
  viewer,
}: {
  deal: Deal;
  offers: PrivateOffer[];
  viewer: DealViewer;
}) {
  const refresh = useRefreshDeals();
  const manage = viewer.canWrite && !viewer.isPartner;
  const [editing, setEditing] = useState<PrivateOffer | 'new' | null>(null);
  const [moving, setMoving] = useState<{ offer: PrivateOffer; to: OfferStatus } | null>(null);
  const canCreate = manage && !isClosed(deal.stage);

  return (
    <DealPanel
      title="Private offers"
      count={offers.length}
      testId="deal-offers"
      actions={
        canCreate ? (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setEditing('new')}
          >
            New offer
          </Button>
        ) : null
      }
    >
      {offers.length === 0 ? (
        <PanelEmpty title="No private offers">
          {viewer.isPartner
            ? 'Marketplace offers the vendor makes for this deal, including ones sold through you, appear here.'
            : 'Draft an AWS, Azure or Google Cloud Marketplace private offer, directly or through a channel partner on the deal (CPPO).'}
        </PanelEmpty>
      ) : (
        <Stack gap="sm">
          {offers.map((offer) => (
            <OfferCard
              key={offer.id}
              offer={offer}
              manage={manage}
              onEdit={() => setEditing(offer)}
              onMove={(to) => setMoving({ offer, to })}
            />
          ))}
        </Stack>
      )}
      {manage ? (
        <>
          <PrivateOfferDialog
            deal={deal}
            offer={editing === 'new' ? null : editing}
            opened={editing !== null}
            onClose={() => setEditing(null)}
          />
          <ConfirmDialog
            opened={moving !== null}
            onClose={() => setMoving(null)}
            title={moving ? `${MOVE_LABELS[moving.to]}: ${moving.offer.listing}?` : ''}
            confirmLabel={moving ? MOVE_LABELS[moving.to] : 'Confirm'}
            color={moving?.to === 'cancelled' ? 'red' : moving?.to === 'accepted' ? 'green' : 'blue'}
            onConfirm={async () => {
              if (!moving) return;
              await unwrap(
                api.PATCH('/api/deals/{id}/private-offers/{offerId}', {
                  params: { path: { id: deal.id, offerId: moving.offer.id } },
                  body: { status: moving.to },
                }),
              );
              await refresh();
              notifications.show({
                color: 'teal',
                title: `Offer ${OFFER_STATUS_LABELS[moving.to].toLowerCase()}`,
                message: `${moving.offer.listing} is now ${OFFER_STATUS_LABELS[moving.to].toLowerCase()}.`,
              });
            }}
          >
            {moving ? MOVE_EXPLANATIONS[moving.to] : null}
          </ConfirmDialog>
        </>
      ) : null}
    </DealPanel>
  );
}
