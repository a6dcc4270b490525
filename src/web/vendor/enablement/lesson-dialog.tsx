import {
  Button,
  Group,
  Kbd,
  Modal,
  SegmentedControl,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, unwrap } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { MarkdownView } from '../../shared/markdown/markdown-view';
import { invalidateEnablement, type Lesson } from './enablement-api';
import {
  emptyLessonForm,
  fileNameFromUrl,
  LESSON_KIND_LABELS,
  type LessonFormState,
  type LessonKind,
  lessonBody,
  lessonFormFrom,
} from './lesson-form';

const kindOptions = (Object.keys(LESSON_KIND_LABELS) as LessonKind[]).map((value) => ({
  value,
  label: LESSON_KIND_LABELS[value],
}));

/** Adds a lesson at the end of the course, or edits one: Markdown text, a video link or a download. */
export function LessonDialog({
  courseId,
  lesson,
  opened,
  onClose,
}: {
  courseId: string;
  /** The lesson to edit; none to add a new one. */
  lesson: Lesson | null;
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={lesson ? `Edit lesson: ${lesson.title}` : 'Add a lesson'}
      size="xl"
    >
      {opened ? <LessonForm courseId={courseId} lesson={lesson} onClose={onClose} /> : null}
    </Modal>
  );
}

function LessonForm({
  courseId,
  lesson,
  onClose,
}: {
  courseId: string;
  lesson: Lesson | null;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [form, setForm] = useState<LessonFormState>(() =>
    lesson ? lessonFormFrom(lesson) : emptyLessonForm(),
  );
  const [view, setView] = useState<string | null>('write');
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<LessonFormState>) => setForm((f) => ({ ...f, ...patch }));

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    errors.clear();
    setBusy(true);
    try {
      const body = lessonBody(form);
      const saved = lesson
        ? await unwrap(
            api.PUT('/api/enablement/courses/{id}/lessons/{lessonId}', {
              params: { path: { id: courseId, lessonId: lesson.id } },
              body,
            }),
          )
        : await unwrap(
            api.POST('/api/enablement/courses/{id}/lessons', { params: { path: { id: courseId } }, body }),
          );
      await invalidateEnablement(queryClient);
      notifications.show({
        color: 'teal',
        title: lesson ? 'Lesson saved' : 'Lesson added',
        message: saved.title,
      });
      onClose();
    } catch (error) {
      errors.take(error);
      // The text's error is on the Write tab: show it there.
      if (error instanceof ApiError && error.fieldErrors.some((f) => f.field === 'body')) setView('write');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={errors.general} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="lesson-kind-label">
            Kind
          </Text>
          <SegmentedControl
            aria-labelledby="lesson-kind-label"
            data={kindOptions}
            value={form.kind}
            onChange={(kind) => change({ kind: kind as LessonKind })}
            w={{ base: '100%', xs: 360 }}
          />
        </Stack>
        <TextInput
          label="Lesson title"
          required
          maxLength={200}
          value={form.title}
          onChange={(e) => change({ title: e.currentTarget.value })}
          error={errors.of('title')}
          data-autofocus
        />
        {form.kind === 'text' ? (
          <Tabs value={view} onChange={setView} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="write">Write</Tabs.Tab>
              <Tabs.Tab value="preview">Preview</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="write" pt="sm">
              <Textarea
                label="Text (Markdown)"
                description="Headings (#), **bold**, *italic*, lists (- or 1.), links [text](https://…), `code` and > quotes"
                required
                autosize
                minRows={10}
                maxRows={24}
                maxLength={50_000}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                value={form.body}
                onChange={(e) => change({ body: e.currentTarget.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
                }}
                error={errors.of('body')}
              />
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="sm">
              {form.body.trim() ? (
                <section aria-label="Preview" style={{ maxHeight: 480, overflow: 'auto' }}>
                  <MarkdownView source={form.body} />
                </section>
              ) : (
                <Text size="sm" c="dimmed">
                  Nothing to preview yet: write the lesson's text first.
                </Text>
              )}
            </Tabs.Panel>
          </Tabs>
        ) : null}
        {form.kind === 'video' ? (
          <TextInput
            label="Video address"
            description="An http(s) link learners open, e.g. on your video platform"
            required
            type="url"
            placeholder="https://"
            maxLength={2000}
            value={form.url}
            onChange={(e) => change({ url: e.currentTarget.value })}
            error={errors.of('url')}
          />
        ) : null}
        {form.kind === 'asset' ? (
          <>
            <TextInput
              label="Download address"
              description="An http(s) link to the file"
              required
              type="url"
              placeholder="https://"
              maxLength={2000}
              value={form.url}
              onChange={(e) => change({ url: e.currentTarget.value })}
              onBlur={() => {
                if (!form.fileName.trim()) change({ fileName: fileNameFromUrl(form.url) });
              }}
              error={errors.of('url')}
            />
            <TextInput
              label="File name"
              description="What learners see and save it as, e.g. battle-card.pdf"
              required
              maxLength={255}
              value={form.fileName}
              onChange={(e) => change({ fileName: e.currentTarget.value })}
              error={errors.of('fileName')}
            />
          </>
        ) : null}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> to save, <Kbd size="xs">Esc</Kbd> to cancel
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {lesson ? 'Save lesson' : 'Add lesson'}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
