import { Badge, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../api/client';
import { dayToInstant, formatDay, instantToDay, todayIso } from '../dates';
import { useFieldErrors } from '../form/field-errors';
import { FormError } from '../form/form-error';
import { DealPanel, PanelEmpty } from './deal-badges';
import {
  type Deal,
  TOUCHPOINT_KIND_LABELS,
  type Touchpoint,
  type TouchpointKind,
  touchpointKindOptions,
} from './deal-format';
import { type DealViewer, useRefreshDeals } from './deal-queries';

function AddTouchpointForm({ deal, viewer, onDone }: { deal: Deal; viewer: DealViewer; onDone: () => void }) {
  const refresh = useRefreshDeals();
  const errors = useFieldErrors();
  const own = viewer.partnerId;
  const [partnerId, setPartnerId] = useState<string | null>(
    own ?? (deal.partners.length === 1 ? deal.partners[0]!.partnerId : null),
  );
  const [kind, setKind] = useState<TouchpointKind | null>(null);
  const [day, setDay] = useState(todayIso());
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<Record<string, string | undefined>>({});
  const today = todayIso();

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const gaps = {
      partnerId: partnerId ? undefined : 'Pick the partner that made the touch',
      kind: kind ? undefined : 'Pick what happened',
      occurredAt: !day ? 'Pick the day' : day > today ? 'Cannot be in the future' : undefined,
    };
    setMissing(gaps);
    if (!partnerId || !kind || gaps.occurredAt) return;
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/deals/{id}/touchpoints', {
          params: { path: { id: deal.id } },
          body: {
            ...(own ? {} : { partnerId }),
            kind,
            occurredAt: dayToInstant(day),
            note: note.trim() || null,
          },
        }),
      );
      await refresh();
      onDone();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  const ownName = deal.partners.find((p) => p.partnerId === own)?.partnerName ?? 'Your organization';
  return (
    <form onSubmit={submit} aria-label="Record a touchpoint" noValidate>
      <Stack gap="xs">
        <FormError message={errors.general} />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          {own ? (
            <TextInput label="Partner" value={ownName} readOnly variant="filled" />
          ) : (
            <Select
              label="Partner"
              required
              placeholder="Who made the touch"
              data={deal.partners.map((p) => ({ value: p.partnerId, label: p.partnerName }))}
              value={partnerId}
              onChange={(v) => {
                setPartnerId(v);
                setMissing((m) => ({ ...m, partnerId: undefined }));
              }}
              error={missing.partnerId ?? errors.of('partnerId')}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <Select
            label="What happened"
            required
            placeholder="Meeting, demo…"
            data={touchpointKindOptions}
            value={kind}
            onChange={(v) => {
              setKind(v as TouchpointKind | null);
              setMissing((m) => ({ ...m, kind: undefined }));
            }}
            error={missing.kind ?? errors.of('kind')}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            label="When"
            type="date"
            required
            max={today}
            value={day}
            onChange={(e) => {
              setDay(e.currentTarget.value);
              setMissing((m) => ({ ...m, occurredAt: undefined }));
            }}
            error={missing.occurredAt ?? errors.of('occurredAt')}
          />
        </SimpleGrid>
        <TextInput
          label="Note"
          placeholder="e.g. Ran the demo for the CFO's team"
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.of('note')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" size="xs" loading={busy}>
            Record touchpoint
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The partners' touches on the deal (meetings, demos …), the record attribution later credits. */
export function TouchpointsPanel({
  deal,
  touchpoints,
  viewer,
}: {
  deal: Deal;
  touchpoints: Touchpoint[];
  viewer: DealViewer;
}) {
  const [adding, setAdding] = useState(false);
  const canAdd = viewer.canCollaborate && deal.partners.length > 0;
  return (
    <DealPanel
      title="Touchpoints"
      count={touchpoints.length}
      testId="deal-touchpoints"
      actions={
        canAdd && !adding ? (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding(true)}
          >
            Record touchpoint
          </Button>
        ) : null
      }
    >
      {adding ? <AddTouchpointForm deal={deal} viewer={viewer} onDone={() => setAdding(false)} /> : null}
      {touchpoints.length === 0 ? (
        <PanelEmpty title="No touchpoints yet">
          {deal.partners.length === 0
            ? 'Once a partner is on the deal, record its meetings, demos and calls here; they count toward its credit for the deal.'
            : viewer.isPartner
              ? 'Record your meetings, demos and co-sell calls on this deal; they count toward your credit for it.'
              : 'Record the partners’ meetings, demos and co-sell calls; they count toward their credit for the deal.'}
        </PanelEmpty>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                {viewer.isPartner ? null : <Table.Th>Partner</Table.Th>}
                <Table.Th>What</Table.Th>
                <Table.Th>Note</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {touchpoints.map((t) => (
                <Table.Tr key={t.id} data-testid="deal-touchpoint">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDay(instantToDay(t.occurredAt))}
                  </Table.Td>
                  {viewer.isPartner ? null : <Table.Td>{t.partnerName}</Table.Td>}
                  <Table.Td>
                    <Badge variant="light" color="grape" tt="none" miw="max-content">
                      {TOUCHPOINT_KIND_LABELS[t.kind]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {t.note ?? (
                      <Text span c="dimmed" size="sm">
                        —
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </DealPanel>
  );
}
