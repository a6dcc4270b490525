import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../api/client';
import { useFieldErrors } from '../form/field-errors';
import { FormError } from '../form/form-error';
import { blankToNull } from '../form/values';
import { DealPanel, PanelEmpty } from './deal-badges';
import type { Deal } from './deal-format';
import { type DealViewer, useRefreshDeals } from './deal-queries';

/** The one line both sides keep current: what happens next. Anyone who collaborates on the deal edits it in place. */
export function NextStepsPanel({ deal, viewer }: { deal: Deal; viewer: DealViewer }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useFieldErrors();
  const refresh = useRefreshDeals();

  function start() {
    setText(deal.nextSteps ?? '');
    errors.clear();
    setEditing(true);
  }

  async function save(event?: FormEvent) {
    event?.preventDefault();
    errors.clear();
    const nextSteps = blankToNull(text);
    if (nextSteps === deal.nextSteps) return setEditing(false);
    setBusy(true);
    try {
      await unwrap(api.PATCH('/api/deals/{id}', { params: { path: { id: deal.id } }, body: { nextSteps } }));
      await refresh();
      setEditing(false);
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <DealPanel
      title="Next steps"
      testId="next-steps"
      actions={
        viewer.canCollaborate && !editing ? (
          <Button variant="subtle" size="xs" leftSection={<IconPencil size={14} />} onClick={start}>
            {deal.nextSteps ? 'Edit next steps' : 'Add next steps'}
          </Button>
        ) : null
      }
    >
      {editing ? (
        <form onSubmit={save} aria-label="Edit next steps">
          <Stack gap="xs">
            <FormError message={errors.general} />
            <Textarea
              label="Next steps"
              description="Both the vendor's and the partner's reps see this. Ctrl+Enter saves, Esc cancels."
              autosize
              minRows={2}
              maxLength={2000}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
                if (e.key === 'Escape') setEditing(false);
              }}
              error={errors.of('nextSteps')}
              autoFocus
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={() => setEditing(false)} disabled={busy}>
                Cancel
              </Button>
              <Button type="submit" size="xs" loading={busy}>
                Save next steps
              </Button>
            </Group>
          </Stack>
        </form>
      ) : deal.nextSteps ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="next-steps-text">
          {deal.nextSteps}
        </Text>
      ) : (
        <PanelEmpty title="No next steps yet">
          Agree on what happens next, who does it and by when, and write it here for both sides to see.
        </PanelEmpty>
      )}
    </DealPanel>
  );
}
