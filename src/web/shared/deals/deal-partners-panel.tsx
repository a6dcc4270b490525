import { ActionIcon, Button, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconX } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { PartnerPicker } from '../../vendor/partner-picker';
import { api, unwrap } from '../api/client';
import { ConfirmDialog } from '../form/confirm-dialog';
import { useFieldErrors } from '../form/field-errors';
import { FormError } from '../form/form-error';
import { DealPanel, PanelEmpty, PartnerRoleBadge } from './deal-badges';
import { type Deal, isClosed, type PartnerRole, partnerRoleOptions } from './deal-format';
import { type DealViewer, useRefreshDeals } from './deal-queries';

type DealPartner = Deal['partners'][number];

function AddPartnerForm({ deal, onDone }: { deal: Deal; onDone: () => void }) {
  const refresh = useRefreshDeals();
  const errors = useFieldErrors();
  const [partner, setPartner] = useState<{ id: string; name: string } | null>(null);
  const [role, setRole] = useState<PartnerRole | null>(null);
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<{ partner?: string; role?: string }>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const gaps = { partner: partner ? undefined : 'Pick a partner', role: role ? undefined : 'Pick a role' };
    setMissing(gaps);
    if (!partner || !role) return;
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/deals/{id}/partners', {
          params: { path: { id: deal.id } },
          body: { partnerId: partner.id, role },
        }),
      );
      await refresh();
      notifications.show({
        color: 'teal',
        title: 'Partner added',
        message: `${partner.name} is on the deal as ${role} partner.`,
      });
      onDone();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Add a partner to the deal" noValidate>
      <Stack gap="xs">
        <FormError message={errors.general} />
        <PartnerPicker
          value={partner}
          onChange={(p) => {
            setPartner(p);
            setMissing((m) => ({ ...m, partner: undefined }));
          }}
          required
          error={missing.partner ?? errors.of('partnerId')}
        />
        <Select
          label="Role on the deal"
          required
          placeholder="Pick a role"
          data={partnerRoleOptions}
          value={role}
          onChange={(value) => {
            setRole(value as PartnerRole | null);
            setMissing((m) => ({ ...m, role: undefined }));
          }}
          error={missing.role ?? errors.of('role')}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" size="xs" loading={busy}>
            Add to deal
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PartnerRow({
  partner,
  viewer,
  onRemove,
}: {
  partner: DealPartner;
  viewer: DealViewer;
  onRemove?: () => void;
}) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" data-testid="deal-partner">
      <Stack gap={2} style={{ minWidth: 0 }}>
        {viewer.isPartner ? (
          <Text size="sm" fw={500}>
            {partner.partnerName}
          </Text>
        ) : (
          <Link
            to="/console/partners/$partnerId"
            params={{ partnerId: partner.partnerId }}
            className="table-link"
          >
            {partner.partnerName}
          </Link>
        )}
        <div>
          <PartnerRoleBadge role={partner.role} />
        </div>
      </Stack>
      {onRemove ? (
        <Tooltip label="Take off the deal" withArrow>
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={onRemove}
            aria-label={`Take ${partner.partnerName} off the deal`}
          >
            <IconX size={16} />
          </ActionIcon>
        </Tooltip>
      ) : null}
    </Group>
  );
}

/** The partners on the deal and the role each plays; vendor sales staff add and remove them. */
export function DealPartnersPanel({ deal, viewer }: { deal: Deal; viewer: DealViewer }) {
  const refresh = useRefreshDeals();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<DealPartner | null>(null);
  const manage = viewer.canWrite && !viewer.isPartner && !isClosed(deal.stage);

  return (
    <DealPanel
      title="Partners"
      count={deal.partners.length}
      testId="deal-partners"
      actions={
        manage && !adding ? (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding(true)}
          >
            Add partner
          </Button>
        ) : null
      }
    >
      {deal.partners.length === 0 && !adding ? (
        <PanelEmpty title="No partners on this deal">
          {manage
            ? 'Add the partners that source, influence, fulfil or bring technology to it; they then see the deal in their portal.'
            : 'No partner works this deal yet.'}
        </PanelEmpty>
      ) : (
        <Stack gap="sm">
          {deal.partners.map((p) => (
            <PartnerRow
              key={p.partnerId}
              partner={p}
              viewer={viewer}
              onRemove={manage ? () => setRemoving(p) : undefined}
            />
          ))}
        </Stack>
      )}
      {adding ? <AddPartnerForm deal={deal} onDone={() => setAdding(false)} /> : null}
      <ConfirmDialog
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={`Take ${removing?.partnerName ?? 'the partner'} off the deal?`}
        confirmLabel="Take off the deal"
        onConfirm={async () => {
          if (!removing) return;
          await unwrap(
            api.DELETE('/api/deals/{id}/partners/{partnerId}', {
              params: { path: { id: deal.id, partnerId: removing.partnerId } },
            }),
          );
          await refresh();
        }}
      >
        The partner's users no longer see this deal in their portal. Its touchpoints stay on the record.
      </ConfirmDialog>
    </DealPanel>
  );
}
