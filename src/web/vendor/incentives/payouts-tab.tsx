import {
  Button,
  Group,
  Menu,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconReceipt } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { downloadCsv } from '../../shared/data-table/csv-export';
import { DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { formatDate } from '../../shared/format';
import { type BeneficiaryType, INCENTIVES_KEY, type Payout } from '../../shared/incentives/incentives-api';
import { previousQuarter, recentPeriods } from '../../shared/incentives/periods';
import { currencyOptions, formatMoney } from '../../shared/money';
import { EmptyState } from '../../shared/states/states';

const PAYOUTS_KEY = `${INCENTIVES_KEY}-payouts`;

async function exportPayout(payout: Payout, format: 'summary' | 'detail') {
  try {
    const file = await unwrap(
      api.GET('/api/incentives/payouts/{id}/export', {
        params: { path: { id: payout.id }, query: { format } },
      }),
    );
    downloadCsv(file.fileName, file.csv);
  } catch (error) {
    notifications.show({
      color: 'red',
      title: 'Export failed',
      message: error instanceof Error ? error.message : '',
    });
  }
}

/** Payout batches (AP for partners, payroll for reps), creating one, and their exports. */
export function PayoutsTab() {
  const [type, setType] = useState<'all' | BeneficiaryType>('all');
  const [creating, setCreating] = useState(false);
  const [sort, setSort] = useState('-createdAt');
  const list = useCursorList({
    key: PAYOUTS_KEY,
    filters: { type },
    sort,
    fetchPage: ({ type: t, cursor, limit, sort: s }) =>
      unwrap(
        api.GET('/api/incentives/payouts', {
          params: {
            query: {
              limit,
              sort: s as '-createdAt',
              ...(cursor ? { cursor } : {}),
              ...(t === 'all' ? {} : { beneficiaryType: t }),
            },
          },
        }),
      ),
  });
  return (
    <>
      <Group justify="space-between" mb="sm">
        <SegmentedControl
          aria-label="Payouts for"
          value={type}
          onChange={(v) => setType(v as typeof type)}
          data={[
            { value: 'all', label: 'All' },
            { value: 'partner', label: 'Partners (AP)' },
            { value: 'rep', label: 'Reps (payroll)' },
          ]}
        />
        <Button leftSection={<IconReceipt size={16} />} onClick={() => setCreating(true)}>
          Create payout
        </Button>
      </Group>
      <DataTable
        caption="Payout batches"
        rows={list.items}
        rowId={(p) => p.id}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        sort={sort}
        onSortChange={setSort}
        pagination={list.pagination}
        columns={[
          {
            key: 'createdAt',
            header: 'Paid on',
            sortKey: 'createdAt',
            render: (p) => formatDate(p.createdAt),
          },
          { key: 'reference', header: 'Reference', render: (p) => p.reference },
          {
            key: 'type',
            header: 'For',
            render: (p) => (p.beneficiaryType === 'partner' ? 'Partners (AP)' : 'Reps (payroll)'),
          },
          { key: 'period', header: 'Up to', render: (p) => p.period },
          { key: 'entries', header: 'Entries', align: 'right', render: (p) => p.entries },
          {
            key: 'total',
            header: 'Total',
            sortKey: 'totalMinor',
            align: 'right',
            render: (p) => formatMoney(p.totalMinor, p.currency),
          },
          {
            key: 'export',
            header: 'Export',
            render: (p) => (
              <Menu>
                <Menu.Target>
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconDownload size={14} />}
                    aria-label={`Export ${p.reference}`}
                  >
                    CSV
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item onClick={() => exportPayout(p, 'summary')}>
                    {p.beneficiaryType === 'partner'
                      ? 'AP import (one line per partner)'
                      : 'Payroll import (one line per rep)'}
                  </Menu.Item>
                  <Menu.Item onClick={() => exportPayout(p, 'detail')}>Detail (every entry)</Menu.Item>
                </Menu.Dropdown>
              </Menu>
            ),
          },
        ]}
        empty={
          <EmptyState title="No payouts yet">
            Approve a period, then create a payout to pay its approved entries.
          </EmptyState>
        }
      />
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title={<Text fw={600}>Create a payout</Text>}
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {creating ? <CreatePayoutForm onDone={() => setCreating(false)} /> : null}
      </Modal>
    </>
  );
}

function CreatePayoutForm({ onDone }: { onDone: () => void }) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [beneficiaryType, setType] = useState<BeneficiaryType>('partner');
  const [period, setPeriod] = useState(previousQuarter());
  const [currency, setCurrency] = useState('USD');
  const [reference, setReference] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    errors.clear();
    setBusy(true);
    try {
      const payout = await unwrap(
        api.POST('/api/incentives/payouts', { body: { beneficiaryType, period, currency, reference } }),
      );
      await queryClient.invalidateQueries({ queryKey: [PAYOUTS_KEY] });
      await queryClient.invalidateQueries({ queryKey: [INCENTIVES_KEY] });
      await queryClient.invalidateQueries({ queryKey: [`${INCENTIVES_KEY}-ledger`] });
      notifications.show({
        color: 'teal',
        title: `Payout ${payout.reference} created`,
        message: `${formatMoney(payout.totalMinor, payout.currency)} to ${payout.lines.length} payees`,
      });
      onDone();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={errors.general} />
        <SegmentedControl
          aria-label="Pay"
          value={beneficiaryType}
          onChange={(v) => setType(v as BeneficiaryType)}
          data={[
            { value: 'partner', label: 'Partners (AP)' },
            { value: 'rep', label: 'Reps (payroll)' },
          ]}
        />
        <SimpleGrid cols={2}>
          <Select
            label="Up to the end of"
            data={recentPeriods()}
            value={period}
            onChange={(v) => v && setPeriod(v)}
            allowDeselect={false}
            searchable
            error={errors.of('period')}
          />
          <Select
            label="Currency"
            data={currencyOptions()}
            value={currency}
            onChange={(v) => v && setCurrency(v)}
            allowDeselect={false}
            searchable
            error={errors.of('currency')}
          />
        </SimpleGrid>
        <TextInput
          label="Reference"
          description="The AP batch or payroll run this payout goes into"
          required
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          error={errors.of('reference')}
          data-autofocus
        />
        <Text size="sm" c="dimmed">
          Pays every approved, unpaid entry up to the end of the period. A payee whose entries net to zero or
          less (a clawback) is carried to a later payout.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Create payout
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
