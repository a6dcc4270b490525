import { Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, type FieldError } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { formatDate } from '../../shared/format';
import { answerInvitation, PORTAL_SURVEYS_KEY, type SurveyInvitation } from './portal-surveys-api';

const RATING_LABELS = ['Very poor', 'Poor', 'Fair', 'Good', 'Excellent'];
const COMMENT_LIMIT = 2000;
const RECOMMEND_SCALE = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

/** One pending survey: a 1–5 radio group per question, the 0–10 recommend scale and a comment. */
export function SurveyAnswerForm({ invitation }: { invitation: SurveyInvitation }) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [recommend, setRecommend] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    const missing: FieldError[] = invitation.questions
      .filter((q) => ratings[q.key] === undefined)
      .map((q) => ({ field: `ratings.${q.key}`, message: 'Choose a rating from 1 to 5' }));
    if (recommend === null) missing.push({ field: 'recommend', message: 'Choose a number from 0 to 10' });
    if (missing.length) {
      errors.take(new ApiError(400, { errors: missing }));
      return;
    }
    setBusy(true);
    try {
      await answerInvitation(invitation.id, { ratings, recommend: recommend!, comment });
      await queryClient.invalidateQueries({ queryKey: [PORTAL_SURVEYS_KEY] });
      notifications.show({
        color: 'teal',
        title: 'Thank you',
        message: `Your answers to ${invitation.surveyName} are in.`,
      });
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={invitation.surveyName}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <div>
            <Title order={3} size="h4">
              {invitation.surveyName}
            </Title>
            <Text size="xs" c="dimmed">
              Open until {formatDate(invitation.dueAt)}
            </Text>
          </div>
          <FormError message={errors.general} />
          {invitation.questions.map((question) => (
            <Radio.Group
              key={question.key}
              label={question.text}
              description="1 = very poor, 5 = excellent"
              required
              value={ratings[question.key] ? String(ratings[question.key]) : null}
              onChange={(value) => setRatings((r) => ({ ...r, [question.key]: Number(value) }))}
              error={errors.of(`ratings.${question.key}`)}
            >
              <Group mt="xs" gap="lg">
                {RATING_LABELS.map((label, i) => (
                  <Radio key={label} value={String(i + 1)} label={`${i + 1} · ${label}`} />
                ))}
              </Group>
            </Radio.Group>
          ))}
          <Radio.Group
            label={invitation.recommendQuestion}
            description="0 = not at all likely, 10 = extremely likely"
            required
            value={recommend === null ? null : String(recommend)}
            onChange={(value) => setRecommend(Number(value))}
            error={errors.of('recommend')}
          >
            <Group mt="xs" gap="md">
              {RECOMMEND_SCALE.map((n) => (
                <Radio key={n} value={n} label={n} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={invitation.commentQuestion}
            description={`Optional, up to ${COMMENT_LIMIT.toLocaleString('en')} characters`}
            autosize
            minRows={3}
            maxLength={COMMENT_LIMIT}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            error={errors.of('comment')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              Send answers
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
