import { Alert, Button, Group, NumberInput, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { ConfirmDialog } from '../../shared/form/confirm-dialog';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { ErrorState } from '../../shared/states/states';
import { type CourseDetail, invalidateEnablement, type QuizKey, quizKeyQuery } from './enablement-api';
import {
  addQuestion,
  emptyQuizDraft,
  type QuizDraft,
  questionsToPass,
  quizBody,
  quizDraftFrom,
} from './quiz-draft';
import { QuizQuestionEditor } from './quiz-question-editor';

/** The course's quiz with its answer key: questions, options, right answers, pass mark and attempts. */
export function QuizPanel({ course, canManage }: { course: CourseDetail; canManage: boolean }) {
  const key = useQuery({ ...quizKeyQuery(course.id), enabled: course.quiz !== null });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="quiz-title">
      <Title order={3} size="h4" id="quiz-title" mb="sm">
        Quiz
      </Title>
      {course.quiz !== null && key.isLoading ? (
        <Skeleton height={160} />
      ) : course.quiz !== null && key.error ? (
        <ErrorState error={key.error} onRetry={() => key.refetch()} />
      ) : (
        <QuizEditor
          // A saved quiz starts the editor again from what the server kept.
          key={course.quiz === null ? 'none' : (key.data?.updatedAt ?? 'loading')}
          course={course}
          saved={course.quiz === null ? null : (key.data ?? null)}
          canManage={canManage}
        />
      )}
    </Paper>
  );
}

function QuizEditor({
  course,
  saved,
  canManage,
}: {
  course: CourseDetail;
  saved: QuizKey | null;
  canManage: boolean;
}) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [draft, setDraft] = useState<QuizDraft | null>(() => (saved ? quizDraftFrom(saved) : null));
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState(false);
  const original = JSON.stringify(saved ? quizBody(quizDraftFrom(saved)) : null);
  const dirty = draft !== null && JSON.stringify(quizBody(draft)) !== original;

  if (!draft) {
    return (
      <Stack align="flex-start" gap="xs">
        <Text size="sm" c="dimmed">
          {course.certification
            ? 'This course awards a certification, so it needs a quiz before it can be published.'
            : 'No quiz: learners complete the course by finishing its lessons.'}
        </Text>
        {canManage ? (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setDraft(emptyQuizDraft())}>
            Add a quiz
          </Button>
        ) : null}
      </Stack>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!draft || busy) return;
    errors.clear();
    setBusy(true);
    try {
      await unwrap(
        api.PUT('/api/enablement/courses/{id}/quiz', {
          params: { path: { id: course.id } },
          body: quizBody(draft),
        }),
      );
      await invalidateEnablement(queryClient);
      notifications.show({
        color: 'teal',
        title: 'Quiz saved',
        message: `${draft.questions.length} questions`,
      });
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  const toPass = questionsToPass(draft.passMarkPercent, draft.questions.length);
  return (
    <>
      <form onSubmit={submit} noValidate aria-label="Quiz editor">
        <fieldset disabled={!canManage} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack>
            <FormError message={errors.general} />
            <Group align="flex-start" wrap="wrap">
              <NumberInput
                label="Pass mark (%)"
                description={
                  toPass !== null
                    ? `Pass with ${toPass} of ${draft.questions.length} ${draft.questions.length === 1 ? 'question' : 'questions'} right`
                    : 'Share of questions to answer right'
                }
                required
                min={0}
                max={100}
                decimalScale={2}
                suffix="%"
                w={{ base: '100%', xs: 220 }}
                value={draft.passMarkPercent}
                onChange={(passMarkPercent) => setDraft({ ...draft, passMarkPercent })}
                error={errors.of('passMark')}
              />
              <NumberInput
                label="Attempts allowed"
                description="Until a pass; empty for no limit"
                placeholder="No limit"
                min={1}
                max={100}
                allowDecimal={false}
                w={{ base: '100%', xs: 220 }}
                value={draft.attemptsLimit}
                onChange={(attemptsLimit) => setDraft({ ...draft, attemptsLimit })}
                error={errors.of('attemptsLimit')}
              />
            </Group>
            {errors.errors.questions ? (
              <Alert color="red" role="alert">
                Questions {errors.errors.questions}
              </Alert>
            ) : null}
            {draft.questions.map((question, index) => (
              <QuizQuestionEditor
                key={question.key}
                draft={draft}
                index={index}
                question={question}
                onChange={setDraft}
                errors={errors}
              />
            ))}
            {canManage ? (
              <Group justify="space-between">
                <Button
                  variant="subtle"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setDraft(addQuestion(draft))}
                >
                  Add question
                </Button>
                <Group gap="sm">
                  {saved ? (
                    <Button variant="subtle" color="red" onClick={() => setRemoving(true)}>
                      Remove quiz
                    </Button>
                  ) : (
                    <Button variant="default" onClick={() => setDraft(null)}>
                      Cancel
                    </Button>
                  )}
                  {saved && dirty ? (
                    <Button variant="default" onClick={() => setDraft(quizDraftFrom(saved))}>
                      Discard changes
                    </Button>
                  ) : null}
                  <Button type="submit" loading={busy} disabled={!dirty}>
                    Save quiz
                  </Button>
                </Group>
              </Group>
            ) : null}
          </Stack>
        </fieldset>
      </form>
      <ConfirmDialog
        opened={removing}
        onClose={() => setRemoving(false)}
        title="Remove the quiz?"
        confirmLabel="Remove quiz"
        onConfirm={async () => {
          await unwrap(
            api.DELETE('/api/enablement/courses/{id}/quiz', { params: { path: { id: course.id } } }),
          );
          await invalidateEnablement(queryClient);
          notifications.show({ color: 'teal', title: 'Quiz removed', message: course.title });
        }}
      >
        Learners will complete the course without a quiz. Attempts already made keep their scores. A published
        course that certifies cannot lose its quiz.
      </ConfirmDialog>
    </>
  );
}
