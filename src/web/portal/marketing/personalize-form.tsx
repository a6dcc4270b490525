import { Button, FileInput, Group, Image, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { invalidateMarketing, type PartnerCampaignDetail } from '../../shared/marketing/marketing-api';

interface Personalization {
  name: string;
  logoFileId: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  offerText: string;
}

const of = (c: PartnerCampaignDetail): Personalization => ({
  name: c.name,
  logoFileId: c.logoFileId,
  contactName: c.contactName,
  contactEmail: c.contactEmail,
  contactPhone: c.contactPhone,
  offerText: c.offerText,
});

/** The partner's own parts of the campaign: name, logo, contact details and offer. */
export function PersonalizeForm({
  campaign,
  editable,
}: {
  campaign: PartnerCampaignDetail;
  editable: boolean;
}) {
  const [form, setForm] = useState(() => of(campaign));
  useEffect(() => setForm(of(campaign)), [campaign]);
  const errors = useFieldErrors();
  const queryClient = useQueryClient();
  const set = (patch: Partial<Personalization>) => setForm((f) => ({ ...f, ...patch }));
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PATCH('/api/marketing/campaigns/{id}', { params: { path: { id: campaign.id } }, body: form }),
      ),
    onSuccess: async () => {
      errors.clear();
      await invalidateMarketing(queryClient);
      notifications.show({ color: 'teal', message: 'Campaign saved; the preview shows it' });
    },
    onError: errors.take,
  });
  const upload = useMutation({
    mutationFn: (file: File) =>
      unwrap(
        api.POST('/api/files', {
          params: { query: { purpose: 'campaign_logo', fileName: file.name } },
          body: file as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'content-type': file.type || 'application/octet-stream' },
        }),
      ),
    onSuccess: (file) => set({ logoFileId: file.id }),
    onError: errors.take,
  });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        errors.clear();
        save.mutate();
      }}
    >
      <Stack>
        <FormError message={errors.general} />
        <TextInput
          label="Campaign name"
          required
          value={form.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={errors.of('name')}
          disabled={!editable}
        />
        <Group align="flex-end" wrap="nowrap">
          <FileInput
            label="Logo"
            description="PNG, JPEG, GIF or WebP, up to 2 MB"
            placeholder={form.logoFileId ? 'Choose a new logo' : 'Choose a logo'}
            accept="image/png,image/jpeg,image/gif,image/webp"
            onChange={(file) => file && upload.mutate(file)}
            error={errors.of('logoFileId')}
            disabled={!editable}
            style={{ flex: 1 }}
          />
          {form.logoFileId ? (
            <Image
              src={`/api/files/${form.logoFileId}/content`}
              alt="Your logo"
              h={48}
              w="auto"
              fit="contain"
            />
          ) : null}
        </Group>
        {upload.isPending ? (
          <Text size="xs" c="dimmed">
            Uploading…
          </Text>
        ) : null}
        <Group grow align="flex-start">
          <TextInput
            label="Contact name"
            value={form.contactName}
            onChange={(e) => set({ contactName: e.currentTarget.value })}
            error={errors.of('contactName')}
            disabled={!editable}
          />
          <TextInput
            label="Contact email"
            type="email"
            value={form.contactEmail}
            onChange={(e) => set({ contactEmail: e.currentTarget.value })}
            error={errors.of('contactEmail')}
            disabled={!editable}
          />
        </Group>
        <TextInput
          label="Contact phone"
          value={form.contactPhone}
          onChange={(e) => set({ contactPhone: e.currentTarget.value })}
          error={errors.of('contactPhone')}
          disabled={!editable}
          w={{ base: '100%', sm: '50%' }}
        />
        <Textarea
          label="Offer text"
          description="Shown exactly as you type it"
          autosize
          minRows={3}
          value={form.offerText}
          onChange={(e) => set({ offerText: e.currentTarget.value })}
          error={errors.of('offerText')}
          disabled={!editable}
        />
        {editable ? (
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending}>
              Save and preview
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
