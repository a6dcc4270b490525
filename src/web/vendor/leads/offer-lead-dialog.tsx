import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';

/** Pick the partner a lead is offered to by hand (active partners, searchable by name). */
export function OfferLeadDialog({
  opened,
  onClose,
  onOffer,
  currentPartnerId,
}: {
  opened: boolean;
  onClose: () => void;
  onOffer: (partnerId: string) => Promise<unknown>;
  currentPartnerId: string | null;
}) {
  const errors = useFieldErrors();
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const partners = useQuery({
    queryKey: ['partners', 'lead-offer-options'],
    queryFn: () =>
      unwrap(api.GET('/api/partners', { params: { query: { stage: 'active', sort: 'name', limit: 200 } } })),
    enabled: opened,
  });
  const options = (partners.data?.items ?? [])
    .filter((p) => p.id !== currentPartnerId)
    .map((p) => ({
      value: p.id,
      label: `${p.name} · ${p.regions.join(', ') || 'no region'}${p.tier ? ` · ${p.tier}` : ''}`,
    }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!partnerId) return;
    errors.clear();
    setBusy(true);
    try {
      await onOffer(partnerId);
      setPartnerId(null);
      onClose();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Offer to a partner"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            The partner gets the SLA’s hours to accept or decline. A pending offer to another partner is
            withdrawn.
          </Text>
          <FormError message={errors.general} />
          <Select
            label="Partner"
            placeholder={partners.isLoading ? 'Loading partners…' : 'Search by name'}
            data={options}
            value={partnerId}
            onChange={setPartnerId}
            searchable
            required
            error={errors.of('partnerId')}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} disabled={!partnerId}>
              Offer
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
