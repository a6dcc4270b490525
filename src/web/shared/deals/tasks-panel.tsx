import { Badge, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { ownerOptions, useVendorUsers } from '../../vendor/queries';
import { api, unwrap } from '../api/client';
import { formatDay, todayIso } from '../dates';
import { useFieldErrors } from '../form/field-errors';
import { FormError } from '../form/form-error';
import { DealPanel, PanelEmpty } from './deal-badges';
import { type DealTask, isOverdue } from './deal-format';
import { type DealViewer, useRefreshDeals } from './deal-queries';

/** Open tasks first, soonest due first (no due date last); done tasks at the end. */
function ordered(tasks: DealTask[]): DealTask[] {
  return [...tasks].sort((a, b) => {
    if (a.done !== b.done) return a.done ? 1 : -1;
    const da = a.dueDate ?? '9999-12-31';
    const db = b.dueDate ?? '9999-12-31';
    return da === db ? a.createdAt.localeCompare(b.createdAt) : da.localeCompare(db);
  });
}

function AddTaskForm({ dealId, viewer }: { dealId: string; viewer: DealViewer }) {
  const refresh = useRefreshDeals();
  const errors = useFieldErrors();
  const users = useVendorUsers(!viewer.isPartner && viewer.canReadUsers);
  const [title, setTitle] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [empty, setEmpty] = useState(false);

  const assignees = [
    { value: viewer.userId, label: `Me (${viewer.userName})` },
    ...ownerOptions(users.data).filter((o) => o.value !== viewer.userId),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!title.trim()) return setEmpty(true);
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/deals/{id}/tasks', {
          params: { path: { id: dealId } },
          body: { title: title.trim(), dueDate: dueDate || null, assigneeId },
        }),
      );
      setTitle('');
      setDueDate('');
      setAssigneeId(null);
      await refresh();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-label="Add a task" noValidate>
      <Stack gap="xs">
        <FormError message={errors.general} />
        <TextInput
          label="New task"
          placeholder="e.g. Send the security questionnaire"
          maxLength={300}
          value={title}
          onChange={(e) => {
            setTitle(e.currentTarget.value);
            setEmpty(false);
          }}
          error={empty ? 'Say what needs doing' : errors.of('title')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <TextInput
            label="Due date"
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={errors.of('dueDate')}
          />
          <Select
            label="Assignee"
            placeholder="Nobody"
            data={assignees}
            value={assigneeId}
            onChange={setAssigneeId}
            searchable
            clearable
            error={errors.of('assigneeId')}
            comboboxProps={{ withinPortal: true }}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={busy}>
            Add task
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TaskRow({ dealId, task, canTick }: { dealId: string; task: DealTask; canTick: boolean }) {
  const refresh = useRefreshDeals();
  const [busy, setBusy] = useState(false);
  const overdue = isOverdue(task);

  async function toggle(done: boolean) {
    setBusy(true);
    try {
      await unwrap(
        api.PATCH('/api/deals/{id}/tasks/{taskId}', {
          params: { path: { id: dealId, taskId: task.id } },
          body: { done },
        }),
      );
      await refresh();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'The task was not updated',
        message: error instanceof Error ? error.message : 'Something went wrong',
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Group
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      data-testid="deal-task"
      data-overdue={overdue || undefined}
      p={6}
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        background: overdue ? 'var(--mantine-color-red-light)' : undefined,
      }}
    >
      <Checkbox
        checked={task.done}
        disabled={!canTick || busy}
        onChange={(e) => toggle(e.currentTarget.checked)}
        aria-label={task.done ? `Mark “${task.title}” not done` : `Mark “${task.title}” done`}
        mt={2}
      />
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" td={task.done ? 'line-through' : undefined} c={task.done ? 'dimmed' : undefined}>
          {task.title}
        </Text>
        <Group gap="xs">
          {task.dueDate ? (
            <Text size="xs" c={overdue ? 'red.7' : 'dimmed'} fw={overdue ? 600 : undefined}>
              Due {formatDay(task.dueDate)}
            </Text>
          ) : null}
          {overdue ? (
            <Badge size="xs" color="red" variant="filled">
              Overdue
            </Badge>
          ) : null}
          {task.dueDate === todayIso() && !task.done ? (
            <Badge size="xs" color="orange" variant="light">
              Due today
            </Badge>
          ) : null}
          {task.assigneeName ? (
            <Text size="xs" c="dimmed">
              For {task.assigneeName}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Group>
  );
}

/** The deal's to-dos, shared between the vendor's team and the partner; overdue ones stand out. */
export function TasksPanel({
  dealId,
  tasks,
  viewer,
}: {
  dealId: string;
  tasks: DealTask[];
  viewer: DealViewer;
}) {
  const open = tasks.filter((t) => !t.done).length;
  const overdue = tasks.filter(isOverdue).length;
  return (
    <DealPanel
      title="Tasks"
      count={tasks.length}
      testId="deal-tasks"
      actions={
        tasks.length ? (
          <Text size="xs" c={overdue ? 'red.7' : 'dimmed'}>
            {open} open{overdue ? `, ${overdue} overdue` : ''}
          </Text>
        ) : null
      }
    >
      {tasks.length === 0 ? (
        <PanelEmpty title="No tasks yet">
          Track who does what before the close date: a demo, a security review, a quote.
        </PanelEmpty>
      ) : (
        <Stack gap={4}>
          {ordered(tasks).map((task) => (
            <TaskRow key={task.id} dealId={dealId} task={task} canTick={viewer.canCollaborate} />
          ))}
        </Stack>
      )}
      {viewer.canCollaborate ? <AddTaskForm dealId={dealId} viewer={viewer} /> : null}
    </DealPanel>
  );
}
