import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../shared/format';
import { percentText } from './course-progress';
import type { QuizAttempt } from './learning-api';

/** Every attempt at the quiz, latest first, with its score against the pass mark it was graded on. */
export function AttemptHistory({ attempts }: { attempts: QuizAttempt[] }) {
  if (!attempts.length) return null;
  const latestFirst = [...attempts].sort((a, b) => b.number - a.number);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="attempts-title">
      <Title order={4} id="attempts-title" mb="xs">
        My attempts
      </Title>
      <Table.ScrollContainer minWidth={460}>
        <Table verticalSpacing="xs" striped>
          <Table.Caption className="visually-hidden">Quiz attempts, latest first</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Attempt</Table.Th>
              <Table.Th>Submitted</Table.Th>
              <Table.Th ta="right">Score</Table.Th>
              <Table.Th ta="right">Pass mark</Table.Th>
              <Table.Th>Result</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {latestFirst.map((a) => (
              <Table.Tr key={a.id} data-testid="quiz-attempt">
                <Table.Td>#{a.number}</Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(a.submittedAt)}</Text>
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {percentText(a.score)}{' '}
                  <Text span size="xs" c="dimmed">
                    ({a.rightCount}/{a.questionCount})
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {percentText(a.passMark)}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={a.passed ? 'teal' : 'red'}>
                    {a.passed ? 'Passed' : 'Not passed'}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
