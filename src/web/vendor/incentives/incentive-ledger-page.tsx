import { Stack, Tabs } from '@mantine/core';
import { useCan } from '../../shared/auth/permissions';
import { EarningsChart } from '../../shared/incentives/earnings-chart';
import { PageHeader } from '../../shared/layout/page-header';
import { LedgerTab } from './ledger-tab';
import { PayoutsTab } from './payouts-tab';
import { StatementsTab } from './statements-tab';

/** /console/incentives/ledger: what the rules earned, statements per partner and rep, and payouts. */
export function IncentiveLedgerPage() {
  const can = useCan();
  return (
    <>
      <PageHeader
        title="Incentive ledger"
        description="Every accrual, approval, payment, reversal and adjustment. Finance approves a period, pays it in a batch for AP or payroll, and reverses with a reason; paid money is never edited away."
      />
      <Stack gap="md">
        <EarningsChart />
        <Tabs defaultValue="ledger" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="ledger">Ledger</Tabs.Tab>
            <Tabs.Tab value="statements">Statements</Tabs.Tab>
            {can('incentives.manage') ? <Tabs.Tab value="payouts">Payouts</Tabs.Tab> : null}
          </Tabs.List>
          <Tabs.Panel value="ledger">
            <LedgerTab />
          </Tabs.Panel>
          <Tabs.Panel value="statements">
            <StatementsTab />
          </Tabs.Panel>
          {can('incentives.manage') ? (
            <Tabs.Panel value="payouts">
              <PayoutsTab />
            </Tabs.Panel>
          ) : null}
        </Tabs>
      </Stack>
    </>
  );
}
