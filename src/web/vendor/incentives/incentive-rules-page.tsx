import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { useSession } from '../../shared/auth/session';
import { DataTable } from '../../shared/data-table/data-table';
import { useCursorList } from '../../shared/data-table/use-cursor-list';
import { formatDay } from '../../shared/dates';
import { humanize } from '../../shared/format';
import { EarningsChart } from '../../shared/incentives/earnings-chart';
import { INCENTIVES_KEY, type IncentiveRule } from '../../shared/incentives/incentives-api';
import { StatementView } from '../../shared/incentives/statement-view';
import { PageHeader } from '../../shared/layout/page-header';
import { formatMoney } from '../../shared/money';
import { LinkButton } from '../../shared/router-links';
import { EmptyState } from '../../shared/states/states';
import { RuleEditor } from './rule-editor';

type RuleSort = 'name' | '-name' | 'createdAt' | '-createdAt' | 'effectiveFrom' | '-effectiveFrom';

function amountText(rule: IncentiveRule): string {
  return rule.amountType === 'percent'
    ? `${(rule.amountValue / 100).toFixed(2)}%`
    : formatMoney(rule.amountValue, rule.currency);
}

/** /console/incentives: the rules and their editor; a sales rep sees their own rewards statement here. */
export function IncentiveRulesPage() {
  const user = useSession();
  if (user.role === 'sales_rep') return <MyRewards userId={user.id} />;
  return <RulesList />;
}

function MyRewards({ userId }: { userId: string }) {
  return (
    <>
      <PageHeader
        title="My co-sell rewards"
        description="What you earn for deals won with partners: accrued, approved, paid through payroll, with any reversal explained."
      />
      <Stack gap="md">
        <EarningsChart title="My rewards per month" />
        <Paper withBorder p="md" radius="md">
          <StatementView beneficiaryType="rep" beneficiaryId={userId} />
        </Paper>
      </Stack>
    </>
  );
}

function RulesList() {
  const can = useCan();
  const mayWrite = can('incentives.rules.write');
  const [sort, setSort] = useState<RuleSort>('name');
  const [active, setActive] = useState<'all' | 'true' | 'false'>('all');
  const [editing, setEditing] = useState<IncentiveRule | null>(null);
  const [open, setOpen] = useState(false);
  const list = useCursorList({
    key: `${INCENTIVES_KEY}-rules`,
    filters: { active },
    sort,
    fetchPage: ({ active: activeFilter, ...query }) =>
      unwrap(
        api.GET('/api/incentives/rules', {
          params: {
            query: {
              ...query,
              sort: query.sort as RuleSort,
              ...(activeFilter === 'all' ? {} : { active: activeFilter }),
            },
          },
        }),
      ),
  });
  const openEditor = (rule: IncentiveRule | null) => {
    setEditing(rule);
    setOpen(true);
  };
  return (
    <>
      <PageHeader
        title="Incentive rules"
        description="Rules that earn partners rebates and bonuses for certifications, sourced deals, co-sell wins and renewals, and reps rewards for co-selling. New events earn under the rules in force when they happened."
        actions={
          <Group>
            <LinkButton to="/console/incentives/ledger" variant="default">
              Ledger and payouts
            </LinkButton>
            {mayWrite ? (
              <Button leftSection={<IconPlus size={16} />} onClick={() => openEditor(null)}>
                New rule
              </Button>
            ) : null}
          </Group>
        }
      />
      <Group mb="sm">
        <SegmentedControl
          aria-label="Show rules"
          value={active}
          onChange={(v) => setActive(v as typeof active)}
          data={[
            { value: 'all', label: 'All' },
            { value: 'true', label: 'Active' },
            { value: 'false', label: 'Inactive' },
          ]}
        />
      </Group>
      <DataTable
        caption="Incentive rules"
        rows={list.items}
        rowId={(r) => r.id}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => list.refetch()}
        sort={sort}
        onSortChange={(s) => setSort(s as RuleSort)}
        pagination={list.pagination}
        columns={[
          {
            key: 'name',
            header: 'Rule',
            sortKey: 'name',
            render: (r) =>
              mayWrite ? (
                <Button variant="subtle" px={0} onClick={() => openEditor(r)}>
                  {r.name}
                </Button>
              ) : (
                <Text size="sm" fw={600}>
                  {r.name}
                </Text>
              ),
          },
          { key: 'trigger', header: 'Earns when', render: (r) => humanize(r.trigger) },
          { key: 'kind', header: 'Kind', render: (r) => humanize(r.kind) },
          { key: 'amount', header: 'Amount', render: amountText },
          {
            key: 'cap',
            header: 'Quarterly cap',
            render: (r) =>
              r.capPerQuarterMinor === null ? '—' : formatMoney(r.capPerQuarterMinor, r.currency),
          },
          {
            key: 'effective',
            header: 'In force',
            sortKey: 'effectiveFrom',
            render: (r) =>
              `${formatDay(r.effectiveFrom)} – ${r.effectiveTo ? formatDay(r.effectiveTo) : 'open'}`,
          },
          {
            key: 'status',
            header: 'Status',
            render: (r) => (
              <Badge variant="light" color={r.active ? 'teal' : 'gray'}>
                {r.active ? 'active' : 'inactive'}
              </Badge>
            ),
          },
          {
            key: 'entries',
            header: 'Entries',
            align: 'right',
            render: (r) => r.entries.toLocaleString('en'),
          },
        ]}
        empty={
          <EmptyState
            title="No incentive rules yet"
            action={
              mayWrite ? <Button onClick={() => openEditor(null)}>Create the first rule</Button> : undefined
            }
          >
            A rule says what earns (a certification, a sourced deal, a co-sell win, a renewal, a rep's
            co-sell) and how much.
          </EmptyState>
        }
      />
      <RuleEditor rule={editing} opened={open} onClose={() => setOpen(false)} />
    </>
  );
}
