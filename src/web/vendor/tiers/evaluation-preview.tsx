import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconInfoCircle,
  IconPlayerPlay,
  IconRefresh,
  IconRocket,
} from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { formatDateTime, formatNumber } from '../../shared/format';
import { ErrorState, LoadingState } from '../../shared/states/states';
import { criteriaMetrics } from '../../shared/tiers/tier-metrics';
import { tierName } from '../../shared/tiers/tier-progress';
import { TIERS_KEY } from '../../shared/tiers/tier-queries';
import { EvaluationKpis } from './evaluation-kpis';
import { applyEvaluation, dryRunQuery } from './evaluation-query';
import { countEvaluations, type Evaluation, tierDistribution } from './evaluation-summary';
import { EvaluationTable } from './evaluation-table';
import { TierDistributionChart } from './tier-distribution-chart';
import type { TierProgram } from './tier-program-draft';

/**
 * Who the saved program would move today and why (a dry run changes nothing), and, for managers, applying
 * it and approving promotions that wait.
 */
export function EvaluationPreview({
  program,
  canEvaluate,
  draftIsDirty,
}: {
  program: TierProgram;
  canEvaluate: boolean;
  draftIsDirty: boolean;
}) {
  const queryClient = useQueryClient();
  const [requested, setRequested] = useState(false);
  const [applying, setApplying] = useState(false);
  const [approving, setApproving] = useState<Evaluation | null>(null);
  const preview = useQuery({ ...dryRunQuery, enabled: requested && canEvaluate });
  const run = preview.data;

  if (!canEvaluate) {
    return (
      <Alert color="gray" icon={<IconInfoCircle size={18} />} title="Evaluations are run by managers">
        Program admins and partner managers preview and apply tier evaluations. The evaluation also runs by
        itself every day.
      </Alert>
    );
  }

  async function refreshAfterChange() {
    await queryClient.invalidateQueries({ queryKey: TIERS_KEY });
    await queryClient.invalidateQueries({ queryKey: ['partners'] });
  }

  const stale = run && program.updatedAt && program.updatedAt > run.evaluatedAt;
  const counts = run ? countEvaluations(run.evaluations) : null;
  const metrics = criteriaMetrics(program.tiers);

  return (
    <Stack>
      <Paper withBorder radius="md" p="md" component="section" aria-label="Run an evaluation">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div>
            <Title order={4}>Evaluation preview</Title>
            <Text size="sm" c="dimmed" maw={720}>
              A dry run evaluates every partner in onboarding, active or at risk against the saved program, on
              its last 12 months, and changes nothing. Promotions apply at once
              {program.promotionNeedsApproval ? ' after a manager approves them' : ''}; a partner that falls
              short is warned and demoted after {formatNumber(program.demotionGraceDays)} days without
              recovery.
            </Text>
          </div>
          <Group gap="sm">
            <Button
              variant="light"
              leftSection={run ? <IconRefresh size={16} /> : <IconPlayerPlay size={16} />}
              loading={preview.isFetching}
              onClick={() => (requested ? preview.refetch() : setRequested(true))}
            >
              {run ? 'Run dry run again' : 'Run dry run'}
            </Button>
            <Button
              leftSection={<IconRocket size={16} />}
              disabled={!run || preview.isFetching}
              onClick={() => setApplying(true)}
            >
              Apply evaluation
            </Button>
          </Group>
        </Group>
      </Paper>

      {draftIsDirty ? (
        <Alert color="yellow" icon={<IconInfoCircle size={18} />}>
          The tier setup has unsaved changes; the preview uses the saved program until you save them.
        </Alert>
      ) : null}
      {preview.error ? <ErrorState error={preview.error} onRetry={() => preview.refetch()} /> : null}
      {!run && preview.isFetching ? <LoadingState label="Evaluating partners…" /> : null}

      {run && counts ? (
        <Stack data-testid="tier-evaluation-result">
          <Text size="sm" c="dimmed">
            Evaluated {formatDateTime(run.evaluatedAt)} · {formatNumber(run.evaluations.length)} partners ·{' '}
            {formatNumber(run.moved)} would move
          </Text>
          {stale ? (
            <Alert color="yellow" variant="light">
              The program was saved after this dry run. Run it again to see the effect of the changes.
            </Alert>
          ) : null}
          {run.unconvertedCurrencies.length ? (
            <Alert
              color="orange"
              icon={<IconAlertTriangle size={18} />}
              title="Revenue left out: no exchange rate"
              data-testid="unconverted-currencies"
            >
              Deals won in {run.unconvertedCurrencies.join(', ')} did not count towards revenue criteria,
              because the program has no rate from {run.unconvertedCurrencies.length === 1 ? 'it' : 'them'} to{' '}
              {program.currency}. Add the rates in the tier setup.
            </Alert>
          ) : null}
          <EvaluationKpis counts={counts} />
          <TierDistributionChart data={tierDistribution(run.evaluations, program.tiers)} />
          <Paper withBorder radius="md" p="md" component="section" aria-label="Partners that would move">
            <Stack gap="sm">
              <Title order={4}>Partners</Title>
              <EvaluationTable
                evaluations={run.evaluations}
                tiers={program.tiers}
                currency={program.currency}
                metrics={metrics}
                onApprove={setApproving}
              />
            </Stack>
          </Paper>
        </Stack>
      ) : null}

      <ConfirmDialog
        opened={applying}
        onClose={() => setApplying(false)}
        title="Apply the tier evaluation?"
        confirmLabel="Apply evaluation"
        color="grape"
        onConfirm={async () => {
          const applied = await applyEvaluation();
          await refreshAfterChange();
          notifications.show({
            color: 'teal',
            title: 'Evaluation applied',
            message: `${formatNumber(applied.moved)} ${applied.moved === 1 ? 'partner' : 'partners'} moved, with history and notifications.`,
          });
        }}
      >
        {counts ? (
          <>
            Partners are evaluated again now and the result is applied:{' '}
            <b>
              {formatNumber(counts.promote)} promoted, {formatNumber(counts.approval)} waiting for approval,{' '}
              {formatNumber(counts.warn)} warned and {formatNumber(counts.demote)} demoted
            </b>{' '}
            if nothing changed since the preview. Every change is recorded in the partner’s tier history and
            sent as an event.
          </>
        ) : null}
      </ConfirmDialog>
      <ConfirmDialog
        opened={approving !== null}
        onClose={() => setApproving(null)}
        title={`Approve the promotion of ${approving?.partnerName ?? ''}?`}
        confirmLabel="Approve promotion"
        color="teal"
        onConfirm={async () => {
          if (!approving) return;
          const result = await unwrap(
            api.POST('/api/tiers/partners/{id}/approve-promotion', {
              params: { path: { id: approving.partnerId } },
            }),
          );
          await refreshAfterChange();
          notifications.show({
            color: 'teal',
            title: 'Promotion approved',
            message: `${approving.partnerName} now holds ${tierName(program.tiers, result.tier)}.`,
          });
        }}
      >
        {approving ? (
          <>
            {approving.partnerName} qualifies for <b>{tierName(program.tiers, approving.qualifiedTier)}</b>{' '}
            (it holds {tierName(program.tiers, approving.currentTier)}). The new tier and its benefits apply
            at once.
          </>
        ) : null}
      </ConfirmDialog>
    </Stack>
  );
}
