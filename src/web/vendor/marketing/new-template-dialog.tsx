import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import {
  invalidateMarketing,
  KIND_LABELS,
  TEMPLATE_KINDS,
  type TemplateKind,
} from '../../shared/marketing/marketing-api';

const STARTER_BODY: Record<TemplateKind, string> = {
  email:
    '{{partner.logo}}\n\n# A better way to run your cloud\n\nHello,\n\n**{{partner.name}}** and Larkspur Cloud help teams like yours move faster.\n\n{{offer}}\n\n{{cta}}\n\nBest regards,\n{{contact.name}} · {{contact.email}} · {{contact.phone}}',
  landing_page:
    '# Modernize with {{partner.name}}\n\n{{offer}}\n\n- Certified Larkspur experts\n- A plan in two weeks\n- Local support\n\nQuestions? Ask {{contact.name}} at {{contact.email}}.',
  social_post: 'We are proud to partner with Larkspur Cloud. {{offer}}',
};

export function NewTemplateDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<TemplateKind>('landing_page');
  const errors = useFieldErrors();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/marketing/templates', {
          body: {
            name,
            kind,
            description: '',
            subject: kind === 'landing_page' ? '' : 'News from {{partner.name}}',
            body: STARTER_BODY[kind],
            ctaUrl: null,
            ctaLabel: '',
            defaultOffer: '',
            heroImageFileId: null,
            audience: { partnerTypes: [], tiers: [] },
            productLines: [],
          },
        }),
      ),
    onSuccess: async (template) => {
      await invalidateMarketing(queryClient);
      onClose();
      void navigate({ to: '/console/marketing/templates/$templateId', params: { templateId: template.id } });
    },
    onError: errors.take,
  });
  return (
    <Modal opened={opened} onClose={onClose} title="New campaign template">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          errors.clear();
          create.mutate();
        }}
      >
        <Stack>
          <FormError message={errors.general} />
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.of('name')}
            data-autofocus
          />
          <Select
            label="Kind"
            data={TEMPLATE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
            value={kind}
            onChange={(value) => value && setKind(value as TemplateKind)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create and edit
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
