import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCertificate,
  IconCircleCheck,
  IconLock,
  IconRefresh,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { formatDate } from '../../shared/format';
import { LinkAnchor } from '../../shared/router-links';
import { expiryText, needsRenewal } from './certificate-status';
import { percentText } from './course-progress';
import {
  type AttemptResult,
  type Certificate,
  type EnrollmentProgress,
  LEARNING_KEY,
  learningApi,
  type Quiz,
  type QuizAnswers,
  type QuizAttempt,
} from './learning-api';
import { QuizForm } from './quiz-form';
import { attemptsLeftText, QuizResult } from './quiz-result';

/** The certificate of this course the learner holds now: the latest issued. */
export function currentCertificate(certificates: Certificate[]): Certificate | null {
  return [...certificates].sort((a, b) => b.issuedAt.localeCompare(a.issuedAt))[0] ?? null;
}

/**
 * The course's quiz: locked until the lessons are done, then the questions; after an attempt its
 * grade, a retry while attempts remain, and after a pass the way to renew an expiring certificate.
 */
export function QuizPanel({
  courseId,
  quiz,
  certifies,
  progress,
  attempts,
  certificates,
  lessonsLeft,
  canTake,
}: {
  courseId: string;
  quiz: Quiz;
  certifies: boolean;
  progress: EnrollmentProgress | null;
  attempts: QuizAttempt[];
  certificates: Certificate[];
  lessonsLeft: number;
  canTake: boolean;
}) {
  const queryClient = useQueryClient();
  const [result, setResult] = useState<AttemptResult | null>(null);
  const [retaking, setRetaking] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const submit = useMutation({
    mutationFn: (answers: QuizAnswers) => learningApi.submitAttempt(courseId, answers),
    onSuccess: async (graded) => {
      setResult(graded);
      setRetaking(false);
      await queryClient.invalidateQueries({ queryKey: [LEARNING_KEY] });
    },
  });

  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const restart = () => {
    setResult(null);
    submit.reset();
    setFormKey((k) => k + 1);
  };

  const held = currentCertificate(certificates);
  const renewalDue = certifies && held !== null && needsRenewal(held);
  const lastPass = [...attempts].filter((a) => a.passed).sort((a, b) => b.number - a.number)[0];

  let body: ReactNode;
  if (!progress) {
    body = <Text c="dimmed">Enroll in the course to take its quiz.</Text>;
  } else if (result) {
    const canRetry = !result.attempt.passed && result.progress.attemptsLeft !== 0 && canTake;
    body = <QuizResult result={result} onRetry={canRetry ? restart : null} headingRef={resultHeading} />;
  } else if (lessonsLeft > 0) {
    body = (
      <Alert color="gray" icon={<IconLock size={18} />} title="Finish the lessons first">
        {lessonsLeft} {lessonsLeft === 1 ? 'lesson is' : 'lessons are'} still open. The quiz opens once every
        lesson is marked complete.
      </Alert>
    );
  } else if (progress.quizPassed && !retaking) {
    body = (
      <Stack gap="sm">
        <Group gap="xs">
          <IconCircleCheck size={22} color="var(--mantine-color-teal-6)" aria-hidden />
          <Text fw={600}>
            You passed
            {lastPass ? ` with ${percentText(lastPass.score)} on ${formatDate(lastPass.submittedAt)}` : ''}.
          </Text>
        </Group>
        {held ? (
          <Text size="sm">
            <IconCertificate size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {held.name}:{' '}
            {expiryText(held.expiresAt).toLowerCase()} ({formatDate(held.expiresAt)}).{' '}
            <LinkAnchor to="/portal/certificates" search={{ certificate: held.id }}>
              View the certificate
            </LinkAnchor>
          </Text>
        ) : null}
        {renewalDue && canTake ? (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} title="Renew your certificate">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">Pass the quiz again to renew it for another period.</Text>
              <Button leftSection={<IconRefresh size={16} />} onClick={() => setRetaking(true)}>
                Take the quiz again
              </Button>
            </Stack>
          </Alert>
        ) : null}
      </Stack>
    );
  } else if (progress.attemptsLeft === 0) {
    body = (
      <Alert color="red" icon={<IconAlertTriangle size={18} />} title="No attempts left">
        You have used every attempt this quiz allows. Talk to your partner manager at the vendor about another
        try.
      </Alert>
    );
  } else if (!canTake) {
    body = <Text c="dimmed">Your role does not take quizzes.</Text>;
  } else {
    body = (
      <QuizForm
        key={formKey}
        quiz={quiz}
        submitting={submit.isPending}
        error={submit.error ? submit.error.message : null}
        onSubmit={(answers) => submit.mutate(answers)}
      />
    );
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="quiz-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Group gap="xs">
            <Title order={3} id="quiz-title" tabIndex={-1} style={{ outline: 'none' }}>
              Quiz
            </Title>
            {progress?.quizPassed ? (
              <Badge color="teal" variant="light">
                Passed
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed">
            {quiz.questions.length} {quiz.questions.length === 1 ? 'question' : 'questions'} · pass mark{' '}
            {percentText(quiz.passMark)}
            {quiz.attemptsLimit ? ` · ${quiz.attemptsLimit} attempts until a pass` : ''}
            {progress && !progress.quizPassed && progress.attemptsUsed > 0 && !result
              ? ` · ${attemptsLeftText(progress.attemptsLeft)}`
              : ''}
          </Text>
        </Stack>
        {body}
      </Stack>
    </Paper>
  );
}
