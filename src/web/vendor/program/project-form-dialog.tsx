import {
  ActionIcon,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { currencyExponent } from '../../shared/money';
import { PartnerPicker } from '../partner-picker';
import {
  type CoInnovationBody,
  type CoInnovationProject,
  createProject,
  STATUS_LABELS,
  updateProject,
} from './program-api';

const REGIONS = ['NA', 'LATAM', 'EMEA', 'APAC'] as const;
const ROLES = [
  { value: 'builder', label: 'Builder' },
  { value: 'contributor', label: 'Contributor' },
  { value: 'reseller', label: 'Reseller' },
];

interface Member {
  partner: { id: string; name: string } | null;
  role: 'builder' | 'contributor' | 'reseller';
}

function initialState(project: CoInnovationProject | null) {
  return {
    name: project?.name ?? '',
    description: project?.description ?? '',
    solutionProductLine: project?.solutionProductLine ?? '',
    status: project?.status ?? 'idea',
    currency: project?.currency ?? 'USD',
    buildCost: project ? project.buildCostMinor / 10 ** currencyExponent(project.currency) : 0,
    regions: project?.newMarkets.regions ?? [],
    industries: project?.newMarkets.industries ?? [],
    launchedOn: project?.launchedAt?.slice(0, 10) ?? '',
    members: (project?.partners ?? []).map(
      (p): Member => ({ partner: { id: p.partnerId, name: p.partnerName }, role: p.role }),
    ),
  };
}

/** Create or edit a joint solution: what it is, what it cost, the markets it opens and the partners in it. */
export function ProjectFormDialog({
  opened,
  project,
  onClose,
  onSaved,
}: {
  opened: boolean;
  project: CoInnovationProject | null;
  onClose: () => void;
  onSaved: (project: CoInnovationProject) => void;
}) {
  const [form, setForm] = useState(() => initialState(project));
  const fields = useFieldErrors();
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const launched = form.status === 'launched' || form.status === 'retired';

  const submit = useMutation({
    mutationFn: () => {
      const body: CoInnovationBody = {
        name: form.name,
        description: form.description.trim() || null,
        solutionProductLine: form.solutionProductLine,
        status: form.status,
        buildCostMinor: Math.round(Number(form.buildCost) * 10 ** currencyExponent(form.currency)),
        currency: form.currency.trim().toUpperCase(),
        newMarkets: {
          regions: form.regions as CoInnovationBody['newMarkets']['regions'],
          industries: form.industries,
        },
        launchedAt: launched && form.launchedOn ? `${form.launchedOn}T00:00:00Z` : null,
        partners: form.members
          .filter((m) => m.partner)
          .map((m) => ({ partnerId: m.partner!.id, role: m.role })),
      };
      return project ? updateProject(project.id, body) : createProject(body);
    },
    onSuccess: (saved) => {
      fields.clear();
      onSaved(saved);
    },
    onError: (error) => fields.take(error),
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={project ? `Edit ${project.name}` : 'New co-innovation project'}
      size="lg"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit.mutate();
        }}
      >
        <Stack gap="sm">
          <FormError message={fields.general} />
          <TextInput
            label="Name"
            required
            value={form.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={fields.of('name')}
            data-autofocus
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            value={form.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
            error={fields.of('description')}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Solution product line"
              description="Deals carry it when they include the joint solution"
              required
              value={form.solutionProductLine}
              onChange={(e) => set({ solutionProductLine: e.currentTarget.value })}
              error={fields.of('solutionProductLine')}
            />
            <Select
              label="Status"
              required
              allowDeselect={false}
              data={Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))}
              value={form.status}
              onChange={(value) => value && set({ status: value as typeof form.status })}
              error={fields.of('status')}
            />
          </Group>
          <Group grow align="flex-start">
            <NumberInput
              label="Build cost"
              min={0}
              thousandSeparator=","
              value={form.buildCost}
              onChange={(value) => set({ buildCost: Number(value) || 0 })}
              error={fields.of('buildCostMinor')}
            />
            <TextInput
              label="Currency"
              maxLength={3}
              value={form.currency}
              onChange={(e) => set({ currency: e.currentTarget.value.toUpperCase() })}
              error={fields.of('currency')}
            />
            <TextInput
              label="Launched on"
              type="date"
              disabled={!launched}
              required={launched}
              value={form.launchedOn}
              onChange={(e) => set({ launchedOn: e.currentTarget.value })}
              error={fields.of('launchedAt')}
            />
          </Group>
          <Group grow align="flex-start">
            <MultiSelect
              label="New regions"
              data={[...REGIONS]}
              value={form.regions}
              onChange={(regions) => set({ regions })}
              error={fields.of('newMarkets.regions')}
            />
            <TagsInput
              label="New industries"
              placeholder="Type and press Enter"
              value={form.industries}
              onChange={(industries) => set({ industries })}
              error={fields.of('newMarkets.industries')}
            />
          </Group>
          <Text fw={600} size="sm">
            Partners
          </Text>
          {form.members.map((member, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional while editing
            <Group key={index} align="flex-end" wrap="nowrap">
              <div style={{ flex: 1 }}>
                <PartnerPicker
                  label={`Partner ${index + 1}`}
                  value={member.partner}
                  onChange={(partner) =>
                    set({ members: form.members.map((m, i) => (i === index ? { ...m, partner } : m)) })
                  }
                  error={fields.of(`partners.${index}`)}
                />
              </div>
              <Select
                label="Role"
                allowDeselect={false}
                data={ROLES}
                value={member.role}
                onChange={(role) =>
                  role &&
                  set({
                    members: form.members.map((m, i) =>
                      i === index ? { ...m, role: role as Member['role'] } : m,
                    ),
                  })
                }
                w={150}
              />
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={`Remove partner ${index + 1}`}
                onClick={() => set({ members: form.members.filter((_, i) => i !== index) })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => set({ members: [...form.members, { partner: null, role: 'contributor' }] })}
          >
            Add a partner
          </Button>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={submit.isPending}>
              {project ? 'Save project' : 'Create project'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
