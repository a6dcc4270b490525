import { Alert, Button, Checkbox, Group, Modal, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { listFieldError } from '../../shared/form/list-field-error';
import { roleLabel, typeLabel } from '../../shared/format';
import { PARTNER_TYPES, type PartnerType } from '../options';
import { invalidateEnablement, type LearningPath, PORTAL_ROLES, type PortalRole } from './enablement-api';
import { audienceGap, audienceText } from './enablement-format';
import { PathCoursesField } from './path-courses-field';
import { emptyPathForm, type PathFormState, pathBody, pathFormFrom } from './path-form';

/** Creates a learning path or edits one: its name, audience (partner types × roles) and courses. */
export function PathDialog({
  path,
  opened,
  onClose,
}: {
  /** The path to edit; none to create one. */
  path: LearningPath | null;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={path ? `Edit ${path.name}` : 'New learning path'}
      size="lg"
    >
      {opened ? <PathForm path={path} onClose={onClose} /> : null}
    </Modal>
  );
}

function PathForm({ path, onClose }: { path: LearningPath | null; onClose: () => void }) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [form, setForm] = useState<PathFormState>(() => (path ? pathFormFrom(path) : emptyPathForm));
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<PathFormState>) => setForm((f) => ({ ...f, ...patch }));
  const gap = audienceGap(form.partnerTypes, form.roles);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    errors.clear();
    setBusy(true);
    try {
      const body = pathBody(form);
      const saved = path
        ? await unwrap(api.PATCH('/api/enablement/paths/{id}', { params: { path: { id: path.id } }, body }))
        : await unwrap(api.POST('/api/enablement/paths', { body }));
      await invalidateEnablement(queryClient);
      notifications.show({
        color: 'teal',
        title: path ? 'Learning path saved' : 'Learning path created',
        message: `${saved.name}: ${audienceText({ openToAll: false, ...saved })}`,
      });
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
        <FormError message={errors.general} />
        <TextInput
          label="Name"
          description="e.g. Technical path for systems integrators, Sales path for resellers"
          required
          maxLength={200}
          value={form.name}
          onChange={(e) => change({ name: e.currentTarget.value })}
          error={errors.of('name')}
          data-autofocus
        />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxLength={2000}
          value={form.description}
          onChange={(e) => change({ description: e.currentTarget.value })}
          error={errors.of('description')}
        />
        <Checkbox.Group
          label="Partner types"
          description="Partners of these types get the path"
          value={form.partnerTypes}
          onChange={(values) => change({ partnerTypes: values as PartnerType[] })}
          error={errors.of('partnerTypes')}
        >
          <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} spacing="xs" mt={6}>
            {PARTNER_TYPES.map((t) => (
              <Checkbox key={t} value={t} label={typeLabel(t)} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Checkbox.Group
          label="Portal roles"
          description="People with these roles at those partners take it"
          value={form.roles}
          onChange={(values) => change({ roles: values as PortalRole[] })}
          error={errors.of('roles')}
        >
          <Group mt={6}>
            {PORTAL_ROLES.map((r) => (
              <Checkbox key={r} value={r} label={roleLabel(r)} />
            ))}
          </Group>
        </Checkbox.Group>
        {gap ? (
          <Alert color="orange" variant="light">
            {gap}
          </Alert>
        ) : null}
        <PathCoursesField
          value={form.courses}
          onChange={(courses) => change({ courses })}
          error={listFieldError(
            errors.errors,
            'courseIds',
            form.courses.map((c) => c.title),
          )}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {path ? 'Save path' : 'Create path'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
