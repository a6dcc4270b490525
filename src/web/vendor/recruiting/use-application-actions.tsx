import { Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { ReasonDialog } from '../../shared/form/reason-dialog';
import { moveApplication, RECRUITING_KEY } from './recruiting-api';
import {
  type Application,
  type ApplicationStatus,
  applicationStatusLabel,
  type ForwardStage,
  moveConsequence,
} from './recruiting-stages';

type Move = { application: Application; to: ForwardStage };

/**
 * Moving applications along the pipeline from a card, a table row or the detail drawer: plain moves go
 * at once, signing and onboarding ask first (they create a partner and start its checklist), and
 * rejecting asks for the reason.
 */
export function useApplicationActions() {
  const queryClient = useQueryClient();
  // The subject stays set while a dialog closes, so its text does not vanish during the transition.
  const [confirming, setConfirming] = useState<Move | null>(null);
  const [confirmOpen, setConfirmOpen] = useState(false);
  const [rejecting, setRejecting] = useState<Application | null>(null);
  const [rejectOpen, setRejectOpen] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function refresh(to: ApplicationStatus) {
    await queryClient.invalidateQueries({ queryKey: [RECRUITING_KEY] });
    if (to === 'signed' || to === 'onboarding') {
      await queryClient.invalidateQueries({ queryKey: ['partners'] });
      await queryClient.invalidateQueries({ queryKey: ['onboardings'] });
    }
  }

  async function move({ application, to }: Move) {
    const moved = await moveApplication(application.id, to);
    await refresh(to);
    notifications.show({
      color: 'teal',
      title: `Moved to ${applicationStatusLabel(to)}`,
      message:
        to === 'signed'
          ? `${application.companyName} is now a partner.`
          : `${application.companyName} moved to ${applicationStatusLabel(to).toLowerCase()}.`,
    });
    return moved;
  }

  async function advance(application: Application, to: ForwardStage) {
    if (moveConsequence(to, application.companyName)) {
      setConfirming({ application, to });
      setConfirmOpen(true);
      return;
    }
    setBusyId(application.id);
    try {
      await move({ application, to });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'The application was not moved',
        message: error instanceof Error ? error.message : 'Something went wrong',
      });
    } finally {
      setBusyId(null);
    }
  }

  const dialogs = (
    <>
      <ConfirmDialog
        opened={confirmOpen}
        onClose={() => setConfirmOpen(false)}
        title={
          confirming
            ? `Move ${confirming.application.companyName} to ${applicationStatusLabel(confirming.to).toLowerCase()}?`
            : ''
        }
        confirmLabel={confirming ? `Move to ${applicationStatusLabel(confirming.to).toLowerCase()}` : 'Move'}
        color="teal"
        onConfirm={() => (confirming ? move(confirming) : Promise.resolve())}
      >
        {confirming ? moveConsequence(confirming.to, confirming.application.companyName) : null}
      </ConfirmDialog>
      <ReasonDialog
        opened={rejectOpen}
        onClose={() => setRejectOpen(false)}
        title={rejecting ? `Reject ${rejecting.companyName}` : 'Reject'}
        reasonLabel="Reason for rejecting"
        reasonDescription="Kept with the application and in its history"
        reasonPlaceholder="e.g. No coverage in our target regions"
        submitLabel="Reject application"
        color="red"
        onSubmit={async (reason) => {
          if (!rejecting) return;
          await moveApplication(rejecting.id, 'rejected', reason);
          await refresh('rejected');
          notifications.show({
            color: 'teal',
            title: 'Application rejected',
            message: `${rejecting.companyName} was rejected.`,
          });
        }}
      >
        <Stack gap={4}>
          <Text size="sm">
            A rejected application leaves the board; it stays listed under Rejected with the reason.
          </Text>
        </Stack>
      </ReasonDialog>
    </>
  );

  function reject(application: Application) {
    setRejecting(application);
    setRejectOpen(true);
  }

  return { advance, reject, busyId, dialogs };
}

export type ApplicationActions = ReturnType<typeof useApplicationActions>;
