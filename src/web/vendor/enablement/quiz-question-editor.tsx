import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import {
  addOption,
  MAX_OPTIONS,
  MIN_OPTIONS,
  moveQuestion,
  type QuestionDraft,
  type QuizDraft,
  removeOption,
  removeQuestion,
  setCorrect,
  setMultiple,
  setOptionText,
  setPrompt,
} from './quiz-draft';

interface FieldErrors {
  errors: Record<string, string>;
  of(field: string): string | undefined;
}

/** One question of the quiz: its prompt, its options and which of them are right. */
export function QuizQuestionEditor({
  draft,
  index,
  question,
  onChange,
  errors,
}: {
  draft: QuizDraft;
  index: number;
  question: QuestionDraft;
  onChange: (next: QuizDraft) => void;
  errors: FieldErrors;
}) {
  const number = index + 1;
  const path = `questions.${index}`;
  const count = draft.questions.length;
  const optionsError = errors.errors[`${path}.options`] ?? errors.errors[`${path}.multiple`];
  const Correct = question.multiple ? Checkbox : Radio;

  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      component="fieldset"
      aria-label={`Question ${number}`}
      style={{ margin: 0 }}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            Question {number}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Tooltip label="Move up" withArrow>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move question ${number} up`}
                disabled={index === 0}
                onClick={() => onChange(moveQuestion(draft, index, -1))}
              >
                <IconArrowUp size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Move down" withArrow>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={`Move question ${number} down`}
                disabled={index === count - 1}
                onClick={() => onChange(moveQuestion(draft, index, 1))}
              >
                <IconArrowDown size={16} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Remove question" withArrow>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove question ${number}`}
                disabled={count === 1}
                onClick={() => onChange(removeQuestion(draft, index))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <Textarea
          label={`Question ${number} prompt`}
          required
          autosize
          minRows={1}
          maxLength={2000}
          value={question.prompt}
          onChange={(e) => onChange(setPrompt(draft, index, e.currentTarget.value))}
          error={errors.of(`${path}.prompt`)}
        />
        <Switch
          label="Several right answers (select all that apply)"
          checked={question.multiple}
          onChange={(e) => onChange(setMultiple(draft, index, e.currentTarget.checked))}
        />
        <Text size="xs" c="dimmed">
          {question.multiple ? 'Tick every right option.' : 'Choose the one right option.'}
        </Text>
        <Stack
          gap={6}
          role={question.multiple ? 'group' : 'radiogroup'}
          aria-label={`Options of question ${number}`}
        >
          {question.options.map((option, o) => (
            <Group key={option.key} gap="xs" wrap="nowrap" align="flex-start">
              <Correct
                mt={8}
                name={`question-${question.key}`}
                aria-label={`Option ${o + 1} of question ${number} is right`}
                checked={option.correct}
                onChange={(e) => onChange(setCorrect(draft, index, o, e.currentTarget.checked))}
              />
              <TextInput
                style={{ flex: 1 }}
                aria-label={`Option ${o + 1} of question ${number}`}
                placeholder={`Option ${o + 1}`}
                maxLength={500}
                value={option.text}
                onChange={(e) => onChange(setOptionText(draft, index, o, e.currentTarget.value))}
                error={errors.errors[`${path}.options.${o}.text`]}
              />
              <ActionIcon
                mt={4}
                variant="subtle"
                color="gray"
                aria-label={`Remove option ${o + 1} of question ${number}`}
                disabled={question.options.length <= MIN_OPTIONS}
                onClick={() => onChange(removeOption(draft, index, o))}
              >
                <IconX size={16} />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
        {optionsError ? (
          <Text size="xs" c="red" role="alert">
            Options {optionsError}
          </Text>
        ) : null}
        <Group>
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            disabled={question.options.length >= MAX_OPTIONS}
            onClick={() => onChange(addOption(draft, index))}
          >
            Add option
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
