import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import {
  emptySurveyForm,
  keyFromText,
  missingSurveyFields,
  type SurveyFormState,
  surveyBody,
  surveyFormFrom,
} from './survey-form';
import { createSurvey, SURVEYS_KEY, type Survey, TRIGGER_LABELS, updateSurvey } from './surveys-api';

/** "New survey" (no survey given) or "Edit survey": a modal form showing the API's field errors. */
export function SurveyEditor({
  opened,
  onClose,
  survey,
}: {
  opened: boolean;
  onClose: () => void;
  survey?: Survey;
}) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={survey ? `Edit ${survey.name}` : 'New survey'}
      size="lg"
    >
      {opened ? <SurveyForm survey={survey} onClose={onClose} /> : null}
    </Modal>
  );
}

function SurveyForm({ survey, onClose }: { survey?: Survey; onClose: () => void }) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [form, setForm] = useState<SurveyFormState>(survey ? surveyFormFrom(survey) : emptySurveyForm);
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<SurveyFormState>) => setForm((f) => ({ ...f, ...patch }));
  const setQuestion = (index: number, patch: Partial<SurveyFormState['questions'][number]>) =>
    change({ questions: form.questions.map((q, i) => (i === index ? { ...q, ...patch } : q)) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const missing = missingSurveyFields(form);
    if (missing.length) {
      errors.take(new ApiError(400, { errors: missing }));
      return;
    }
    setBusy(true);
    try {
      const saved = survey
        ? await updateSurvey(survey.id, surveyBody(form))
        : await createSurvey(surveyBody(form));
      await queryClient.invalidateQueries({ queryKey: [SURVEYS_KEY] });
      notifications.show({
        color: 'teal',
        title: survey ? 'Survey saved' : 'Survey created',
        message: survey ? saved.name : `${saved.name} is a draft: activate it to start asking partners.`,
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
      <Stack gap="sm">
        <FormError message={errors.general} />
        <TextInput
          label="Name"
          required
          data-autofocus
          maxLength={120}
          value={form.name}
          onChange={(e) => change({ name: e.currentTarget.value })}
          error={errors.of('name')}
        />
        <Stack gap={6} role="group" aria-label="Questions rated 1 to 5">
          <Text size="sm" fw={500}>
            Questions rated 1–5
          </Text>
          {form.questions.map((question, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: questions are edited in place, by position
            <Group key={index} align="flex-start" wrap="nowrap" gap="xs">
              <TextInput
                aria-label={`Question ${index + 1} key`}
                w={150}
                value={question.key}
                onChange={(e) => setQuestion(index, { key: e.currentTarget.value })}
                error={errors.of(`questions.${index}.key`)}
              />
              <TextInput
                aria-label={`Question ${index + 1}`}
                style={{ flex: 1 }}
                maxLength={300}
                value={question.text}
                onChange={(e) => setQuestion(index, { text: e.currentTarget.value })}
                error={errors.of(`questions.${index}.text`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Remove question ${index + 1}`}
                disabled={form.questions.length <= 1}
                onClick={() => change({ questions: form.questions.filter((_, i) => i !== index) })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          {errors.errors.questions ? (
            <Text size="xs" c="red">
              {errors.errors.questions}
            </Text>
          ) : null}
          <Button
            variant="subtle"
            leftSection={<IconPlus size={16} />}
            disabled={form.questions.length >= 10}
            onClick={() =>
              change({
                questions: [
                  ...form.questions,
                  { key: keyFromText(`question ${form.questions.length + 1}`), text: '' },
                ],
              })
            }
            style={{ alignSelf: 'flex-start' }}
          >
            Add question
          </Button>
        </Stack>
        <Textarea
          label="Recommend question (answered 0–10)"
          required
          autosize
          minRows={1}
          maxLength={300}
          value={form.recommendQuestion}
          onChange={(e) => change({ recommendQuestion: e.currentTarget.value })}
          error={errors.of('recommendQuestion')}
        />
        <Textarea
          label="Comment question (free text, optional to answer)"
          required
          autosize
          minRows={1}
          maxLength={300}
          value={form.commentQuestion}
          onChange={(e) => change({ commentQuestion: e.currentTarget.value })}
          error={errors.of('commentQuestion')}
        />
        <Group grow align="flex-start">
          <Select
            label="Sent"
            required
            allowDeselect={false}
            data={Object.entries(TRIGGER_LABELS).map(([value, label]) => ({ value, label }))}
            value={form.trigger}
            onChange={(value) => value && change({ trigger: value as Survey['trigger'] })}
            error={errors.of('trigger')}
          />
          {form.trigger === 'schedule' ? (
            <NumberInput
              label="Ask each user again after (days)"
              required
              min={7}
              max={730}
              allowDecimal={false}
              value={form.intervalDays}
              onChange={(value) => change({ intervalDays: value === '' ? '' : Number(value) })}
              error={errors.of('intervalDays')}
            />
          ) : null}
          <NumberInput
            label="Open for (days)"
            required
            min={1}
            max={90}
            allowDecimal={false}
            value={form.responseDays}
            onChange={(value) => change({ responseDays: value === '' ? '' : Number(value) })}
            error={errors.of('responseDays')}
          />
        </Group>
        <Checkbox.Group
          label="Who is asked"
          required
          value={form.roles}
          onChange={(roles) => change({ roles: roles as SurveyFormState['roles'] })}
          error={errors.of('roles')}
        >
          <Group mt={4}>
            <Checkbox value="partner_admin" label="Partner admins" />
            <Checkbox value="partner_rep" label="Partner reps" />
          </Group>
        </Checkbox.Group>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            {survey ? 'Save survey' : 'Create survey'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
