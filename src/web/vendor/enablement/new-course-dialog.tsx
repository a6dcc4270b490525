import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { CourseFields } from './course-fields';
import { type CourseFormState, courseBody, emptyCourseForm } from './course-form';
import { invalidateEnablement } from './enablement-api';

/** "New course": the settings, then on to the builder to add lessons and a quiz. */
export function NewCourseDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [form, setForm] = useState<CourseFormState>(emptyCourseForm);
  const [busy, setBusy] = useState(false);

  function close() {
    setForm(emptyCourseForm);
    errors.clear();
    onClose();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    errors.clear();
    setBusy(true);
    try {
      const course = await unwrap(api.POST('/api/enablement/courses', { body: courseBody(form) }));
      await invalidateEnablement(queryClient);
      notifications.show({
        color: 'teal',
        title: 'Course created',
        message: `${course.title} is a draft: add its lessons, then publish it.`,
      });
      close();
      await navigate({ to: '/console/enablement/courses/$courseId', params: { courseId: course.id } });
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
      title="New course"
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={errors.general} />
          <CourseFields
            value={form}
            onChange={(patch) => setForm((f) => ({ ...f, ...patch }))}
            errors={errors}
            autoFocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Create and add lessons
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
