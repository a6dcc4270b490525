import {
  Button,
  Code,
  FileInput,
  Grid,
  Group,
  MultiSelect,
  Paper,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../shared/api/client';
import { useCan } from '../../shared/auth/permissions';
import { useFieldErrors } from '../../shared/form/field-errors';
import { FormError } from '../../shared/form/form-error';
import { formatDateTime } from '../../shared/format';
import { PageHeader } from '../../shared/layout/page-header';
import { KindBadge, TemplateStatusBadge } from '../../shared/marketing/campaign-badges';
import { fetchTemplate, invalidateMarketing, MARKETING_KEY } from '../../shared/marketing/marketing-api';
import { LinkAnchor } from '../../shared/router-links';
import { ErrorState, LoadingState } from '../../shared/states/states';
import { typeOptions } from '../options';
import { bodyOf, formOf, SLOT_HELP, type TemplateForm } from './template-form';
import { TemplatePreviewPanel } from './template-preview-panel';

/** Edits one template: text with slots, destination, audience; a live preview; publish and archive. */
export function TemplateEditorPage() {
  const { templateId } = useParams({ strict: false }) as { templateId: string };
  const can = useCan();
  const queryClient = useQueryClient();
  const template = useQuery({
    queryKey: [MARKETING_KEY, 'template', templateId],
    queryFn: () => fetchTemplate(templateId),
  });
  const [form, setForm] = useState<TemplateForm | null>(null);
  const errors = useFieldErrors();
  useEffect(() => {
    if (template.data) setForm(formOf(template.data));
  }, [template.data]);

  const done = async (message: string) => {
    errors.clear();
    await invalidateMarketing(queryClient);
    notifications.show({ color: 'teal', message });
  };
  const save = useMutation({
    mutationFn: (f: TemplateForm) =>
      unwrap(
        api.PATCH('/api/marketing/templates/{id}', { params: { path: { id: templateId } }, body: bodyOf(f) }),
      ),
    onSuccess: () => done('Template saved'),
    onError: errors.take,
  });
  const move = useMutation({
    mutationFn: async (to: 'publish' | 'archive') => {
      if (form && template.data?.status !== 'archived') await save.mutateAsync(form);
      const path = { params: { path: { id: templateId } } };
      return unwrap(
        to === 'publish'
          ? api.POST('/api/marketing/templates/{id}/publish', path)
          : api.POST('/api/marketing/templates/{id}/archive', path),
      );
    },
    onSuccess: (t) =>
      done(t.status === 'published' ? 'Published: partners in its audience can use it' : 'Archived'),
    onError: errors.take,
  });
  const upload = useMutation({
    mutationFn: (file: File) =>
      unwrap(
        api.POST('/api/files', {
          params: { query: { purpose: 'template_image', fileName: file.name } },
          body: file as unknown as string,
          bodySerializer: (body: unknown) => body as BodyInit,
          headers: { 'content-type': file.type || 'application/octet-stream' },
        }),
      ),
    onSuccess: (file) => setForm((f) => (f ? { ...f, heroImageFileId: file.id } : f)),
    onError: errors.take,
  });

  if (template.error) return <ErrorState error={template.error} onRetry={() => template.refetch()} />;
  if (!template.data || !form) return <LoadingState />;
  const t = template.data;
  const editable = can('marketing.manage') && t.status !== 'archived';
  const set = (patch: Partial<TemplateForm>) => setForm({ ...form, ...patch });
  const insert = (slot: string) =>
    set({ body: `${form.body}${form.body.endsWith('\n') || !form.body ? '' : ' '}${slot}` });

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm">
            {t.name}
            <KindBadge kind={t.kind} />
            <TemplateStatusBadge status={t.status} />
          </Group>
        }
        description={
          <>
            <LinkAnchor to="/console/marketing">All templates</LinkAnchor> · {t.campaignCount} partner
            campaigns · updated {formatDateTime(t.updatedAt)}
          </>
        }
        actions={
          can('marketing.manage') ? (
            <>
              {t.status !== 'archived' ? (
                <Button
                  variant="default"
                  onClick={() => move.mutate('archive')}
                  loading={move.isPending && move.variables === 'archive'}
                >
                  Archive
                </Button>
              ) : null}
              {t.status !== 'published' ? (
                <Button
                  onClick={() => move.mutate('publish')}
                  loading={move.isPending && move.variables === 'publish'}
                >
                  Publish
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Paper withBorder radius="md" p="md">
            <form
              onSubmit={(event) => {
                event.preventDefault();
                errors.clear();
                save.mutate(form);
              }}
            >
              <Stack>
                <FormError message={errors.general} />
                {t.status === 'archived' ? (
                  <Text size="sm" c="dimmed">
                    Archived templates cannot be edited. Publish it again to make changes.
                  </Text>
                ) : null}
                <TextInput
                  label="Name"
                  required
                  value={form.name}
                  onChange={(e) => set({ name: e.currentTarget.value })}
                  error={errors.of('name')}
                  disabled={!editable}
                />
                <TextInput
                  label="Description (for partners)"
                  value={form.description}
                  onChange={(e) => set({ description: e.currentTarget.value })}
                  error={errors.of('description')}
                  disabled={!editable}
                />
                <TextInput
                  label={t.kind === 'email' ? 'Subject' : 'Headline'}
                  value={form.subject}
                  onChange={(e) => set({ subject: e.currentTarget.value })}
                  error={errors.of('subject')}
                  disabled={!editable}
                />
                <Textarea
                  label="Body"
                  description="Markdown: # headings, - lists, **bold**, *italic*, [links](https://…), --- rules; slots below"
                  autosize
                  minRows={10}
                  maxRows={24}
                  value={form.body}
                  onChange={(e) => set({ body: e.currentTarget.value })}
                  error={errors.of('body')}
                  disabled={!editable}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
                />
                <Stack gap={4} aria-label="Slots">
                  <Text size="sm" fw={600}>
                    Slots (select one to add it to the body)
                  </Text>
                  <Group gap={6}>
                    {SLOT_HELP.map(({ slot, help }) => (
                      <Tooltip key={slot} label={help} withArrow>
                        <UnstyledButton
                          onClick={() => insert(slot)}
                          disabled={!editable}
                          aria-label={`Insert ${slot}: ${help}`}
                        >
                          <Code>{slot}</Code>
                        </UnstyledButton>
                      </Tooltip>
                    ))}
                  </Group>
                </Stack>
                <Group grow align="flex-start">
                  <TextInput
                    label="Call-to-action URL"
                    placeholder="https://…"
                    description={
                      t.kind === 'landing_page'
                        ? 'Optional: without it, {{cta}} leads to the form'
                        : 'Required to publish'
                    }
                    value={form.ctaUrl}
                    onChange={(e) => set({ ctaUrl: e.currentTarget.value })}
                    error={errors.of('ctaUrl')}
                    disabled={!editable}
                  />
                  <TextInput
                    label="Call-to-action label"
                    placeholder="Learn more"
                    value={form.ctaLabel}
                    onChange={(e) => set({ ctaLabel: e.currentTarget.value })}
                    error={errors.of('ctaLabel')}
                    disabled={!editable}
                  />
                </Group>
                <Textarea
                  label="Default offer"
                  description="Partners start from this and make it their own"
                  autosize
                  minRows={2}
                  value={form.defaultOffer}
                  onChange={(e) => set({ defaultOffer: e.currentTarget.value })}
                  error={errors.of('defaultOffer')}
                  disabled={!editable}
                />
                <FileInput
                  label="Hero image"
                  description={
                    form.heroImageFileId
                      ? 'An image is set; choose another to replace it'
                      : 'PNG, JPEG, GIF or WebP, up to 5 MB'
                  }
                  accept="image/png,image/jpeg,image/gif,image/webp"
                  onChange={(file) => file && upload.mutate(file)}
                  error={errors.of('heroImageFileId')}
                  disabled={!editable}
                  clearable={false}
                />
                {form.heroImageFileId ? (
                  <Button
                    variant="subtle"
                    size="xs"
                    w="fit-content"
                    onClick={() => set({ heroImageFileId: null })}
                    disabled={!editable}
                  >
                    Remove the hero image
                  </Button>
                ) : null}
                <Title order={5}>Audience</Title>
                <MultiSelect
                  label="Partner types"
                  placeholder="All types"
                  data={typeOptions}
                  value={form.partnerTypes}
                  onChange={(values) => set({ partnerTypes: values as TemplateForm['partnerTypes'] })}
                  error={errors.of('audience.partnerTypes')}
                  disabled={!editable}
                  comboboxProps={{ withinPortal: true }}
                />
                <TagsInput
                  label="Tiers"
                  placeholder="All tiers (type a tier key such as gold)"
                  value={form.tiers}
                  onChange={(tiers) => set({ tiers })}
                  error={errors.of('audience.tiers')}
                  disabled={!editable}
                />
                <TagsInput
                  label="Product lines"
                  placeholder="Given to captured leads"
                  value={form.productLines}
                  onChange={(productLines) => set({ productLines })}
                  error={errors.of('productLines')}
                  disabled={!editable}
                />
                {editable ? (
                  <Group justify="flex-end">
                    <Button type="submit" loading={save.isPending}>
                      Save
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </form>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <TemplatePreviewPanel kind={t.kind} form={form} />
        </Grid.Col>
      </Grid>
    </>
  );
}
