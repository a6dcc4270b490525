import { Paper, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../shared/api/client';
import { AssetPreview } from '../../shared/marketing/asset-preview';
import { MARKETING_KEY, type TemplateKind } from '../../shared/marketing/marketing-api';
import { ErrorState, LoadingState } from '../../shared/states/states';
import type { TemplateForm } from './template-form';

/** The template as it renders for a sample partner, refreshed a moment after the author stops typing. */
export function TemplatePreviewPanel({ kind, form }: { kind: TemplateKind; form: TemplateForm }) {
  const [debounced] = useDebouncedValue(form, 400);
  const body = {
    kind,
    subject: debounced.subject,
    body: debounced.body,
    ctaUrl: debounced.ctaUrl.trim() || null,
    ctaLabel: debounced.ctaLabel,
    defaultOffer: debounced.defaultOffer,
    heroImageFileId: debounced.heroImageFileId,
  };
  const preview = useQuery({
    queryKey: [MARKETING_KEY, 'template-preview', body],
    queryFn: () => unwrap(api.POST('/api/marketing/templates/preview', { body })),
    placeholderData: keepPreviousData,
    retry: false,
  });
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Live preview">
      <Title order={4} mb="sm">
        Live preview
      </Title>
      {preview.error ? (
        <ErrorState error={preview.error} />
      ) : preview.data ? (
        <AssetPreview asset={preview.data} title="Template preview with a sample partner" />
      ) : (
        <LoadingState label="Rendering…" />
      )}
    </Paper>
  );
}
