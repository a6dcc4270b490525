import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, unwrap } from '../api/client';
import { ConfirmDialog } from '../form/confirm-dialog';
import { useFieldErrors } from '../form/field-errors';
import { FormError } from '../form/form-error';
import { listFieldError } from '../form/list-field-error';
import { EmptyState } from '../states/states';
import {
  BASE_LABELS,
  invalidateMapping,
  type MappingSide,
  type OverlapMatrix,
  type Population,
} from './mapping-api';

type Base = Population['base'];

const BASES_BY_SIDE: Record<MappingSide, Base[]> = {
  vendor: ['customer', 'prospect', 'open_opportunity', 'any'],
  partner: ['customer', 'prospect', 'any'],
};

function PopulationsTable({
  populations,
  caption,
  onDelete,
}: {
  populations: Population[];
  caption: string;
  onDelete?: (population: Population) => void;
}) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" striped aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Based on</Table.Th>
            <Table.Th>Countries</Table.Th>
            <Table.Th>Industries</Table.Th>
            {onDelete ? (
              <Table.Th>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {populations.map((p) => (
            <Table.Tr key={p.key}>
              <Table.Td fw={500}>{p.name}</Table.Td>
              <Table.Td>{BASE_LABELS[p.base]}</Table.Td>
              <Table.Td>{p.countries.length ? p.countries.join(', ') : <Text c="dimmed">Any</Text>}</Table.Td>
              <Table.Td>
                {p.industries.length ? (
                  <Group gap={4}>
                    {p.industries.map((i) => (
                      <Badge key={i} size="sm" variant="outline" color="gray" tt="none">
                        {i}
                      </Badge>
                    ))}
                  </Group>
                ) : (
                  <Text c="dimmed">Any</Text>
                )}
              </Table.Td>
              {onDelete ? (
                <Table.Td w={48}>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Delete ${p.name}`}
                    onClick={() => onDelete(p)}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function NewPopulationForm({
  partnerId,
  viewer,
  onClose,
}: {
  partnerId: string;
  viewer: MappingSide;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState('');
  const [base, setBase] = useState<Base>('customer');
  const [countries, setCountries] = useState<string[]>([]);
  const [industries, setIndustries] = useState<string[]>([]);
  const [nameError, setNameError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!name.trim()) {
      setNameError('Name the population');
      return;
    }
    setBusy(true);
    try {
      const created = await unwrap(
        api.POST('/api/mapping/partners/{id}/populations', {
          params: { path: { id: partnerId } },
          body: { name: name.trim(), base, countries, industries },
        }),
      );
      await invalidateMapping(queryClient);
      notifications.show({
        color: 'teal',
        title: 'Population added',
        message: `${created.name} is in the heat map, hidden until you share it.`,
      });
      onClose();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="New population">
      <Stack gap="sm">
        <FormError message={errors.general} />
        <TextInput
          label="Name"
          required
          maxLength={80}
          placeholder="e.g. German manufacturing customers"
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setNameError(null);
          }}
          error={nameError ?? errors.of('name')}
          data-autofocus
        />
        <Select
          label="Based on"
          required
          data={BASES_BY_SIDE[viewer].map((b) => ({ value: b, label: BASE_LABELS[b] }))}
          value={base}
          onChange={(value) => value && setBase(value as Base)}
          allowDeselect={false}
          error={errors.of('base')}
        />
        <TagsInput
          label="Countries"
          description="Two-letter codes, e.g. DE; press Enter after each. Empty means any country."
          value={countries}
          onChange={(values) => setCountries(values.map((v) => v.trim().toUpperCase()))}
          error={listFieldError(errors.errors, 'countries', countries)}
          clearable
        />
        <TagsInput
          label="Industries"
          description="As your accounts name them, e.g. Manufacturing; press Enter after each. Empty means any."
          value={industries}
          onChange={setIndustries}
          error={listFieldError(errors.errors, 'industries', industries)}
          clearable
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Add population
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Custom populations: narrower groups of accounts (by base, country and industry) that get their own row
 * or column in the heat map and their own sharing level. The viewer manages its own side's.
 */
export function PopulationsPanel({
  partnerId,
  viewer,
  matrix,
  canEdit,
  otherName,
}: {
  partnerId: string;
  viewer: MappingSide;
  matrix: OverlapMatrix;
  canEdit: boolean;
  otherName: string;
}) {
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<Population | null>(null);
  const own = (viewer === 'vendor' ? matrix.vendorPopulations : matrix.partnerPopulations).filter(
    (p) => p.custom,
  );
  const other = (viewer === 'vendor' ? matrix.partnerPopulations : matrix.vendorPopulations).filter(
    (p) => p.custom,
  );

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={4}>Your custom populations</Title>
          {canEdit ? (
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
              New population
            </Button>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {viewer === 'vendor'
            ? 'Narrower groups of your accounts, e.g. customers in Germany in manufacturing. They apply to every partner, and each partner relationship sets its own sharing level for them.'
            : 'Narrower groups of your accounts, e.g. customers in Germany in manufacturing, each with its own row in the heat map and its own sharing level.'}
        </Text>
        {own.length ? (
          <PopulationsTable
            populations={own}
            caption="Your custom populations"
            onDelete={canEdit ? setDeleting : undefined}
          />
        ) : (
          <EmptyState title="No custom populations">
            The standard ones (customers, prospects{viewer === 'vendor' ? ', open opportunities' : ''}) are
            always there.
          </EmptyState>
        )}
      </Stack>
      {other.length ? (
        <Stack gap="xs">
          <Title order={4}>Custom populations of {otherName}</Title>
          <PopulationsTable populations={other} caption={`Custom populations of ${otherName}`} />
        </Stack>
      ) : null}
      <Modal
        opened={creating}
        onClose={() => setCreating(false)}
        title="New population"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {creating ? (
          <NewPopulationForm partnerId={partnerId} viewer={viewer} onClose={() => setCreating(false)} />
        ) : null}
      </Modal>
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete ${deleting?.name ?? 'population'}?`}
        confirmLabel="Delete population"
        onConfirm={async () => {
          if (!deleting) return;
          await unwrap(
            api.DELETE('/api/mapping/populations/{id}', { params: { path: { id: deleting.key } } }),
          );
          await invalidateMapping(queryClient);
          notifications.show({
            color: 'teal',
            title: 'Population deleted',
            message: `${deleting.name} was removed.`,
          });
        }}
      >
        {viewer === 'vendor'
          ? 'The population and its sharing levels are removed from every partner relationship. Your accounts are not changed.'
          : 'The population and its sharing level are removed. Your accounts are not changed.'}
      </ConfirmDialog>
    </Stack>
  );
}
