import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { typeLabel } from '../../shared/format';
import type { PartnerType } from '../options';
import { createTemplate, type OnboardingTemplate, replaceTemplate, TEMPLATES_KEY } from './onboarding-api';
import {
  emptyStep,
  moveStep,
  removeStep,
  type TemplateDraft,
  templateBody,
  updateStep,
} from './template-draft';
import { TemplateStepFields } from './template-step-fields';

/**
 * Edits a checklist as a whole (or creates one for a partner type). Onboardings already under way keep
 * their steps; partners entering onboarding afterwards get the new ones.
 */
export function TemplateEditorDialog({
  opened,
  onClose,
  template,
  initial,
  freeTypes,
}: {
  opened: boolean;
  onClose: () => void;
  /** The template being edited; absent when creating one. */
  template?: OnboardingTemplate;
  initial: TemplateDraft;
  /** Partner types that have no checklist of their own yet (for a new one). */
  freeTypes: readonly PartnerType[];
}) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={<Text fw={600}>{template ? `Edit ${template.name}` : 'New checklist for a partner type'}</Text>}
      size="xl"
    >
      {opened ? (
        <TemplateForm template={template} initial={initial} freeTypes={freeTypes} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

function TemplateForm({
  template,
  initial,
  freeTypes,
  onClose,
}: {
  template?: OnboardingTemplate;
  initial: TemplateDraft;
  freeTypes: readonly PartnerType[];
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const [draft, setDraft] = useState<TemplateDraft>(initial);
  const [busy, setBusy] = useState(false);
  const isDefault = template !== undefined && template.partnerType === null;
  const typeChoices = template ? (template.partnerType ? [template.partnerType] : []) : freeTypes;
  const setSteps = (steps: TemplateDraft['steps']) => setDraft((d) => ({ ...d, steps }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    setBusy(true);
    try {
      const body = templateBody(draft);
      const saved = template ? await replaceTemplate(template.id, body) : await createTemplate(body);
      await queryClient.invalidateQueries({ queryKey: [TEMPLATES_KEY] });
      notifications.show({
        color: 'teal',
        title: template ? 'Checklist saved' : 'Checklist created',
        message: `${saved.name} applies to partners entering onboarding from now on.`,
      });
      onClose();
    } catch (error) {
      errors.take(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormError message={errors.general} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Name"
            required
            data-autofocus
            maxLength={200}
            value={draft.name}
            onChange={(e) => setDraft((d) => ({ ...d, name: e.currentTarget.value }))}
            error={errors.of('name')}
          />
          {isDefault ? (
            <TextInput label="Partner type" value="Default (every type without its own)" readOnly disabled />
          ) : (
            <Select
              label="Partner type"
              required
              data={typeChoices.map((t) => ({ value: t, label: typeLabel(t) }))}
              value={draft.partnerType}
              onChange={(v) => setDraft((d) => ({ ...d, partnerType: (v as PartnerType | null) ?? null }))}
              error={errors.of('partnerType')}
              disabled={Boolean(template)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          <NumberInput
            label="Stalled after (days)"
            description="Without progress"
            required
            min={1}
            max={365}
            allowDecimal={false}
            allowNegative={false}
            value={draft.stalledAfterDays}
            onChange={(v) => setDraft((d) => ({ ...d, stalledAfterDays: v }))}
            error={errors.of('stalledAfterDays')}
          />
        </SimpleGrid>
        <Text size="sm" fw={600}>
          Steps, in order
        </Text>
        <FormError message={errors.errors.steps} />
        <Stack gap="xs">
          {draft.steps.map((step, index) => (
            <TemplateStepFields
              key={step.uid}
              step={step}
              index={index}
              count={draft.steps.length}
              errorOf={errors.of}
              onChange={(patch) => setSteps(updateStep(draft.steps, index, patch))}
              onMove={(delta) => setSteps(moveStep(draft.steps, index, delta))}
              onRemove={() => setSteps(removeStep(draft.steps, index))}
            />
          ))}
        </Stack>
        <Group justify="space-between">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => setSteps([...draft.steps, emptyStep()])}
            disabled={draft.steps.length >= 40}
          >
            Add step
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {template ? 'Save checklist' : 'Create checklist'}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
