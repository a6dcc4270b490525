import { Button, Checkbox, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { FormError } from '../../shared/form/form-error';
import type { Quiz, QuizAnswers } from './learning-api';
import { type AnswerSheet, toAnswers, unanswered } from './quiz-answers';

/** The quiz's questions (one answer or all that apply), checked for blanks before it is sent. */
export function QuizForm({
  quiz,
  submitting,
  error,
  onSubmit,
}: {
  quiz: Quiz;
  submitting: boolean;
  error: string | null;
  onSubmit: (answers: QuizAnswers) => void;
}) {
  const [sheet, setSheet] = useState<AnswerSheet>({});
  const [missing, setMissing] = useState<string[]>([]);
  const choose = (questionId: string, optionIds: string[]) => {
    setSheet((current) => ({ ...current, [questionId]: optionIds }));
    setMissing((current) => current.filter((id) => id !== questionId));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const blanks = unanswered(quiz, sheet);
    setMissing(blanks);
    if (blanks.length) {
      document.querySelector<HTMLInputElement>(`[data-question="${blanks[0]}"] input`)?.focus();
      return;
    }
    onSubmit(toAnswers(quiz, sheet));
  }

  return (
    <form onSubmit={submit} aria-label="Quiz" noValidate>
      <Stack gap="md">
        {quiz.questions.map((question, index) => {
          const label = `${index + 1}. ${question.prompt}`;
          const options = question.options;
          const wrong = missing.includes(question.id);
          return (
            <Paper key={question.id} withBorder radius="md" p="md" data-question={question.id}>
              {question.multiple ? (
                <Checkbox.Group
                  label={label}
                  description="Select all that apply"
                  value={sheet[question.id] ?? []}
                  onChange={(value) => choose(question.id, value)}
                  error={wrong ? 'Choose at least one answer' : undefined}
                >
                  <Stack gap="xs" mt="xs">
                    {options.map((option) => (
                      <Checkbox key={option.id} value={option.id} label={option.text} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              ) : (
                <Radio.Group
                  label={label}
                  description="Choose one"
                  value={sheet[question.id]?.[0] ?? null}
                  onChange={(value) => choose(question.id, [value])}
                  error={wrong ? 'Choose an answer' : undefined}
                >
                  <Stack gap="xs" mt="xs">
                    {options.map((option) => (
                      <Radio key={option.id} value={option.id} label={option.text} />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
            </Paper>
          );
        })}
        <FormError message={error} />
        <Group justify="space-between">
          <Text size="sm" c={missing.length ? 'red' : 'dimmed'} role={missing.length ? 'alert' : undefined}>
            {missing.length
              ? `${missing.length} ${missing.length === 1 ? 'question has' : 'questions have'} no answer yet.`
              : `${quiz.questions.length} ${quiz.questions.length === 1 ? 'question' : 'questions'}.`}
          </Text>
          <Button type="submit" loading={submitting} leftSection={<IconSend size={16} />}>
            Submit answers
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
