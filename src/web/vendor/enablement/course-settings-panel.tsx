import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { changedFields } from '../../shared/form/values';
import { CourseFields } from './course-fields';
import { type CourseFormState, courseBody, courseFormFrom } from './course-form';
import { type CourseDetail, invalidateEnablement } from './enablement-api';

/** The course's title, summary, length, audience and certification; saves only what changed. */
export function CourseSettingsPanel({ course, canManage }: { course: CourseDetail; canManage: boolean }) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [form, setForm] = useState<CourseFormState>(() => courseFormFrom(course));
  const [busy, setBusy] = useState(false);
  const changes = changedFields(courseBody(courseFormFrom(course)), courseBody(form));
  const dirty = Object.keys(changes).length > 0;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !dirty) return;
    errors.clear();
    setBusy(true);
    try {
      await unwrap(
        api.PATCH('/api/enablement/courses/{id}', { params: { path: { id: course.id } }, body: changes }),
      );
      await invalidateEnablement(queryClient);
      notifications.show({ color: 'teal', title: 'Course saved', message: form.title.trim() });
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="settings-title">
      <Title order={3} size="h4" id="settings-title" mb="sm">
        Settings
      </Title>
      <form onSubmit={submit} noValidate aria-label="Course settings">
        <fieldset disabled={!canManage} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack>
            <FormError message={errors.general} />
            <CourseFields
              value={form}
              onChange={(patch) => setForm((f) => ({ ...f, ...patch }))}
              errors={errors}
            />
            {canManage ? (
              <Group justify="flex-end">
                {dirty ? (
                  <Button variant="default" onClick={() => setForm(courseFormFrom(course))}>
                    Discard changes
                  </Button>
                ) : null}
                <Button type="submit" loading={busy} disabled={!dirty}>
                  Save settings
                </Button>
              </Group>
            ) : null}
          </Stack>
        </fieldset>
      </form>
    </Paper>
  );
}
