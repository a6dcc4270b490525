import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { completeStep, ONBOARDINGS_KEY, type OnboardingStep } from './onboarding-api';
import { eventLabel } from './onboarding-format';

/** Ticks a step by hand, with an optional note kept on the step (Enter in the note adds a line; the button submits). */
export function CompleteStepDialog({
  partnerId,
  step,
  opened,
  onClose,
}: {
  partnerId: string;
  step: OnboardingStep | null;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={<Text fw={600}>{step ? `Mark “${step.title}” done` : 'Mark step done'}</Text>}
    >
      {opened && step ? <CompleteStepForm partnerId={partnerId} step={step} onClose={onClose} /> : null}
    </Modal>
  );
}

function CompleteStepForm({
  partnerId,
  step,
  onClose,
}: {
  partnerId: string;
  step: OnboardingStep;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    errors.clear();
    setBusy(true);
    try {
      await completeStep(partnerId, step.id, note.trim() || undefined);
      await queryClient.invalidateQueries({ queryKey: [ONBOARDINGS_KEY] });
      notifications.show({ color: 'teal', title: 'Step done', message: `“${step.title}” is ticked.` });
      onClose();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {step.kind === 'automatic' ? (
          <Text size="sm">
            This step completes by itself when {eventLabel(step.eventType)}. Tick it by hand only when that
            happened outside Trellis.
          </Text>
        ) : null}
        <FormError message={errors.general} />
        <Textarea
          label="Note"
          description="Optional; kept with the step"
          autosize
          minRows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
          }}
          error={errors.of('note')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Mark done
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
