import { Alert, Button, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { IconCertificate, IconCircleCheck, IconCircleX, IconRefresh } from '@tabler/icons-react';
import type { Ref } from 'react';
import { formatDate } from '../../shared/format';
import { LinkAnchor } from '../../shared/router-links';
import { percentText } from './course-progress';
import type { AttemptResult } from './learning-api';

export function attemptsLeftText(left: number | null): string {
  if (left === null) return 'You may try as often as you need.';
  if (left === 0) return 'You have no attempts left.';
  return `You have ${left} ${left === 1 ? 'attempt' : 'attempts'} left.`;
}

/** The grade of the attempt just submitted: score against the pass mark, what to review, what it earned. */
export function QuizResult({
  result,
  onRetry,
  headingRef,
}: {
  result: AttemptResult;
  onRetry: (() => void) | null;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { attempt, progress, certificate } = result;
  return (
    <Stack gap="md" data-testid="quiz-result">
      <Group gap="sm" wrap="nowrap">
        {attempt.passed ? (
          <IconCircleCheck size={32} color="var(--mantine-color-teal-6)" aria-hidden />
        ) : (
          <IconCircleX size={32} color="var(--mantine-color-red-6)" aria-hidden />
        )}
        <Title order={4} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
          {attempt.passed ? 'Passed' : 'Not passed this time'}: {percentText(attempt.score)}
        </Title>
      </Group>
      <Stack gap={4}>
        <Progress.Root size="lg" aria-hidden>
          <Progress.Section value={attempt.score * 100} color={attempt.passed ? 'teal' : 'red'} />
        </Progress.Root>
        <Text size="sm">
          {attempt.rightCount} of {attempt.questionCount} right ({percentText(attempt.score)}); the pass mark
          is {percentText(attempt.passMark)}.
        </Text>
      </Stack>
      {attempt.wrongQuestions.length ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Review {attempt.wrongQuestions.length === 1 ? 'this question' : 'these questions'}:
          </Text>
          <List size="sm" spacing={2}>
            {attempt.wrongQuestions.map((q) => (
              <List.Item key={q.questionId}>{q.prompt}</List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      {certificate ? (
        <Alert color="teal" icon={<IconCertificate size={20} />} title="Certificate earned" role="status">
          You are now certified: <strong>{certificate.name}</strong>, valid until{' '}
          {formatDate(certificate.expiresAt)}.{' '}
          <LinkAnchor to="/portal/certificates" search={{ certificate: certificate.id }}>
            View your certificate
          </LinkAnchor>
        </Alert>
      ) : null}
      {attempt.passed && progress.status === 'completed' && !certificate ? (
        <Text size="sm" c="teal.8">
          The course is complete.
        </Text>
      ) : null}
      {!attempt.passed ? (
        <Group>
          <Text size="sm" c="dimmed">
            {attemptsLeftText(progress.attemptsLeft)}
          </Text>
          {onRetry ? (
            <Button leftSection={<IconRefresh size={16} />} onClick={onRetry}>
              Try again
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
