import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';

export interface ReasonDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** What will happen, said before the user commits. */
  children: ReactNode;
  label: string;
  placeholder?: string;
  confirmLabel: string;
  color?: string;
  /** Resolves when done; a refusal (a 409's message, a field error) is shown in the dialog, which stays open. */
  onConfirm: (reason: string) => Promise<unknown>;
}

/** Asks for the reason an action needs (withdraw, extend, dispute) and confirms it in one step. */
export function ReasonDialog(props: ReasonDialogProps) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={<Text fw={600}>{props.title}</Text>}
      closeButtonProps={{ 'aria-label': 'Close' }}
      centered
      size="lg"
    >
      {props.opened ? <ReasonForm {...props} /> : null}
    </Modal>
  );
}

function ReasonForm({
  title,
  onClose,
  children,
  label,
  placeholder,
  confirmLabel,
  color,
  onConfirm,
}: ReasonDialogProps) {
  const errors = useFieldErrors();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (reason.trim().length < 3) {
      errors.take(
        new ApiError(400, {
          errors: [{ field: 'reason', message: 'Give a reason of at least 3 characters' }],
        }),
      );
      return;
    }
    setBusy(true);
    try {
      await onConfirm(reason.trim());
      onClose();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack>
        <Text size="sm" component="div">
          {children}
        </Text>
        <FormError message={errors.general} />
        <Textarea
          label={label}
          placeholder={placeholder}
          required
          autosize
          minRows={3}
          maxRows={8}
          maxLength={2000}
          data-autofocus
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          onKeyDown={(e) => {
            // Ctrl/Cmd+Enter sends, as in most message boxes; Enter alone starts a new line.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
          error={errors.of('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" color={color} loading={busy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
