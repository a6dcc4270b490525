import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, api, type Schemas, unwrap } from '../shared/api/client';
import { useFieldErrors } from '../shared/form/field-errors';
import { FormError } from '../shared/form/form-error';
import { stageLabel } from '../shared/format';
import { StageBadge } from './badges';
import type { PartnerStage } from './options';

const HINTS: Partial<Record<PartnerStage, string>> = {
  recruited: 'The partner has agreed to join the program.',
  onboarding: 'Agreement signed; enablement and portal access under way.',
  active: 'Selling with you.',
  at_risk: 'Engagement or results are slipping.',
  churned: 'The partnership has ended.',
};

/** Moves a partner along its lifecycle: offers only the moves allowed from its stage, and asks why. */
export function StageChangeDialog({
  partner,
  opened,
  onClose,
}: {
  partner: Schemas['PartnerDetail'];
  opened: boolean;
  onClose: () => void;
}) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close' }}
      opened={opened}
      onClose={onClose}
      title={`Change stage of ${partner.name}`}
    >
      {opened ? <StageChangeForm partner={partner} onClose={onClose} /> : null}
    </Modal>
  );
}

function StageChangeForm({ partner, onClose }: { partner: Schemas['PartnerDetail']; onClose: () => void }) {
  const queryClient = useQueryClient();
  const errors = useFieldErrors();
  const allowed = partner.nextStages;
  const [stage, setStage] = useState<PartnerStage | null>(allowed.length === 1 ? allowed[0]! : null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    errors.clear();
    if (!stage) {
      errors.take(new ApiError(400, { errors: [{ field: 'stage', message: 'Choose the new stage' }] }));
      return;
    }
    setBusy(true);
    try {
      await unwrap(
        api.POST('/api/partners/{id}/stage', {
          params: { path: { id: partner.id } },
          body: { stage, reason: reason.trim() },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['partners'] });
      await queryClient.invalidateQueries({ queryKey: ['audit'] });
      notifications.show({
        color: 'teal',
        title: 'Stage changed',
        message: `${partner.name} moved to ${stageLabel(stage)}.`,
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
      <Stack>
        <Group gap="xs">
          <Text size="sm">Current stage:</Text>
          <StageBadge stage={partner.stage} />
        </Group>
        <FormError message={errors.general} />
        <Radio.Group
          label="Move to"
          required
          value={stage}
          onChange={(v) => setStage(v as PartnerStage)}
          error={errors.of('stage')}
        >
          <Stack gap="xs" mt={6}>
            {allowed.map((s) => (
              <Radio key={s} value={s} label={stageLabel(s)} description={HINTS[s]} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label="Reason"
          description="Kept in the partner's lifecycle history"
          required
          autosize
          minRows={3}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={errors.of('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Change stage
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
