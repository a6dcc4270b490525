import { Badge, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconDownload, IconExternalLink, IconVideo } from '@tabler/icons-react';
import type { Ref } from 'react';
import { MarkdownView } from '../../shared/markdown/markdown-view';
import { safeUrl } from '../../shared/markdown/safe-url';
import type { Lesson } from './learning-api';
import { lessonKindLabel } from './lesson-nav';

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * A video lesson's player lives at its own address: the app's content policy does not let other sites'
 * players or media into the page, so the video opens beside it.
 */
function VideoLesson({ url }: { url: string }) {
  return (
    <Paper withBorder radius="md" p="lg" bg="var(--mantine-color-gray-0)">
      <Group wrap="nowrap" align="flex-start">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          <IconVideo size={26} />
        </ThemeIcon>
        <Stack gap={6}>
          <Text fw={600}>Watch the video</Text>
          <Text size="sm" c="dimmed">
            It plays on {hostOf(url)} in a new tab. Come back here and mark the lesson complete when you have
            watched it.
          </Text>
          <Group>
            <Button
              component="a"
              href={url}
              target="_blank"
              rel="noopener noreferrer"
              rightSection={<IconExternalLink size={16} />}
            >
              Open the video
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

function AssetLesson({ url, fileName }: { url: string; fileName: string | null }) {
  const name = fileName ?? 'the file';
  return (
    <Paper withBorder radius="md" p="lg" bg="var(--mantine-color-gray-0)">
      <Group wrap="nowrap" align="flex-start">
        <ThemeIcon size={48} radius="xl" variant="light" color="grape" aria-hidden>
          <IconDownload size={26} />
        </ThemeIcon>
        <Stack gap={6}>
          <Text fw={600}>{name}</Text>
          <Text size="sm" c="dimmed">
            Download it from {hostOf(url)} and work through it, then mark the lesson complete.
          </Text>
          <Group>
            <Button
              component="a"
              href={url}
              download={fileName ?? true}
              target="_blank"
              rel="noopener noreferrer"
              variant="light"
              color="grape"
              leftSection={<IconDownload size={16} />}
            >
              Download {name}
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

function LessonBody({ lesson }: { lesson: Lesson }) {
  const url = lesson.url ? safeUrl(lesson.url) : null;
  if (lesson.kind === 'text') {
    return lesson.body ? (
      <MarkdownView source={lesson.body} />
    ) : (
      <Text c="dimmed">This lesson has no text.</Text>
    );
  }
  if (!url) return <Text c="dimmed">This lesson has no address to open.</Text>;
  return lesson.kind === 'video' ? (
    <VideoLesson url={url} />
  ) : (
    <AssetLesson url={url} fileName={lesson.fileName} />
  );
}

/** One lesson: its content, "Mark complete" (for an enrolled learner), and the way to the steps around it. */
export function LessonContent({
  lesson,
  number,
  total,
  done,
  canComplete,
  completing,
  onComplete,
  onPrevious,
  onNext,
  nextLabel,
  headingRef,
}: {
  lesson: Lesson;
  number: number;
  total: number;
  done: boolean;
  canComplete: boolean;
  completing: boolean;
  onComplete: () => void;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
  nextLabel: string;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-labelledby="lesson-title">
      <Stack gap="md">
        <Stack gap={4}>
          <Group gap="xs">
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              Step {number} of {total} · {lessonKindLabel(lesson.kind)}
            </Text>
            {done ? (
              <Badge color="teal" variant="light" leftSection={<IconCheck size={12} />}>
                Done
              </Badge>
            ) : null}
          </Group>
          <Title order={3} id="lesson-title" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
            {lesson.title}
          </Title>
        </Stack>
        <LessonBody lesson={lesson} />
        <Group justify="space-between" mt="md" wrap="wrap">
          <Button variant="default" onClick={onPrevious ?? undefined} disabled={!onPrevious}>
            Previous
          </Button>
          <Group gap="sm">
            {canComplete && !done ? (
              <Button leftSection={<IconCheck size={16} />} loading={completing} onClick={onComplete}>
                Mark complete
              </Button>
            ) : null}
            <Button
              variant={done || !canComplete ? 'filled' : 'default'}
              onClick={onNext ?? undefined}
              disabled={!onNext}
            >
              {nextLabel}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}
