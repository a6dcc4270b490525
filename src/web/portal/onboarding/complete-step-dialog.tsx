import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import type { OnboardingStep } from './step-guidance';

/** Asks for an optional note before a manual step is ticked; Enter submits, Escape closes. */
export function CompleteStepDialog({
  step,
  onClose,
  onConfirm,
}: {
  step: OnboardingStep | null;
  onClose: () => void;
  onConfirm: (step: OnboardingStep, note: string | undefined) => Promise<unknown>;
}) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors();

  const close = () => {
    setNote('');
    errors.clear();
    onClose();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!step) return;
    setBusy(true);
    errors.clear();
    try {
      await onConfirm(step, note.trim() || undefined);
      close();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={step !== null}
      onClose={close}
      title={<Text fw={600}>Mark “{step?.title}” as done</Text>}
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit} aria-label="Mark the step as done">
        <Stack>
          {step?.description ? (
            <Text size="sm" c="dimmed">
              {step.description}
            </Text>
          ) : null}
          <TextInput
            label="Note (optional)"
            description="For your partner manager, e.g. when it happened or who took part"
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.of('note')}
            data-autofocus
          />
          <FormError message={errors.general} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Mark as done
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
