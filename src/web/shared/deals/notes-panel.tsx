import { Badge, Button, Checkbox, Divider, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../api/client';
import { useFieldErrors } from '../form/field-errors';
import { FormError } from '../form/form-error';
import { formatDateTime } from '../format';
import { DealPanel, PanelEmpty } from './deal-badges';
import type { DealNote } from './deal-format';
import { type DealViewer, useRefreshDeals } from './deal-queries';

function AddNoteForm({ dealId, viewer }: { dealId: string; viewer: DealViewer }) {
  const refresh = useRefreshDeals();
  const errors = useFieldErrors();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    errors.clear();
    if (!body.trim()) return setEmpty(true);
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/deals/{id}/notes', {
          params: { path: { id: dealId } },
          body: { body: body.trim(), internal: viewer.isPartner ? false : internal },
        }),
      );
      setBody('');
      setInternal(false);
      await refresh();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Add a note" noValidate>
      <Stack gap="xs">
        <FormError message={errors.general} />
        <Textarea
          label="New note"
          placeholder={
            viewer.isPartner
              ? 'What the vendor team should know: customer feedback, a meeting outcome…'
              : 'What the team and the partners should know'
          }
          autosize
          minRows={2}
          maxLength={5000}
          value={body}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setEmpty(false);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
          }}
          error={empty ? 'Write the note first' : errors.of('body')}
        />
        <Group justify="space-between" gap="xs">
          {viewer.isPartner ? (
            <Text size="xs" c="dimmed">
              The vendor’s team sees your notes.
            </Text>
          ) : (
            <Checkbox
              label="Internal: only your team sees it, never the partners"
              checked={internal}
              onChange={(e) => setInternal(e.currentTarget.checked)}
              error={errors.of('internal')}
            />
          )}
          <Button type="submit" size="xs" loading={busy}>
            Add note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Notes on the deal, newest first; vendor staff may keep a note internal. */
export function NotesPanel({
  dealId,
  notes,
  viewer,
}: {
  dealId: string;
  notes: DealNote[];
  viewer: DealViewer;
}) {
  return (
    <DealPanel title="Notes" count={notes.length} testId="deal-notes">
      {viewer.canCollaborate ? <AddNoteForm dealId={dealId} viewer={viewer} /> : null}
      {notes.length === 0 ? (
        <PanelEmpty title="No notes yet">
          {viewer.isPartner
            ? 'Notes you and the vendor’s team share on this deal appear here.'
            : 'Notes appear here. Partners see the ones not marked internal.'}
        </PanelEmpty>
      ) : (
        <Stack gap={0}>
          {notes.map((note, i) => (
            <div key={note.id} data-testid="deal-note">
              {i > 0 ? <Divider my="sm" /> : <Divider mb="sm" />}
              <Group gap="xs" mb={4}>
                <Text size="sm" fw={600}>
                  {note.authorName ?? 'Trellis'}
                </Text>
                {note.authorPartnerId ? (
                  <Badge size="xs" variant="light" color="grape">
                    Partner
                  </Badge>
                ) : null}
                {note.internal ? (
                  <Badge size="xs" variant="light" color="yellow" leftSection={<IconLock size={10} />}>
                    Internal
                  </Badge>
                ) : null}
                <Text size="xs" c="dimmed">
                  <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {note.body}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </DealPanel>
  );
}
