import { Alert, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconSparkles } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useCan } from '../../shared/auth/permissions';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { formatDateTime } from '../../shared/format';
import { ErrorState, LoadingState } from '../../shared/states/states';
import {
  fetchSavedSwot,
  fetchSwotDraft,
  PROGRAM_KEY,
  type SwotContent,
  type SwotDraft,
  saveSwot,
} from './program-api';
import { SwotQuadrant } from './swot-quadrant';

const QUADRANTS = [
  {
    key: 'strengths',
    title: 'Strengths',
    noun: 'strength',
    color: 'teal',
    hint: 'Where partners lead their peers',
  },
  {
    key: 'weaknesses',
    title: 'Weaknesses',
    noun: 'weakness',
    color: 'red',
    hint: 'Where partners lag, and what the next stage needs',
  },
  {
    key: 'opportunities',
    title: 'Opportunities',
    noun: 'opportunity',
    color: 'indigo',
    hint: 'White space and pipeline',
  },
  {
    key: 'threats',
    title: 'Threats',
    noun: 'threat',
    color: 'orange',
    hint: 'Churn risk, conflicts, a falling forecast',
  },
] as const;

type Basis = SwotDraft['basis'];

/** The SWOT: the saved one to start with, a fresh draft from the metrics on request, edited and saved. */
export function SwotEditor() {
  const can = useCan();
  const mayEdit = can('program.swot.write');
  const queryClient = useQueryClient();
  const saved = useQuery({ queryKey: [PROGRAM_KEY, 'swot'], queryFn: fetchSavedSwot });
  const [content, setContent] = useState<SwotContent | null>(null);
  const [basis, setBasis] = useState<Basis | null>(null);
  const [dirty, setDirty] = useState(false);
  const fields = useFieldErrors();

  useEffect(() => {
    if (content === null && saved.data?.saved) {
      setContent(saved.data.saved.content);
      setBasis(saved.data.saved.basis);
    }
  }, [saved.data, content]);

  const draft = useMutation({
    mutationFn: fetchSwotDraft,
    onSuccess: (result) => {
      setContent(result.content);
      setBasis(result.basis);
      setDirty(true);
      fields.clear();
    },
  });

  const save = useMutation({
    mutationFn: () => saveSwot({ content: content!, basis: basis! }),
    onSuccess: async () => {
      setDirty(false);
      fields.clear();
      notifications.show({
        color: 'teal',
        title: 'SWOT saved',
        message: 'The program SWOT is saved with its basis.',
      });
      await queryClient.invalidateQueries({ queryKey: [PROGRAM_KEY, 'swot'] });
    },
    onError: (error) => fields.take(error),
  });

  if (saved.isLoading) return <LoadingState label="Loading the SWOT…" />;
  if (saved.error) return <ErrorState error={saved.error} onRetry={saved.refetch} />;

  const missingSources = basis
    ? Object.entries(basis.sources)
        .filter(([, source]) => !source.available)
        .map(([name]) => name)
    : [];
  const savedAt = saved.data?.saved?.updatedAt;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed">
          {basis
            ? `Figures as of ${formatDateTime(basis.asOf)} (benchmarks ${basis.from} to ${basis.to}).`
            : 'No SWOT yet: draft one from the metrics.'}
          {savedAt ? ` Last saved ${formatDateTime(savedAt)}.` : ''}
          {dirty ? ' Unsaved changes.' : ''}
        </Text>
        <Group gap="xs">
          <Button
            variant="light"
            leftSection={<IconSparkles size={16} />}
            onClick={() => draft.mutate()}
            loading={draft.isPending}
          >
            Draft from metrics
          </Button>
          {mayEdit ? (
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() => save.mutate()}
              loading={save.isPending}
              disabled={!content || !basis || !dirty}
            >
              Save SWOT
            </Button>
          ) : null}
        </Group>
      </Group>
      {draft.error ? <ErrorState error={draft.error} onRetry={() => draft.mutate()} /> : null}
      <FormError message={fields.general} />
      {missingSources.length ? (
        <Alert color="yellow" title="Some figures were not available">
          The draft leaves out: {missingSources.join(', ')}.
        </Alert>
      ) : null}
      {content ? (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {QUADRANTS.map((quadrant) => (
            <SwotQuadrant
              key={quadrant.key}
              title={quadrant.title}
              noun={quadrant.noun}
              hint={quadrant.hint}
              color={quadrant.color}
              items={content[quadrant.key]}
              readOnly={!mayEdit}
              errorOf={(index) => fields.of(`content.${quadrant.key}.${index}`)}
              onChange={(items) => {
                setContent({ ...content, [quadrant.key]: items });
                setDirty(true);
              }}
            />
          ))}
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
