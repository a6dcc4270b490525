import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconRocket, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { type CourseDetail, type CourseStatus, ENABLEMENT_KEY, invalidateEnablement } from './enablement-api';

type Action = 'publish' | 'archive' | 'delete';

const CONFIRM: Record<Action, { title: string; label: string; color: string; text: string }> = {
  publish: {
    title: 'Publish this course?',
    label: 'Publish',
    color: 'teal',
    text: 'Partner users in its audience (its learning paths, or everyone when it is open to all) can enrol and take it. A published course cannot go back to draft; it can be archived.',
  },
  archive: {
    title: 'Archive this course?',
    label: 'Archive',
    color: 'orange',
    text: 'Learners no longer see it in their catalogue. Certificates already earned stay valid until they expire, and it can be published again.',
  },
  delete: {
    title: 'Delete this draft?',
    label: 'Delete course',
    color: 'red',
    text: 'The course, its lessons and its quiz are deleted. This cannot be undone.',
  },
};

/** Publish a draft or archived course, archive a published one, delete a draft: each asked first. */
export function CourseStatusActions({ course }: { course: CourseDetail }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [action, setAction] = useState<Action | null>(null);

  async function setStatus(status: CourseStatus) {
    await unwrap(
      api.PATCH('/api/enablement/courses/{id}', { params: { path: { id: course.id } }, body: { status } }),
    );
    await invalidateEnablement(queryClient);
    notifications.show({
      color: 'teal',
      title: status === 'published' ? 'Course published' : 'Course archived',
      message: course.title,
    });
  }

  async function run() {
    if (action === 'publish') return setStatus('published');
    if (action === 'archive') return setStatus('archived');
    await unwrap(api.DELETE('/api/enablement/courses/{id}', { params: { path: { id: course.id } } }));
    queryClient.removeQueries({ queryKey: [ENABLEMENT_KEY, 'course', course.id] });
    await invalidateEnablement(queryClient);
    notifications.show({ color: 'teal', title: 'Course deleted', message: course.title });
    await navigate({ to: '/console/enablement' });
  }

  const confirm = action ? CONFIRM[action] : null;
  return (
    <>
      {course.status === 'draft' ? (
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() => setAction('delete')}
        >
          Delete
        </Button>
      ) : null}
      {course.status === 'published' ? (
        <Button
          variant="default"
          leftSection={<IconArchive size={16} />}
          onClick={() => setAction('archive')}
        >
          Archive
        </Button>
      ) : (
        <Button leftSection={<IconRocket size={16} />} onClick={() => setAction('publish')}>
          {course.status === 'archived' ? 'Publish again' : 'Publish'}
        </Button>
      )}
      <ConfirmDialog
        opened={action !== null}
        onClose={() => setAction(null)}
        title={confirm?.title ?? ''}
        confirmLabel={confirm?.label ?? ''}
        color={confirm?.color}
        onConfirm={run}
      >
        {confirm?.text}
      </ConfirmDialog>
    </>
  );
}
