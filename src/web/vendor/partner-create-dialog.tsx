import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { ApiError, api, unwrap } from '../shared/api/client';
import { useCan } from '../shared/auth/permissions';
import { useFieldErrors } from '../shared/form/field-errors';
import { FormError } from '../shared/form/form-error';
import { emptyPartnerForm, PartnerFormFields, type PartnerFormState, partnerBody } from './partner-form';

/** "New partner": a modal form that shows the API's field errors and lands on the new partner. */
export function NewPartnerDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const can = useCan();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [form, setForm] = useState<PartnerFormState>(emptyPartnerForm);
  const [busy, setBusy] = useState(false);

  function close() {
    setForm(emptyPartnerForm);
    errors.clear();
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!form.type || !form.name.trim()) {
      errors.take(
        new ApiError(400, {
          errors: [
            ...(form.name.trim() ? [] : [{ field: 'name', message: 'is required' }]),
            ...(form.type ? [] : [{ field: 'type', message: 'is required' }]),
          ],
        }),
      );
      return;
    }
    setBusy(true);
    try {
      const body = { ...partnerBody(form), type: form.type, stage: form.stage };
      const partner = await unwrap(api.POST('/api/partners', { body }));
      await queryClient.invalidateQueries({ queryKey: ['partners'] });
      notifications.show({ color: 'teal', title: 'Partner added', message: `${partner.name} was added.` });
      close();
      await navigate({ to: '/console/partners/$partnerId', params: { partnerId: partner.id } });
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={close}
      title="New partner"
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={errors.general} />
          <PartnerFormFields
            value={form}
            onChange={(patch) => setForm((f) => ({ ...f, ...patch }))}
            errors={errors}
            mode="create"
            withOwner={can('users.read')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Add partner
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
