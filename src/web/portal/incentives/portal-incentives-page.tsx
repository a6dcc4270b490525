import { Badge, Grid, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api/client';
import { useSession } from '../../shared/auth/session';
import { EarningsChart } from '../../shared/incentives/earnings-chart';
import { INCENTIVES_KEY, type IncentiveRule } from '../../shared/incentives/incentives-api';
import { StatementView } from '../../shared/incentives/statement-view';
import { PageHeader } from '../../shared/layout/page-header';
import { formatMoney } from '../../shared/money';

const TRIGGER_TEXT: Record<string, string> = {
  certification: 'for each new certification',
  sourced_deal: 'on deals you source',
  co_sell_win: 'on co-sell wins',
  renewal: 'on customer renewals',
};

function ruleAmount(rule: IncentiveRule): string {
  return rule.amountType === 'percent'
    ? `${(rule.amountValue / 100).toFixed(2).replace(/\.00$/, '')}% of the deal`
    : formatMoney(rule.amountValue, rule.currency);
}

/** /portal/incentives: the partner's own statement by period, its earnings per month, and how it can earn. */
export function PortalIncentivesPage() {
  const user = useSession();
  const rules = useQuery({
    queryKey: [INCENTIVES_KEY, 'rules', 'portal'],
    queryFn: () =>
      unwrap(api.GET('/api/incentives/rules', { params: { query: { active: 'true', limit: 50 } } })),
  });
  if (!user.partnerId) return null;
  return (
    <>
      <PageHeader
        title="Incentives"
        description="Rebates and bonuses your organization earns for certifications, sourced deals, co-sell wins and renewals, and what has been paid."
      />
      <Grid gap="md" mb="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <EarningsChart title="Your earnings per month" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" radius="md" h="100%" component="section" aria-label="How you earn">
            <Stack gap="xs">
              <Title order={4}>How you earn</Title>
              {rules.data?.items.length ? (
                <List spacing="xs" size="sm">
                  {rules.data.items.map((rule) => (
                    <List.Item key={rule.id}>
                      <Text size="sm" fw={600} span>
                        {rule.name}
                      </Text>{' '}
                      <Badge size="xs" variant="light">
                        {ruleAmount(rule)}
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {TRIGGER_TEXT[rule.trigger] ?? rule.trigger}
                        {rule.capPerQuarterMinor !== null
                          ? `, up to ${formatMoney(rule.capPerQuarterMinor, rule.currency)} a quarter`
                          : ''}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="dimmed">
                  {rules.isLoading
                    ? 'Loading…'
                    : 'No incentive programs are open to your organization right now.'}
                </Text>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Statement">
        <Title order={4} mb="sm">
          Statement
        </Title>
        <StatementView beneficiaryType="partner" beneficiaryId={user.partnerId} />
      </Paper>
    </>
  );
}
