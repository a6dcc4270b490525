import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ReasonDialog } from '../../shared/form/reason-dialog';
import { acceptLead, declineLead, LEADS_KEY, type Lead } from '../../shared/leads/leads-api';

/** Accepting at once and declining through a reason dialog, for the list and the lead page alike. */
export function useLeadAnswers(onDeclined?: () => void) {
  const queryClient = useQueryClient();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [declining, setDeclining] = useState<Lead | null>(null);

  async function accept(lead: Lead) {
    setBusyId(lead.id);
    try {
      await acceptLead(lead.id);
      await queryClient.invalidateQueries({ queryKey: [LEADS_KEY] });
      notifications.show({
        color: 'teal',
        title: 'Lead accepted',
        message: `${lead.companyName} is yours to work.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not accept',
        message: error instanceof Error ? error.message : 'Something went wrong',
      });
    } finally {
      setBusyId(null);
    }
  }

  const dialog = (
    <ReasonDialog
      opened={declining !== null}
      onClose={() => setDeclining(null)}
      title={`Decline ${declining?.companyName ?? 'the lead'}`}
      reasonLabel="Why are you declining?"
      reasonPlaceholder="Outside our region, no capacity this quarter, not our specialization…"
      submitLabel="Decline"
      color="red"
      onSubmit={async (reason) => {
        if (!declining) return;
        await declineLead(declining.id, reason);
        await queryClient.invalidateQueries({ queryKey: [LEADS_KEY] });
        notifications.show({
          color: 'gray',
          title: 'Lead declined',
          message: 'It goes on to another partner.',
        });
        onDeclined?.();
      }}
    >
      The vendor sees your reason. The lead is offered to another partner and leaves your list.
    </ReasonDialog>
  );

  return { accept, decline: setDeclining, busyId, dialog };
}
