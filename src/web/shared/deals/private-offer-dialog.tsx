import {
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { api, type Schemas, unwrap } from '../api/client';
import { daysFromToday, endOfDayInstant, instantToDay, todayIso } from '../dates';
import { useFieldErrors } from '../form/field-errors';
import { FormError } from '../form/form-error';
import { currencyOptions, toMajorText, toMinorUnits } from '../money';
import { type Deal, type Marketplace, marketplaceOptions, type PrivateOffer } from './deal-format';
import { useRefreshDeals } from './deal-queries';

interface OfferForm {
  marketplace: Marketplace;
  listing: string;
  price: string;
  currency: string;
  durationMonths: string | number;
  expiresOn: string;
  terms: string;
  cppo: boolean;
  channelPartnerId: string | null;
}

type OfferTerms = Omit<Schemas['CreatePrivateOffer'], 'marketplace'>;

/** Only the terms the user changed, so an edit of a draft sends what differs (price and currency together). */
function termChanges(
  offer: PrivateOffer,
  next: OfferTerms,
  expiresOn: string,
): Schemas['UpdatePrivateOffer'] {
  const patch: Schemas['UpdatePrivateOffer'] = {};
  if (next.listing !== offer.listing) patch.listing = next.listing;
  if (next.priceMinor !== offer.priceMinor || next.currency !== offer.currency) {
    patch.priceMinor = next.priceMinor;
    patch.currency = next.currency;
  }
  if (next.terms !== offer.terms) patch.terms = next.terms;
  if (next.durationMonths !== offer.durationMonths) patch.durationMonths = next.durationMonths;
  if (expiresOn !== instantToDay(offer.expiresAt)) patch.expiresAt = next.expiresAt;
  if ((next.channelPartnerId ?? null) !== offer.channelPartnerId)
    patch.channelPartnerId = next.channelPartnerId ?? null;
  return patch;
}

function formFrom(deal: Deal, offer: PrivateOffer | null): OfferForm {
  return {
    marketplace: offer?.marketplace ?? 'aws',
    listing: offer?.listing ?? '',
    price: offer ? toMajorText(offer.priceMinor, offer.currency) : '',
    currency: offer?.currency ?? deal.currency,
    durationMonths: offer?.durationMonths ?? 12,
    expiresOn: offer ? instantToDay(offer.expiresAt) : daysFromToday(30),
    terms: offer?.terms ?? '',
    cppo: Boolean(offer?.channelPartnerId),
    channelPartnerId: offer?.channelPartnerId ?? null,
  };
}

/** Drafts a private offer, or edits a draft's terms (a sent offer's terms are fixed). */
export function PrivateOfferDialog({
  deal,
  offer,
  opened,
  onClose,
}: {
  deal: Deal;
  /** null drafts a new offer */
  offer: PrivateOffer | null;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={offer ? 'Edit the draft offer' : 'New private offer'}
      size="lg"
    >
      {opened ? <OfferFormBody deal={deal} offer={offer} onClose={onClose} /> : null}
    </Modal>
  );
}

function OfferFormBody({
  deal,
  offer,
  onClose,
}: {
  deal: Deal;
  offer: PrivateOffer | null;
  onClose: () => void;
}) {
  const refresh = useRefreshDeals();
  const errors = useFieldErrors();
  const [form, setForm] = useState(() => formFrom(deal, offer));
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [busy, setBusy] = useState(false);
  /** Changes fields and drops the check's message about them, which no longer applies. */
  const set = (patch: Partial<OfferForm>, field?: string) => {
    setForm((f) => ({ ...f, ...patch }));
    if (field) setLocal((l) => ({ ...l, [field]: undefined }));
  };
  const partnerOptions = deal.partners.map((p) => ({ value: p.partnerId, label: p.partnerName }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const price = toMinorUnits(form.price, form.currency);
    const months = Number(form.durationMonths);
    const problems = {
      listing: form.listing.trim() ? undefined : 'Name the marketplace listing',
      priceMinor: price.ok ? undefined : price.message,
      durationMonths:
        Number.isInteger(months) && months >= 1 && months <= 60 ? undefined : 'From 1 to 60 months',
      expiresAt: form.expiresOn > todayIso() ? undefined : 'Pick a day after today',
      terms: form.terms.trim() ? undefined : 'Write the offer terms',
      channelPartnerId: form.cppo && !form.channelPartnerId ? 'Pick the channel partner' : undefined,
    };
    setLocal(problems);
    if (Object.values(problems).some(Boolean) || !price.ok) return;
    const body: OfferTerms = {
      listing: form.listing.trim(),
      priceMinor: price.amountMinor,
      currency: form.currency,
      terms: form.terms.trim(),
      durationMonths: months,
      expiresAt: endOfDayInstant(form.expiresOn),
      channelPartnerId: form.cppo ? form.channelPartnerId : null,
    };
    setBusy(true);
    try {
      if (offer) {
        const patch = termChanges(offer, body, form.expiresOn);
        if (Object.keys(patch).length === 0) return onClose();
        await unwrap(
          api.PATCH('/api/deals/{id}/private-offers/{offerId}', {
            params: { path: { id: deal.id, offerId: offer.id } },
            body: patch,
          }),
        );
      } else {
        await unwrap(
          api.POST('/api/deals/{id}/private-offers', {
            params: { path: { id: deal.id } },
            body: { marketplace: form.marketplace, ...body },
          }),
        );
      }
      await refresh();
      notifications.show({
        color: 'teal',
        title: offer ? 'Offer saved' : 'Offer drafted',
        message: `${form.listing.trim()} is ${offer ? 'updated' : 'saved as a draft; mark it sent once it is out'}.`,
      });
      onClose();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  const err = (field: string) => local[field] ?? errors.of(field);
  return (
    <form onSubmit={submit} noValidate aria-label={offer ? 'Edit private offer' : 'New private offer'}>
      <Stack gap="sm">
        <FormError message={errors.general} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Marketplace"
            required
            data={marketplaceOptions}
            value={form.marketplace}
            onChange={(v) => v && set({ marketplace: v as Marketplace })}
            allowDeselect={false}
            disabled={Boolean(offer)}
            error={errors.of('marketplace')}
            data-autofocus
          />
          <TextInput
            label="Listing"
            description="The marketplace product the offer is for"
            required
            maxLength={300}
            value={form.listing}
            onChange={(e) => set({ listing: e.currentTarget.value }, 'listing')}
            error={err('listing')}
          />
          <TextInput
            label="Price"
            description={`Total contract value in ${form.currency}`}
            required
            inputMode="decimal"
            value={form.price}
            onChange={(e) => set({ price: e.currentTarget.value }, 'priceMinor')}
            error={err('priceMinor')}
          />
          <Select
            label="Currency"
            required
            searchable
            data={currencyOptions()}
            value={form.currency}
            onChange={(v) => v && set({ currency: v }, 'priceMinor')}
            allowDeselect={false}
            error={errors.of('currency')}
          />
          <NumberInput
            label="Duration (months)"
            required
            min={1}
            max={60}
            allowDecimal={false}
            allowNegative={false}
            value={form.durationMonths}
            onChange={(v) => set({ durationMonths: v }, 'durationMonths')}
            error={err('durationMonths')}
          />
          <TextInput
            label="Offer expires on"
            type="date"
            required
            min={daysFromToday(1)}
            value={form.expiresOn}
            onChange={(e) => set({ expiresOn: e.currentTarget.value }, 'expiresAt')}
            error={err('expiresAt')}
          />
        </SimpleGrid>
        <Textarea
          label="Terms"
          required
          autosize
          minRows={3}
          maxLength={5000}
          placeholder="e.g. Annual upfront payment, 500 seats, standard EULA"
          value={form.terms}
          onChange={(e) => set({ terms: e.currentTarget.value }, 'terms')}
          error={err('terms')}
        />
        <Checkbox
          label="Channel partner private offer (CPPO): sold through a partner on the deal"
          checked={form.cppo}
          disabled={partnerOptions.length === 0}
          description={partnerOptions.length === 0 ? 'Add a partner to the deal first' : undefined}
          onChange={(e) => set({ cppo: e.currentTarget.checked })}
        />
        {form.cppo ? (
          <Select
            label="Channel partner"
            required
            data={partnerOptions}
            value={form.channelPartnerId}
            onChange={(v) => set({ channelPartnerId: v }, 'channelPartnerId')}
            error={err('channelPartnerId')}
            comboboxProps={{ withinPortal: true }}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {offer ? 'Save draft' : 'Save as draft'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
