import { Button, Group, Kbd, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiError } from '../api/client';
import { useFieldErrors } from './field-errors';
import { FormError } from './form-error';

export interface ReasonChoice {
  value: string;
  label: string;
  description?: string;
}

export interface ReasonDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  children?: ReactNode;
  /** A required choice before the reason (e.g. overturn / uphold). */
  choices?: { label: string; options: ReasonChoice[]; initial?: string };
  reasonLabel?: string;
  reasonDescription?: string;
  reasonPlaceholder?: string;
  submitLabel: string | ((choice: string | null) => string);
  color?: string;
  /** Resolves when done; field errors ("reason", "outcome") show at the fields and keep the dialog open. */
  onSubmit: (reason: string, choice: string | null) => Promise<unknown>;
}

const MIN_REASON = 3;

/**
 * An action that needs a written reason (a manager's decision; a partner's withdrawal, extension or
 * dispute): a modal form usable from the keyboard (Ctrl+Enter submits, Esc cancels).
 */
export function ReasonDialog(props: ReasonDialogProps) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={props.opened}
      onClose={props.onClose}
      title={<Text fw={600}>{props.title}</Text>}
      size="lg"
    >
      {props.opened ? <ReasonForm {...props} /> : null}
    </Modal>
  );
}

function ReasonForm({
  onClose,
  children,
  choices,
  reasonLabel = 'Reason',
  reasonDescription,
  reasonPlaceholder,
  submitLabel,
  color,
  onSubmit,
}: ReasonDialogProps) {
  const errors = useFieldErrors();
  const [choice, setChoice] = useState<string | null>(choices?.initial ?? null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    errors.clear();
    const problems = [
      ...(choices && !choice
        ? [{ field: 'outcome', message: `Choose: ${choices.label.toLowerCase()}` }]
        : []),
      ...(reason.trim().length < MIN_REASON
        ? [{ field: 'reason', message: `Write a reason of at least ${MIN_REASON} characters` }]
        : []),
    ];
    if (problems.length) {
      errors.take(new ApiError(400, { errors: problems }));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(reason.trim(), choice);
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
        {children ? (
          <Text size="sm" component="div">
            {children}
          </Text>
        ) : null}
        <FormError message={errors.general} />
        {choices ? (
          <Radio.Group
            label={choices.label}
            required
            value={choice}
            onChange={setChoice}
            error={errors.of('outcome')}
          >
            <Stack gap="xs" mt={6}>
              {choices.options.map((o) => (
                <Radio key={o.value} value={o.value} label={o.label} description={o.description} />
              ))}
            </Stack>
          </Radio.Group>
        ) : null}
        <Textarea
          label={reasonLabel}
          description={reasonDescription}
          placeholder={reasonPlaceholder}
          required
          autosize
          minRows={3}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
          }}
          error={errors.of('reason')}
          data-autofocus={choices ? undefined : true}
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> to submit, <Kbd size="xs">Esc</Kbd> to
            cancel
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy} color={color}>
              {typeof submitLabel === 'function' ? submitLabel(choice) : submitLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
