import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { SURVEYS_KEY, type Survey, sendSurveyNow, setSurveyStatus } from './surveys-api';

type Move = 'active' | 'paused' | 'closed';

const MOVES: Record<Survey['status'], Move[]> = {
  draft: ['active', 'closed'],
  active: ['paused', 'closed'],
  paused: ['active', 'closed'],
  closed: [],
};
const MOVE_LABELS: Record<Move, string> = { active: 'Activate', paused: 'Pause', closed: 'Close' };

/** Edit, activate, pause, close and send-now buttons for one survey row. */
export function SurveyActions({ survey, onEdit }: { survey: Survey; onEdit: () => void }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);

  async function run(label: string, work: () => Promise<string>) {
    setBusy(label);
    try {
      const message = await work();
      await queryClient.invalidateQueries({ queryKey: [SURVEYS_KEY] });
      notifications.show({ color: 'teal', title: survey.name, message });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `${label} failed`,
        message: error instanceof Error ? error.message : 'Something went wrong',
      });
    } finally {
      setBusy(null);
    }
  }

  const move = (to: Move) =>
    run(MOVE_LABELS[to], async () => {
      await setSurveyStatus(survey.id, to);
      return `The survey is now ${to}.`;
    });

  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {survey.status !== 'closed' ? (
        <Button size="compact-sm" variant="subtle" onClick={onEdit}>
          Edit
        </Button>
      ) : null}
      {MOVES[survey.status].map((to) => (
        <Button
          key={to}
          size="compact-sm"
          variant="subtle"
          color={to === 'closed' ? 'red' : undefined}
          loading={busy === MOVE_LABELS[to]}
          onClick={() => (to === 'closed' ? setClosing(true) : move(to))}
        >
          {MOVE_LABELS[to]}
        </Button>
      ))}
      {survey.status === 'active' ? (
        <Button
          size="compact-sm"
          variant="light"
          loading={busy === 'Send now'}
          onClick={() =>
            run('Send now', async () => {
              const { invited } = await sendSurveyNow(survey.id);
              return invited === 1 ? '1 partner user invited.' : `${invited} partner users invited.`;
            })
          }
        >
          Send now
        </Button>
      ) : null}
      <ConfirmDialog
        opened={closing}
        onClose={() => setClosing(false)}
        title={`Close ${survey.name}?`}
        confirmLabel="Close survey"
        onConfirm={async () => {
          await setSurveyStatus(survey.id, 'closed');
          await queryClient.invalidateQueries({ queryKey: [SURVEYS_KEY] });
          setClosing(false);
        }}
      >
        Nobody will be asked again. Open invitations can still be answered until they are due. Closing cannot
        be undone.
      </ConfirmDialog>
    </Group>
  );
}
